"""The dashboard's SVG charts draw in every language: their lengths are SVG numbers."""

import re

import pytest

SVG_NUMBER = re.compile(r"-?\d+(\.\d+)?")
LENGTH_ATTRIBUTES = re.compile(r'\s(x|y|x1|x2|y1|y2|width|height)="([^"]*)"')


@pytest.mark.parametrize("language", ["fr", "en"])
def test_chart_lengths_are_svg_numbers_in_every_language(client, org_c, language):
    client.force_login(org_c.hr)
    client.cookies["reperes_language"] = language
    page = client.get("/espace-rh/tableau-de-bord/").content.decode()
    charts = re.findall(r'<svg role="img".*?</svg>', page, flags=re.S)
    assert len(charts) == 2
    lengths = [value for chart in charts for _name, value in LENGTH_ATTRIBUTES.findall(chart)]
    assert any("." in value for value in lengths)  # fractions are drawn, with a point
    assert [value for value in lengths if not SVG_NUMBER.fullmatch(value)] == []



@pytest.mark.parametrize(("language", "colon"), [("fr", " : "), ("en", ": ")])
def test_chart_descriptions_follow_the_languages_punctuation(client, org_c, language, colon):
    """Read aloud by a screen reader: "Gardien: 50 %", not "Gardien : 50 %" in English."""
    client.force_login(org_c.hr)
    client.cookies["reperes_language"] = language
    page = client.get("/espace-rh/tableau-de-bord/").content.decode()
    descriptions = re.findall(r"<desc [^>]*>(.*?)</desc>", page, flags=re.S)
    assert len(descriptions) == 2 and all(colon in text for text in descriptions)
    if language == "en":
        assert not any(" : " in text or " ; " in text for text in descriptions)

"""Certificates write dates in words and durations as "3 h 30", and are found by their code
as printed (groups with dashes), typed with spaces or in lower case."""

import io
from datetime import datetime
from html import unescape

import pytest
from django.utils import timezone, translation
from pypdf import PdfReader

from certificates import services
from certificates.models import Certificate


def text_of(response):
    return " ".join(unescape(response.content.decode()).split())


@pytest.fixture
def session_certificate(learner):
    certificate, _created = services.issue(Certificate.Kind.SESSION, learner, 4242, {
        "title": "Repérer la souffrance psychique", "dates": ["2026-12-01", "2026-12-08"],
        "hours": 3.5, "trainers": ["Sacha Fictif"], "description": "",
    })
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=timezone.make_aware(datetime(2026, 12, 8, 18, 0)))
    certificate.refresh_from_db()
    return certificate


def pdf_text(certificate):
    return " ".join(PdfReader(io.BytesIO(services.render(certificate))).pages[0]
                    .extract_text().split())


def test_pdf_writes_dates_in_words_and_the_duration_in_hours_and_minutes(session_certificate):
    text = pdf_text(session_certificate)
    assert "1er décembre 2026, 8 décembre 2026" in text
    assert "Dates" in text and "Date(s)" not in text
    assert "3 h 30" in text and "3.5" not in text and "3,5" not in text
    assert "Délivrée le 8 décembre 2026" in text
    assert "2026-12-01" not in text


def test_pdf_in_english_writes_english_dates(session_certificate):
    with translation.override("en"):
        text = pdf_text(session_certificate)
    assert "1 December 2026, 8 December 2026" in text
    assert "3.5" not in text and "3 h 30" in text


def test_a_module_of_a_quarter_of_an_hour_lasts_15_min(learner):
    certificate, _created = services.issue(Certificate.Kind.MODULE, learner, 99, {
        "title": "Un module court", "dates": ["2026-11-30"], "hours": 0.25, "trainers": []})
    text = pdf_text(certificate)
    assert "15 min" in text and "0.25" not in text and "0,25" not in text
    assert "30 novembre 2026" in text and "Dates" not in text


def test_verification_and_my_certificates_pages_write_dates_in_words(client, learner,
                                                                      session_certificate):
    page = text_of(client.get(session_certificate.get_verification_url()))
    assert "1er décembre 2026, 8 décembre 2026" in page and "2026-12-01" not in page
    client.force_login(learner)
    page = text_of(client.get("/mes-attestations/"))
    assert "délivrée le 8 décembre 2026" in page

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


@pytest.mark.parametrize("typed", [
    "{grouped}",                    # as printed on the PDF
    "{grouped_lower}",              # in lower case
    "{spaced}",                     # groups separated by spaces
    "{first_groups}",               # the first groups only, with their dash
])
def test_admin_search_finds_the_code_as_printed(client, coordinator, learner,
                                                session_certificate, typed):
    other, _created = services.issue(Certificate.Kind.MODULE, learner, 7, {
        "title": "Une autre attestation", "dates": [], "hours": 1, "trainers": []})
    grouped = session_certificate.grouped_code
    query = typed.format(grouped=grouped, grouped_lower=grouped.lower(),
                         spaced=grouped.replace("-", " "), first_groups=grouped[:9])
    client.force_login(coordinator)
    response = client.get("/admin/snippets/certificates/certificate/", {"q": query})
    assert response.status_code == 200
    page = unescape(response.content.decode())
    assert f"/admin/snippets/certificates/certificate/edit/{session_certificate.pk}/" in page
    assert f"/admin/snippets/certificates/certificate/edit/{other.pk}/" not in page


def test_admin_search_with_only_dashes_finds_nothing(client, coordinator, session_certificate):
    client.force_login(coordinator)
    page = client.get("/admin/snippets/certificates/certificate/", {"q": "- -"}).content.decode()
    assert f"/certificate/edit/{session_certificate.pk}/" not in page


@pytest.mark.parametrize("transform", [
    str.lower, lambda code: code.replace("-", " "), lambda code: f"  {code}  "])
def test_public_form_accepts_the_code_with_spaces_or_in_lower_case(client, session_certificate,
                                                                   transform):
    response = client.get("/verifier/", {"code": transform(session_certificate.grouped_code)},
                          follow=True)
    assert response.status_code == 200
    assert "Attestation valide." in text_of(response)


def test_verification_url_with_the_printed_dashes_works(client, session_certificate):
    response = client.get(f"/verifier/{session_certificate.grouped_code}/")
    assert response.status_code == 200 and "Attestation valide." in text_of(response)

"""Certificates: issued once on completion, frozen, rendered, verifiable by anyone."""

import io
from html import unescape

import pytest
from PIL import Image
from pypdf import PdfReader

from accounts import services as account_services
from certificates import services
from certificates.models import Certificate
from courses.models import ModulePage
from tests.courses.conftest import RIGHT, walk_steps


def body(response):
    return unescape(response.content.decode())


def complete(client, user, module):
    client.force_login(user)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    client.post(module.url + "quiz/", {**RIGHT, "action": "submit"})


@pytest.fixture
def certificate(client, learner, module):
    complete(client, learner, module)
    return Certificate.objects.get(recipient=learner)


def test_completing_a_module_issues_one_certificate(client, learner, module, certificate):
    assert certificate.kind == Certificate.Kind.MODULE and certificate.subject_id == module.pk
    assert certificate.snapshot["title"] == module.title
    assert certificate.snapshot["recipient_name"] == learner.get_full_name()
    assert certificate.organisation == learner.organisation
    # The trigger firing again (signal resent, steps revisited) issues nothing new.
    from courses.services import module_completed

    module_completed.send(sender=ModulePage, user=learner, module=module,
                          completed_at=certificate.issued_at)
    walk_steps(client, module)
    assert Certificate.objects.filter(recipient=learner).count() == 1


def test_code_has_128_bits_and_is_grouped_for_typing(certificate):
    assert len(certificate.code) == 26 and certificate.code.isalnum()
    assert certificate.grouped_code.count("-") == 6
    assert Certificate.objects.filter(code=certificate.code).count() == 1


def test_path_completion_issues_a_path_certificate(client, learner, learning_path):
    path, first, second = learning_path
    complete(client, learner, first)
    complete(client, learner, second)
    kinds = set(Certificate.objects.filter(recipient=learner).values_list("kind", flat=True))
    assert kinds == {"module", "path"}
    path_certificate = Certificate.objects.get(recipient=learner, kind="path")
    assert path_certificate.snapshot["modules"] == [first.title, second.title]


def test_snapshot_is_unchanged_after_editing_the_module(certificate, module):
    module.title = "Un titre changé après coup"
    module.save_revision().publish()
    certificate.refresh_from_db()
    assert certificate.snapshot["title"] == "Module locataire-absent"
    assert "Module locataire-absent" in " ".join(
        PdfReader(io.BytesIO(services.render(certificate))).pages[0].extract_text().split())


def test_pdf_opens_and_carries_name_title_and_code(client, learner, certificate):
    response = client.get(certificate.get_download_url())
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(reader.pages[0].extract_text().split())
    assert learner.get_full_name() in text
    assert certificate.snapshot["title"] in text
    assert certificate.grouped_code in text
    assert reader.metadata.title.startswith("Attestation")


def test_qr_code_decodes_to_the_verification_url(certificate):
    import zxingcpp

    image = Image.open(io.BytesIO(services.qr_png(certificate)))
    results = zxingcpp.read_barcodes(image)
    assert [r.text for r in results] == [services.verification_url(certificate)]
    assert results[0].text.endswith(f"/verifier/{certificate.code}/")


def test_public_verification_shows_only_name_title_and_date(client, learner, certificate):
    client.logout()
    page = body(client.get(certificate.get_verification_url()))
    assert "Attestation valide." in page
    assert learner.get_full_name() in page and certificate.snapshot["title"] in page
    assert learner.email not in page and learner.organisation.name not in page


def test_typed_code_with_dashes_and_lower_case_is_found(client, certificate):
    response = client.get("/verifier/", {"code": certificate.grouped_code.lower()})
    assert response.status_code == 302
    assert "Attestation valide." in body(client.get(response["Location"]))


def test_revoked_certificate_says_so_with_its_reason(client, certificate):
    services.revoke(certificate, "Attestation délivrée par erreur.")
    page = body(client.get(certificate.get_verification_url()))
    assert "Attestation révoquée." in page and "délivrée par erreur" in page


def test_unknown_code_reveals_nothing(client, site):
    response = client.get("/verifier/AAAABBBBCCCCDDDDEEEEFFFFGG/")
    assert response.status_code == 404
    assert "Aucune attestation ne correspond à ce code" in body(response)


def test_verification_is_rate_limited(client, site):
    statuses = [client.get(f"/verifier/INCONNU{n}/").status_code for n in range(25)]
    assert statuses[:20] == [404] * 20 and statuses[-1] == 429


def test_who_may_download(client, certificate, learner_b, hr_a, hr_b, coordinator):
    url = certificate.get_download_url()
    for user, status in ((learner_b, 404), (hr_b, 404), (hr_a, 200), (coordinator, 200)):
        client.force_login(user)
        assert client.get(url).status_code == status, user.email


def test_certificate_stays_verifiable_after_account_deletion(client, learner, certificate):
    name = learner.get_full_name()
    account_services.delete_account(learner)
    page = body(client.get(certificate.get_verification_url()))
    assert "Attestation valide." in page and name in page


def test_my_certificates_lists_them(client, learner, certificate):
    page = body(client.get("/mes-attestations/"))
    assert certificate.snapshot["title"] in page and certificate.grouped_code in page


def test_coordinator_revokes_in_the_admin_with_a_reason(client, coordinator, certificate):
    client.force_login(coordinator)
    url = f"/admin/snippets/certificates/certificate/edit/{certificate.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"status": "revoked", "revocation_reason": ""})
    assert response.status_code == 200  # the reason is required
    certificate.refresh_from_db()
    assert certificate.status == "valid"
    client.post(url, {"status": "revoked", "revocation_reason": "Erreur de saisie."})
    certificate.refresh_from_db()
    assert certificate.status == "revoked" and certificate.revoked_at is not None


@pytest.fixture
def two_organisations_certificates(client, learner, learner_b, module):
    complete(client, learner, module)
    complete(client, learner_b, module)
    return Certificate.objects.get(recipient=learner), Certificate.objects.get(recipient=learner_b)


def test_hr_lists_only_their_staffs_certificates(client, hr_a, two_organisations_certificates):
    mine, other = two_organisations_certificates
    client.force_login(hr_a)
    page = body(client.get("/espace-rh/attestations/"))
    assert mine.get_download_url() in page and other.get_download_url() not in page
    bad = body(client.get("/espace-rh/attestations/", {"issued_from": "2026-12-01",
                                                         "issued_to": "2026-01-01"}))
    assert "La date de fin doit suivre la date de début" in bad


def test_hr_zip_export_is_built_in_the_background_with_progress(
        client, hr_a, hr_b, two_organisations_certificates, django_capture_on_commit_callbacks):
    import zipfile

    from certificates.models import CertificateExport

    mine, _other = two_organisations_certificates
    client.force_login(hr_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/espace-rh/attestations/", {"kind": "module"})
    export = CertificateExport.objects.get()
    assert response["Location"] == f"/espace-rh/attestations/export/{export.pk}/"
    assert export.status == "ready" and export.done == export.total == 1
    assert "Télécharger le ZIP" in body(client.get(response["Location"]))
    download = client.get(f"/espace-rh/attestations/export/{export.pk}/zip/")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    assert len(archive.namelist()) == 1 and mine.code[:6] in archive.namelist()[0]
    client.force_login(hr_b)  # another organisation's HR cannot see or fetch it
    assert client.get(f"/espace-rh/attestations/export/{export.pk}/").status_code == 404
    assert client.get(f"/espace-rh/attestations/export/{export.pk}/zip/").status_code == 404


def test_export_page_shows_progress_while_running(client, hr_a, site):
    from certificates.models import CertificateExport

    export = CertificateExport.objects.create(requested_by=hr_a, total=40, done=10,
                                              status="running")
    client.force_login(hr_a)
    page = body(client.get(f"/espace-rh/attestations/export/{export.pk}/"))
    assert "Préparation : 10 sur 40." in page and "data-refresh" in page


def test_export_refuses_bad_filters_empty_sets_and_oversized_sets(
        client, hr_a, two_organisations_certificates, monkeypatch):
    from certificates.models import CertificateExport

    client.force_login(hr_a)
    page = body(client.post("/espace-rh/attestations/", {"issued_from": "2026-12-01",
                                                          "issued_to": "2026-01-01"}))
    assert "La date de fin doit suivre la date de début" in page
    page = body(client.post("/espace-rh/attestations/", {"title": "aucun titre pareil"},
                            follow=True))
    assert "rien à exporter" in page
    monkeypatch.setattr(services, "MAX_EXPORT", 0)
    page = body(client.post("/espace-rh/attestations/", {}, follow=True))
    assert "Réduisez la période" in page
    assert not CertificateExport.objects.exists()  # nothing half-done, nothing silently cut


# --- The name on a certificate: frozen at issue, corrected by HR or the coordination ------

@pytest.fixture
def session_certificate(db, trainer, learner):
    from datetime import timedelta

    from scheduling import services as scheduling
    from scheduling.models import Registration
    from tests.scheduling.conftest import create_session

    session = create_session(starts_in=timedelta(hours=-8), slots=((0, 3), (4, 2)),
                             trainers=[trainer])
    registration = Registration.objects.create(session=session, user=learner)
    morning, afternoon = session.slots.all()
    scheduling.mark(registration, morning, "present", by=trainer)
    scheduling.close_session(session, by=trainer)
    # Corrected after the closing: the afternoon too, so the certificate is outdated.
    scheduling.mark(registration, afternoon, "present", by=trainer)
    return session, Certificate.objects.get(kind="session", recipient=learner)


def test_a_reissued_certificate_keeps_the_name_at_issue(client, trainer, learner,
                                                        session_certificate):
    session, certificate = session_certificate
    issued_name = certificate.snapshot["recipient_name"]
    learner.first_name, learner.last_name = "Autre", "Nom"
    learner.save()
    client.force_login(trainer)
    client.post(f"/formateur/sessions/{session.pk}/attestations/{certificate.code}/reemettre/")
    certificate.refresh_from_db()
    assert certificate.snapshot["hours"] == 5.0  # the correction is taken
    assert certificate.snapshot["recipient_name"] == issued_name  # the name is not
    assert "Autre Nom" not in " ".join(
        PdfReader(io.BytesIO(services.render(certificate))).pages[0].extract_text().split())


def test_hr_of_the_holders_organisation_corrects_the_name_with_a_reason(
        client, hr_a, hr_b, coordinator, learner, session_certificate):
    from certificates.models import NameCorrection

    _session, certificate = session_certificate
    code, issued_name = certificate.code, certificate.snapshot["recipient_name"]
    url = f"/espace-rh/attestations/{certificate.code}/nom/"
    client.force_login(hr_b)  # another organisation's HR: nothing to see
    assert client.get(url).status_code == 404
    assert client.post(url, {"name": "Nom Pirate", "reason": "Essai"}).status_code == 404
    client.force_login(hr_a)
    assert "Corriger le nom" in body(client.get("/espace-rh/attestations/"))
    page = body(client.get(url))
    assert issued_name in page and certificate.grouped_code in page
    response = client.post(url, {"name": "Camille Dupont-Exemple", "reason": ""})
    assert response.status_code == 400 and "Motif de la correction" in body(response)
    response = client.post(url, {"name": issued_name, "reason": "Rien"})
    assert "C'est déjà le nom inscrit" in body(response)
    # Hostile names: too long, invisible characters that reorder or hide the printed text.
    for name, message in [("A" * 301, "au plus 300 caractères"),
                          ("Camille\u202eDupont", "caractère invisible"),
                          ("Camille\x07Dupont", "caractère invisible")]:
        response = client.post(url, {"name": name, "reason": "Essai"})
        assert response.status_code == 400 and message in body(response), name
    certificate.refresh_from_db()
    assert certificate.snapshot["recipient_name"] == issued_name
    response = client.post(url, {"name": "  Camille   Dupont-Exemple ",
                                 "reason": "Nom d'usage communiqué par la personne."},
                           follow=True)
    assert "Nom corrigé" in body(response)
    certificate.refresh_from_db()
    assert certificate.code == code and certificate.is_valid
    assert certificate.snapshot["recipient_name"] == "Camille Dupont-Exemple"
    correction = NameCorrection.objects.get(certificate=certificate)
    assert (correction.previous_name, correction.corrected_by) == (issued_name, hr_a)
    assert correction.reason == "Nom d'usage communiqué par la personne."
    assert "Camille Dupont-Exemple" in body(client.get(certificate.get_verification_url()))
    # The coordination may too.
    client.force_login(coordinator)
    client.post(url, {"name": "Camille Dupont", "reason": "Erreur de saisie."})
    certificate.refresh_from_db()
    assert certificate.snapshot["recipient_name"] == "Camille Dupont"


def test_certificate_zips_are_deleted_after_their_retention(
        client, hr_a, two_organisations_certificates, django_capture_on_commit_callbacks):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    from certificates.models import CertificateExport

    client.force_login(hr_a)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/espace-rh/attestations/", {"kind": "module"})
    old = CertificateExport.objects.get()
    path = old.file.path
    CertificateExport.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=3))
    fresh = CertificateExport.objects.create(requested_by=hr_a)
    call_command("prune_certificate_exports")
    assert list(CertificateExport.objects.all()) == [fresh]
    assert not __import__("os").path.exists(path)
    assert client.get(f"/espace-rh/attestations/export/{old.pk}/zip/").status_code == 404

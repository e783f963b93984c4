"""Certificate rendering, in one warm process: the median time to render one certificate
PDF against a minimal WeasyPrint document rendered in the same run (the floor), a ZIP of 100
certificates, and memory across 1,000 renders.

    .venv/bin/python bench/certificates.py

Targets: one certificate < 80 ms median and within 4x the floor; a ZIP of 100 < 10 s; memory
flat across 1,000 renders (growth between the 100th and the 1,000th render < 20 MiB).
Exits non-zero only if it could not measure.
"""

import io
import resource
import sys
import time
import zipfile
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))

from bench._inprocess import median_ms, setup_django  # noqa: E402
from bench._load import report, run  # noqa: E402

RENDERS = 1000


def rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    setup_django("reperes-bench-cert-")
    from django.contrib.auth import get_user_model
    from weasyprint import HTML

    from certificates import services
    from certificates.models import Certificate

    user = get_user_model().objects.create_user(
        "banc@exemple.test", "un-mot-de-passe-solide", first_name="Camille",
        last_name="Essai", job_role="gardien")
    certificate, _ = services.issue(Certificate.Kind.MODULE, user, 1, {
        "title": "Repérer les signaux faibles dans le logement", "dates": ["2026-11-23"],
        "hours": 0.25, "trainers": [], "description": "Un module de démonstration."})

    floor = median_ms(lambda: HTML(string="<html lang='fr'><title>t</title><p>Repères</p>"
                                          "</html>").write_pdf())
    one = median_ms(lambda: services.render(certificate))

    started = time.perf_counter()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(100):
            archive.writestr(f"attestation-{n:03d}.pdf", services.render(certificate))
    zip_seconds = time.perf_counter() - started

    for _ in range(100):
        services.render(certificate)
    after_100 = rss_mib()
    for _ in range(RENDERS - 200):
        services.render(certificate)
    growth = rss_mib() - after_100

    print(f"floor: minimal WeasyPrint document {floor:.1f} ms median")
    print(f"zip of 100: {len(buffer.getvalue()) // 1024} KiB")
    report("certificate_pdf", one, "ms", "<=", min(80, 4 * floor))
    report("certificates_zip_100", zip_seconds, "s", "<=", 10)
    report("memory_growth_1000_renders", growth, "MiB", "<=", 20)


if __name__ == "__main__":
    run(main)

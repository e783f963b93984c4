"""How long each kind of certificate stays valid, and the refresher path that renews them:
content/certificates.yaml, into the CertificateValidity setting. Loaded after the courses
(INSTALLED_APPS order), so that the refresher path, a learning path, exists already."""

from core.content_files import write_yaml
from courses.models import LearningPathPage

from .models import CertificateValidity

FILE = "certificates.yaml"
KINDS = ("session", "module", "path")
MAX_MONTHS = 240  # twenty years: more is a typo


def _months(run, path, data):
    months = data.get("validity_months")
    if not isinstance(months, dict):
        run.error(path, "validity_months", "attendu : session, module et path, en mois "
                                           "(0 : sans limite)")
        return None
    for key in sorted(set(months) - set(KINDS)):
        run.error(path, f"validity_months.{key}", "champ inconnu (possibles : session, module, "
                                                  "path)")
    values = {}
    for kind in KINDS:
        value = months.get(kind, 0)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_MONTHS:
            run.error(path, f"validity_months.{kind}",
                      f"un nombre de mois entre 0 (sans limite) et {MAX_MONTHS} est attendu")
            continue
        values[f"{kind}_months"] = value
    return values if len(values) == len(KINDS) else None


def load(run):
    path = run.path(FILE)
    if not path.exists():  # optional: without it, certificates never end
        return
    data = run.yaml(path)
    if data is None:
        return
    if not isinstance(data, dict):
        run.error(path, "", "attendu : validity_months et refresher_path")
        return
    for key in sorted(set(data) - {"validity_months", "refresher_path"}):
        run.error(path, key, "champ inconnu")
    fields = _months(run, path, data)
    refresher = None
    slug = data.get("refresher_path")
    if slug:
        refresher = LearningPathPage.objects.filter(slug=str(slug)).first()
        if refresher is None:
            run.error(path, "refresher_path",
                      f"« {slug} » : aucun parcours de ce slug dans courses/paths.yaml")
            return
    if fields is None:
        return
    fields["refresher_path_id"] = refresher.pk if refresher else None
    validity = CertificateValidity.load()
    if any(getattr(validity, name) != value for name, value in fields.items()):
        for name, value in fields.items():
            setattr(validity, name, value)
        validity.save()
        run.report.changed(f"mis à jour : {run.name(path)}")


def export(run):
    validity = CertificateValidity.objects.select_related("refresher_path").first()
    if validity is None:
        return
    data = {"validity_months": {kind: getattr(validity, f"{kind}_months") for kind in KINDS}}
    if validity.refresher_path is not None:
        data["refresher_path"] = validity.refresher_path.slug
    write_yaml(run.path(FILE), data)

"""Staff import: read a CSV or XLSX file, check every row, then apply the valid rows at once.

1. `read_file(upload)` reads the file (CSV in UTF-8, UTF-8 with BOM, UTF-16 or Windows-1252
   / Latin-1, separated by ";", "," or tabs; or an XLSX workbook, formulas never evaluated)
   and returns its rows, or raises `ImportFileError` with a French explanation.
2. `create_batch(...)` checks every row against the database and stores the preview.
3. `apply_batch(batch, by=...)` checks again and applies every valid row in one transaction:
   updates known staff, invites new people, and on a full import deactivates the staff
   missing from the file. Applying the same file twice changes nothing the second time.
"""

import csv
import io
import re
import unicodedata
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import services
from .models import ImportBatch, Invitation, JobRole
from .roles import GROUP_NAMES, Role

MAX_ROWS = 10_000
MAX_BYTES = 5 * 1024 * 1024
# Deactivation is listed by name in the preview up to this many people.
DEACTIVATION_LISTED = 100
# Batches never confirmed are forgotten after this many days (they hold personal data).
STALE_PREVIEW_DAYS = 2
LOOKUP_CHUNK = 2_000

FIELDS = ("first_name", "last_name", "email", "job_role", "site", "employee_id")
REQUIRED = ("first_name", "last_name", "email", "job_role")
MAX_LENGTHS = {"first_name": 150, "last_name": 150, "email": 254, "site": 200, "employee_id": 64}
FIELD_LABELS = {
    "first_name": gettext_lazy("prénom"),
    "last_name": gettext_lazy("nom"),
    "email": gettext_lazy("e-mail"),
    "job_role": gettext_lazy("métier"),
    "site": gettext_lazy("site ou agence"),
    "employee_id": gettext_lazy("matricule"),
    "is_active": gettext_lazy("compte réactivé"),
}

HEADER_ALIASES = {
    "first_name": {"prenom", "prenoms", "first name", "firstname", "given name", "forename"},
    "last_name": {"nom", "nom de famille", "nom d usage", "last name", "lastname", "surname",
                  "family name"},
    "email": {"e mail", "email", "mail", "courriel", "adresse e mail", "adresse email",
              "adresse mail", "adresse electronique", "email address", "e mail address"},
    "job_role": {"metier", "job role", "job", "role", "fonction", "poste", "emploi",
                 "job title"},
    "site": {"site", "agence", "site agence", "agence site", "site ou agence", "secteur",
             "agency", "site agency", "branch", "office", "location"},
    "employee_id": {"matricule", "n matricule", "no matricule", "numero de matricule",
                    "numero matricule", "employee id", "employee number", "staff id",
                    "staff number", "id salarie"},
}
HEADER_FIELDS = {alias: name for name, aliases in HEADER_ALIASES.items() for alias in aliases}

JOB_ROLE_ALIASES = {
    JobRole.CARETAKER: {"gardien", "gardienne", "gardiens", "gardien ne", "gardien d immeuble",
                        "gardienne d immeuble", "gardien ne d immeuble", "concierge",
                        "employe d immeuble", "caretaker", "building caretaker"},
    JobRole.MEDIATOR: {"mediateur", "mediatrice", "mediateur rice", "mediateur trice",
                       "mediateur social", "mediatrice sociale", "mediator", "tenant mediator"},
    JobRole.SOCIAL_ADVISER: {"conseiller social", "conseillere sociale", "conseiller ere social e",
                             "conseiller sociale", "cesf", "social adviser", "social advisor",
                             "social worker"},
    JobRole.MANAGER: {"encadrant", "encadrante", "encadrant e", "gestionnaire", "manager",
                      "responsable", "responsable de secteur", "chef de secteur",
                      "gestionnaire encadrant e", "gestionnaire encadrant"},
    JobRole.OTHER: {"autre", "autres", "other"},
}

FORMULA_PREFIXES = ("=", "+", "-", "@")


class ImportFileError(Exception):
    """The file as a whole cannot be read; the message says why, in French."""


class ImportApplyError(Exception):
    """The batch cannot be applied (already applied, or the data changed meanwhile)."""


@dataclass
class ParsedFile:
    kind: str
    columns: list
    rows: list = field(default_factory=list)
    notices: list = field(default_factory=list)


# --- Reading -------------------------------------------------------------------------------

def normalise_label(value):
    """Lower case, no accents, words separated by single spaces: "Site/Agence" → "site agence"."""
    text = unicodedata.normalize("NFKD", str(value or ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@lru_cache(maxsize=1)
def _job_role_lookup():
    lookup = {}
    for role, aliases in JOB_ROLE_ALIASES.items():
        for alias in aliases:
            lookup[alias] = role.value
    for role in JobRole:
        lookup[normalise_label(role.value)] = role.value
        for language in ("fr", "en"):
            with translation.override(language):
                lookup.setdefault(normalise_label(str(role.label)), role.value)
    return lookup


def parse_job_role(value):
    """The JobRole code for a label as people write it, or None."""
    return _job_role_lookup().get(normalise_label(value))


def read_file(upload):
    """Read an uploaded file (anything with `.read()` and `.name`) into a ParsedFile."""
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ImportFileError(_("Le fichier dépasse 5 Mo. Découpez-le en plusieurs fichiers."))
    if not data.strip():
        raise ImportFileError(_("Le fichier est vide."))
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(_(
            "Ce fichier est au format Excel 97-2003 (.xls), qui n'est pas accepté. "
            "Dans Excel, choisissez « Enregistrer sous » puis « Classeur Excel (.xlsx) » "
            "ou « CSV »."))
    return _read_csv(_decode(data))


def _not_a_table():
    return ImportFileError(_(
        "Ce fichier n'est pas un tableau lisible. Envoyez un fichier CSV (séparateur « ; » ou "
        "« , ») ou un classeur Excel (.xlsx) dont la première ligne contient les titres des "
        "colonnes."))


def _decode(data):
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise _not_a_table() from error
    if b"\x00" in data[:8192]:
        raise _not_a_table()
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    sample = text[:20_000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n")
    if controls > len(sample) // 100:
        raise _not_a_table()
    return text


def _delimiter(text):
    """The separator of the header line: the most frequent of ";", "," and tab."""
    for line in text.splitlines():
        if line.strip():
            counts = {sep: line.count(sep) for sep in (";", ",", "\t")}
            best = max(counts, key=counts.get)
            return best if counts[best] else ";"
    return ";"


def _read_csv(text):
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    try:
        records = ((reader.line_num, cells) for cells in reader)
        return _build("csv", records)
    except csv.Error as error:
        raise ImportFileError(_("Le fichier CSV est mal formé (ligne %(line)s) : vérifiez les "
                                "guillemets.") % {"line": reader.line_num}) from error


def _xlsx_value(cell):
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("oui") if value else _("non")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _is_formula(cell):
    return getattr(cell, "data_type", None) == "f" or (
        isinstance(cell.value, str) and cell.value.startswith("=") and cell.data_type != "s")


def _read_xlsx(data):
    from openpyxl import load_workbook

    try:
        # data_only=False: a formula stays a formula (its text), never a computed value.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise ImportFileError(_(
            "Ce fichier n'est pas un classeur Excel (.xlsx) lisible. Enregistrez-le au format "
            "« Classeur Excel (.xlsx) » ou « CSV » et réessayez.")) from error
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise _not_a_table()

        def records():
            for number, cells in enumerate(sheet.iter_rows(), start=1):
                values, formulas = [], []
                for index, cell in enumerate(cells):
                    if _is_formula(cell):
                        formulas.append(index)
                        values.append("")
                    else:
                        values.append(_xlsx_value(cell))
                yield number, values, formulas

        return _build("xlsx", records())
    except ImportFileError:
        raise
    except Exception as error:  # a damaged workbook can fail anywhere while reading
        raise ImportFileError(_(
            "Ce classeur Excel est endommagé ou illisible. Enregistrez-le de nouveau au format "
            ".xlsx ou CSV.")) from error
    finally:
        workbook.close()


def _map_header(cells):
    mapping, ignored = {}, []
    for index, title in enumerate(cells):
        name = HEADER_FIELDS.get(normalise_label(title))
        if name is None:
            if str(title).strip():
                ignored.append(str(title).strip())
            continue
        if name in mapping.values():
            raise ImportFileError(_("La colonne « %(column)s » apparaît deux fois dans la "
                                    "première ligne.") % {"column": FIELD_LABELS[name]})
        mapping[index] = name
    missing = [FIELD_LABELS[name] for name in REQUIRED if name not in mapping.values()]
    if missing:
        raise ImportFileError(_(
            "Colonnes manquantes : %(missing)s. La première ligne doit donner les titres des "
            "colonnes : prénom, nom, e-mail, métier, site ou agence, matricule (facultatif).")
            % {"missing": ", ".join(str(m) for m in missing)})
    return mapping, ignored


def _build(kind, records):
    """Rows from (line number, cells[, formula column indexes]) records; header first."""
    mapping = None
    parsed = None
    for record in records:
        number, cells = record[0], record[1]
        formulas = record[2] if len(record) > 2 else []
        if not any(str(cell).strip() for cell in cells) and not formulas:
            continue
        if mapping is None:
            if formulas:
                raise ImportFileError(_("La première ligne doit contenir les titres des "
                                        "colonnes, pas des formules."))
            mapping, ignored = _map_header(cells)
            parsed = ParsedFile(kind=kind, columns=[mapping[i] for i in sorted(mapping)])
            if ignored:
                parsed.notices.append(_("Colonnes ignorées : %(columns)s.")
                                      % {"columns": ", ".join(ignored)})
            continue
        if len(parsed.rows) >= MAX_ROWS:
            raise ImportFileError(_("Le fichier contient plus de %(max)s lignes. Découpez-le en "
                                    "plusieurs fichiers.") % {"max": f"{MAX_ROWS:,}".replace(",", " ")})
        values = {name: (str(cells[index]).strip() if index < len(cells) else "")
                  for index, name in mapping.items()}
        errors = [_("la colonne « %(column)s » contient une formule : saisissez la valeur "
                    "elle-même.") % {"column": FIELD_LABELS[mapping[index]]}
                  for index in formulas if index in mapping]
        parsed.rows.append({"line": number, "values": values, "parse_errors": errors})
    if parsed is None:
        raise _not_a_table()
    if not parsed.rows:
        raise ImportFileError(_("Le fichier ne contient que la ligne des titres : aucune "
                                "personne à importer."))
    return parsed


# --- Checking ------------------------------------------------------------------------------

def check_values(values):
    """Normalised values and the list of errors of one row (no database access)."""
    clean = {name: " ".join(str(values.get(name, "")).split()) for name in FIELDS}
    errors = []
    clean["email"] = clean["email"].lower()
    for name in REQUIRED:
        if not clean[name]:
            errors.append(_("%(column)s manquant") % {"column": FIELD_LABELS[name]})
    for name, limit in MAX_LENGTHS.items():
        if len(clean[name]) > limit:
            errors.append(_("%(column)s trop long (%(max)s caractères au plus)")
                          % {"column": FIELD_LABELS[name], "max": limit})
    if clean["email"] and len(clean["email"]) <= MAX_LENGTHS["email"]:
        try:
            validate_email(clean["email"])
        except ValidationError:
            errors.append(_("adresse e-mail invalide « %(value)s »") % {"value": clean["email"]})
    if clean["job_role"]:
        role = parse_job_role(clean["job_role"])
        if role is None:
            errors.append(_("métier inconnu « %(value)s » (attendu : gardien, médiateur, "
                            "conseiller social, encadrant ou autre)") % {"value": clean["job_role"]})
        else:
            clean["job_role"] = role
    return clean, errors


def _chunks(items, size=LOOKUP_CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _changes(current, values, columns):
    """Fields whose value would change. An empty optional cell keeps what is recorded."""
    changed = []
    for name in ("first_name", "last_name", "job_role", "site", "employee_id"):
        if name not in columns or name not in values:
            continue
        if not values[name] and name not in REQUIRED:
            continue
        if getattr(current, name, None) is None:
            continue
        if getattr(current, name) != values[name]:
            changed.append(name)
    return changed


def deactivation_candidates(organisation, emails, *, importer=None):
    """Active staff of `organisation` missing from `emails`. HR officers are never
    deactivated by an import, nor is the person importing."""
    User = get_user_model()
    people = (User.objects.filter(organisation=organisation, is_active=True,
                                  deleted_at__isnull=True)
              .exclude(groups__name=GROUP_NAMES[Role.HR]))
    if importer is not None:
        people = people.exclude(pk=importer.pk)
    emails = set(emails)
    return [person for person in people.order_by("last_name", "first_name", "pk")
            .only("pk", "email", "first_name", "last_name")
            if person.email not in emails]


def classify(rows, organisation, columns):
    """Check `rows` (as `read_file` gives them) against the database.

    Returns rows with `values` normalised, `status` (new, updated, unchanged, error),
    `errors` and `changes`, and the users and pending invitations they match.
    """
    checked = []
    lines_by_email = defaultdict(list)
    for row in rows:
        values, errors = check_values(row["values"])
        errors = list(row.get("parse_errors", [])) + errors
        checked.append({"line": row["line"], "values": values, "errors": errors,
                        "parse_errors": list(row.get("parse_errors", [])),
                        "status": "", "changes": []})
        if values["email"]:
            lines_by_email[values["email"]].append(row["line"])
    for item in checked:
        lines = lines_by_email.get(item["values"]["email"], [])
        if len(lines) > 1:
            item["errors"].append(_("adresse présente plusieurs fois dans le fichier (lignes "
                                    "%(lines)s)") % {"lines": ", ".join(map(str, lines))})

    emails = [email for email, lines in lines_by_email.items()]
    User = get_user_model()
    users, invitations = {}, {}
    for chunk in _chunks(emails):
        users.update({u.email: u for u in User.objects.filter(email__in=chunk)})
        invitations.update({i.email: i for i in Invitation.objects.pending().filter(
            organisation=organisation, email__in=chunk).order_by("created_at")})

    for item in checked:
        values = item["values"]
        if item["errors"]:
            item["status"] = "error"
            continue
        user = users.get(values["email"])
        if user is not None:
            if user.organisation_id != organisation.pk or user.deleted_at is not None:
                item["errors"].append(_("adresse déjà utilisée par le compte d'une autre "
                                        "organisation"))
                item["status"] = "error"
                continue
            item["changes"] = _changes(user, values, columns)
            if not user.is_active:
                item["changes"].append("is_active")
            item["user_id"] = user.pk
        elif values["email"] in invitations:
            invitation = invitations[values["email"]]
            item["changes"] = _changes(invitation, values, columns)
            item["invitation_id"] = invitation.pk
        item["status"] = ("new" if "user_id" not in item and "invitation_id" not in item
                          else "updated" if item["changes"] else "unchanged")
    return checked, users, invitations


def summarise(rows):
    counts = {"new": 0, "updated": 0, "unchanged": 0, "error": 0}
    for row in rows:
        counts[row["status"]] += 1
    return counts


def _stored(rows):
    keys = ("line", "values", "parse_errors", "status", "errors", "changes")
    return [{key: row[key] for key in keys} for row in rows]


def create_batch(parsed, *, organisation, created_by, file_name, deactivate_missing=False):
    """Check the rows and store the preview; nothing about the people changes."""
    rows, _users, _invitations = classify(parsed.rows, organisation, parsed.columns)
    ImportBatch.objects.filter(
        organisation=organisation, status=ImportBatch.Status.PREVIEW,
        created_at__lt=timezone.now() - timezone.timedelta(days=STALE_PREVIEW_DAYS),
    ).delete()
    preview = {"counts": summarise(rows)}
    if deactivate_missing:
        file_emails = {row["values"]["email"] for row in rows if row["values"]["email"]}
        missing = deactivation_candidates(organisation, file_emails, importer=created_by)
        preview["deactivate_count"] = len(missing)
        preview["deactivate"] = [{"name": p.get_full_name() or p.email, "email": p.email}
                                 for p in missing[:DEACTIVATION_LISTED]]
    return ImportBatch.objects.create(
        organisation=organisation, created_by=created_by, file_name=file_name[:255],
        deactivate_missing=deactivate_missing, columns=parsed.columns,
        notices=parsed.notices, rows=_stored(rows), result=preview,
    )


def cancel_batch(batch):
    updated = ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.PREVIEW).update(
        status=ImportBatch.Status.CANCELLED, rows=[])
    if not updated:
        raise ImportApplyError(_("Cet import a déjà été appliqué ou abandonné."))


def apply_batch(batch, *, by, base_url=""):
    """Apply every valid row of `batch` in one transaction; returns the counts.

    The rows are checked again first: the database may have changed since the preview.
    Invitation emails leave after the transaction commits.
    """
    User = get_user_model()
    with transaction.atomic():
        batch = ImportBatch.objects.select_for_update().select_related("organisation").get(
            pk=batch.pk)
        if batch.status != ImportBatch.Status.PREVIEW:
            raise ImportApplyError(_("Cet import a déjà été appliqué ou abandonné."))
        organisation = batch.organisation
        rows, users, invitations = classify(batch.rows, organisation, batch.columns)
        valid = [row for row in rows if row["status"] != "error"]
        if not valid:
            raise ImportApplyError(_("Aucune ligne valide : rien à appliquer. Corrigez le "
                                     "fichier et importez-le de nouveau."))
        updated_users, updated_invitations, invited = [], [], []
        for row in valid:
            values = row["values"]
            if row["status"] == "new":
                try:
                    invitation = services.invite(
                        organisation=organisation, email=values["email"], invited_by=by,
                        first_name=values["first_name"], last_name=values["last_name"],
                        job_role=values["job_role"], site=values["site"],
                        employee_id=values["employee_id"], send=False)
                except ValidationError as error:
                    raise ImportApplyError(_("Ligne %(line)s : %(error)s Relancez l'import.") % {
                        "line": row["line"], "error": " ".join(error.messages)}) from error
                invited.append(invitation.pk)
            elif row["status"] == "updated":
                target = (users[values["email"]] if "user_id" in row
                          else invitations[values["email"]])
                for name in row["changes"]:
                    if name == "is_active":
                        target.is_active = True
                    else:
                        setattr(target, name, values[name])
                (updated_users if "user_id" in row else updated_invitations).append(target)
        user_fields = ["first_name", "last_name", "job_role", "site", "employee_id", "is_active"]
        User.objects.bulk_update(updated_users, user_fields, batch_size=500)
        Invitation.objects.bulk_update(updated_invitations, user_fields[:-1], batch_size=500)
        deactivated = 0
        if batch.deactivate_missing:
            file_emails = {row["values"]["email"] for row in rows if row["values"]["email"]}
            missing = [p.pk for p in deactivation_candidates(organisation, file_emails,
                                                              importer=by)]
            for chunk in _chunks(missing):
                deactivated += User.objects.filter(pk__in=chunk).update(is_active=False)
        counts = summarise(rows)
        result = {"counts": counts, "invited": len(invited), "deactivated": deactivated}
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.Status.APPLIED, applied_at=timezone.now(), result=result, rows=[])
        if invited:
            from .tasks import send_invitations

            transaction.on_commit(lambda: send_invitations.enqueue(
                invitation_ids=invited, base_url=base_url))
    return result

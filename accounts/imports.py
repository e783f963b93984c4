"""Staff import: read a CSV or XLSX file, check every row, then apply the valid rows at once.

1. `read_file(upload)` reads the file (CSV in UTF-8, UTF-8 with BOM, UTF-16 or Windows-1252
   / Latin-1, separated by ";", "," or tabs; or an XLSX workbook, formulas never evaluated)
   and returns its rows, or raises `ImportFileError` with a French explanation. Its work is
   bounded by what the file really holds (lines looked at, columns, uncompressed size and
   XML tags of a workbook), whatever the file declares.
2. `create_batch(...)` checks every row against the organisation's staff and stores the
   preview; each bad row says why (its line, the column, the reason).
3. `confirm_batch(batch, by=...)` queues the `apply_import` task, which calls
   `apply_batch`: it checks again and applies every valid row in bulk, in one transaction:
   updates known learners, invites new people, and on a full import deactivates the
   learners missing from the file. Accounts the programme manages (HR, trainers, editors,
   coordination) are never changed. Applying the same file twice changes nothing the
   second time.
"""

import csv
import io
import logging
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
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .models import ImportBatch, Invitation, JobRole
from .roles import GROUP_NAMES, PROGRAMME_ROLES, Role
from .signals import staff_changed

logger = logging.getLogger(__name__)

MANAGED_GROUPS = sorted(GROUP_NAMES[role] for role in PROGRAMME_ROLES)

MAX_ROWS = 10_000
MAX_BYTES = 5 * 1024 * 1024
# Work is bounded by what the file really holds, whatever it declares:
MAX_EMPTY_RUN = 1_000  # reading stops after this many empty lines in a row
MAX_LINES = 1 + MAX_ROWS + MAX_EMPTY_RUN  # lines looked at, empty ones included
MAX_COLUMNS = 50  # columns read; the ones further right are ignored
MAX_CELL = 300  # characters kept of one cell (every limit below is shorter)
MAX_ZIP_MEMBERS = 200
MAX_UNZIPPED = 20 * 1024 * 1024  # an XLSX, uncompressed
MAX_XML_TAGS = 750_000  # reading an XLSX costs about the same for every XML tag
# Deactivation is listed by name in the preview up to this many people.
DEACTIVATION_LISTED = 100
# Batches never confirmed are forgotten after this many days (they hold personal data).
STALE_PREVIEW_DAYS = 2
# A batch confirmed this long ago and still running is said to be late on its page.
LATE_MINUTES = 15
LOOKUP_CHUNK = 2_000
WRITE_CHUNK = 1_000

FIELDS = ("first_name", "last_name", "email", "job_role", "site", "employee_id", "start_date")
REQUIRED = ("first_name", "last_name", "email", "job_role")
MAX_LENGTHS = {"first_name": 150, "last_name": 150, "email": 254, "site": 200, "employee_id": 64}
FIELD_LABELS = {
    "first_name": gettext_lazy("prénom"),
    "last_name": gettext_lazy("nom"),
    "email": gettext_lazy("e-mail"),
    "job_role": gettext_lazy("métier"),
    "site": gettext_lazy("site ou agence"),
    "employee_id": gettext_lazy("matricule"),
    "start_date": gettext_lazy("date d'arrivée"),
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
    "start_date": {"date d arrivee", "date arrivee", "arrivee", "date d entree", "date entree",
                   "date d embauche", "date embauche", "start date", "hire date",
                   "date of arrival", "arrival date"},
}
# Columns of our own files that a file sent back to us may keep: read as nothing, silently
# (the rejected-rows report adds them; see rejected_rows).
SILENT_HEADERS = {"erreur", "erreurs", "error", "errors", "ligne d origine"}
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


def _too_many_lines():
    return ImportFileError(_(
        "Le fichier dépasse %(max)s lignes, lignes vides comprises. Supprimez les lignes vides "
        "ou découpez-le en plusieurs fichiers.") % {"max": _number(MAX_LINES)})


def _number(value):
    return f"{value:,}".replace(",", " ")


# Control characters (a NUL byte, for instance) and lone surrogates: never stored. Tabs and
# line breaks inside a cell are spaces.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _decode(data):
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise _not_a_table() from error
    if data[:8192].count(b"\x00") > 8:  # UTF-16 without its mark, or binary
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
    for line in io.StringIO(text):
        if line.strip():
            counts = {sep: line.count(sep) for sep in (";", ",", "\t")}
            best = max(counts, key=counts.get)
            return best if counts[best] else ";"
    return ";"


def _read_csv(text):
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    try:
        records = ((reader.line_num, cells, ()) for cells in reader)
        return _build("csv", records)
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise ImportFileError(_("Le fichier CSV est mal formé (ligne %(line)s) : une cellule "
                                    "est beaucoup trop longue. Vérifiez les guillemets.")
                                  % {"line": reader.line_num}) from error
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


def _unreadable_workbook():
    return ImportFileError(_(
        "Ce fichier n'est pas un classeur Excel (.xlsx) lisible. Enregistrez-le au format "
        "« Classeur Excel (.xlsx) » ou « CSV » et réessayez."))


def _too_big_workbook():
    return ImportFileError(_(
        "Ce classeur est trop volumineux une fois ouvert : il contient bien plus que la liste "
        "du personnel. Copiez seulement le tableau (prénom, nom, e-mail, métier, site, "
        "matricule) dans un nouveau classeur, ou enregistrez-le au format CSV."))


ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")


def _check_archive(data):
    """Refuse, before reading it, a workbook whose reading would cost far more than its
    size says: a zip bomb, thousands of parts, or more XML than a staff list needs.

    The sizes are the ones the archive declares; zipfile never inflates a part beyond its
    declared size, so they bound the work."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise _unreadable_workbook() from error
    if len(members) > MAX_ZIP_MEMBERS or sum(m.file_size for m in members) > MAX_UNZIPPED:
        raise _too_big_workbook()
    tags = 0
    for member in members:  # every part: openpyxl follows the names the workbook gives
        try:
            content = archive.read(member)
        # zipfile's own refusals: an unsupported compression method (NotImplementedError), an
        # encrypted part (RuntimeError), a corrupt or truncated stream (the others).
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError,
                RuntimeError) as error:
            raise _unreadable_workbook() from error
        if len(ROW_TAG.findall(content)) > MAX_LINES:
            raise _too_many_lines()
        tags += content.count(b"<")
        if tags > MAX_XML_TAGS:
            raise _too_big_workbook()


def _read_xlsx(data):
    from openpyxl import load_workbook

    _check_archive(data)
    try:
        # data_only=False: a formula stays a formula (its text), never a computed value.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise _unreadable_workbook() from error
    except Exception as error:  # a damaged workbook can fail anywhere while opening
        raise ImportFileError(_(
            "Ce classeur Excel est endommagé ou illisible. Enregistrez-le de nouveau au format "
            ".xlsx ou CSV.")) from error
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise _not_a_table()
        # The size the sheet declares (its <dimension> tag), when it declares one.
        if (sheet.max_row or 0) > MAX_LINES:
            raise ImportFileError(_(
                "Ce classeur déclare %(rows)s lignes ; au plus %(max)s sont lues. Copiez "
                "seulement le tableau du personnel dans un nouveau classeur, ou enregistrez-le "
                "au format CSV.") % {"rows": _number(sheet.max_row), "max": _number(MAX_LINES)})

        def records():
            rows = sheet.iter_rows(max_col=MAX_COLUMNS, max_row=MAX_LINES + 1)
            for number, cells in enumerate(rows, start=1):
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


def _cell_text(value):
    """A cell as text: cut at MAX_CELL characters, without control characters. Returns the
    text and whether control characters were removed.

    The apostrophe our own files put before a text that a spreadsheet would take for a
    formula (core.spreadsheets.neutralise) is dropped before "=", "+" and "@": a file sent
    back reads as it was. Before a hyphen it stays (both are ordinary in names)."""
    text = str(value)[:MAX_CELL]
    clean = CONTROL_CHARACTERS.sub("", text)
    controls = clean != text
    clean = clean.strip()
    if clean.startswith(("'=", "'+", "'@")):
        clean = clean[1:]
    return clean, controls


def _map_header(cells):
    mapping, ignored = {}, []
    for index, title in enumerate(cells[:MAX_COLUMNS]):
        name = HEADER_FIELDS.get(normalise_label(title))
        if name is None:
            if normalise_label(title) in SILENT_HEADERS:
                continue
            text, _controls = _cell_text(title)
            if text:
                ignored.append(text[:40])
            continue
        if name in mapping.values():
            raise ImportFileError(_("La colonne « %(column)s » apparaît deux fois dans la "
                                    "première ligne.") % {"column": FIELD_LABELS[name]})
        mapping[index] = name
    missing = [FIELD_LABELS[name] for name in REQUIRED if name not in mapping.values()]
    if missing:
        message = _(
            "Colonnes manquantes : %(missing)s. La première ligne doit donner les titres des "
            "colonnes : prénom, nom, e-mail, métier, site ou agence, matricule (facultatif).")
        if len(cells) > MAX_COLUMNS:
            message += " " + _("Seules les %(max)s premières colonnes sont lues.")
        raise ImportFileError(message % {"missing": ", ".join(str(m) for m in missing),
                                         "max": MAX_COLUMNS})
    if len(ignored) > 10:
        ignored = [*ignored[:10], "…"]
    return mapping, ignored


def _build(kind, records):
    """Rows from (line number, cells, formula column indexes) records; header first.

    Work is bounded by the lines looked at, empty ones included: a file of a million empty
    lines is refused, or read up to the last person when the empty lines are at its end.
    """
    mapping = None
    parsed = None
    empty_run = 0
    examples = []
    for number, cells, formulas in records:
        if number > MAX_LINES:
            raise _too_many_lines()
        if not formulas and not any(str(cell).strip() for cell in cells[:MAX_COLUMNS]):
            empty_run += 1
            if empty_run >= MAX_EMPTY_RUN:
                if parsed is not None:
                    parsed.notices.append(_(
                        "Lecture arrêtée à la ligne %(line)s, après %(run)s lignes vides à la "
                        "suite : s'il y a des personnes plus bas, supprimez les lignes vides et "
                        "importez de nouveau.") % {"line": number, "run": _number(MAX_EMPTY_RUN)})
                break
            continue
        empty_run = 0
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
                                    "plusieurs fichiers.") % {"max": _number(MAX_ROWS)})
        values, errors = {}, []
        for index, name in mapping.items():
            values[name], controls = _cell_text(cells[index] if index < len(cells) else "")
            if controls:
                errors.append(_("la colonne « %(column)s » contient un caractère invisible "
                                "interdit (caractère de contrôle) : retirez-le")
                              % {"column": FIELD_LABELS[name]})
        errors += [_("la colonne « %(column)s » contient une formule : saisissez la valeur "
                     "elle-même.") % {"column": FIELD_LABELS[mapping[index]]}
                   for index in formulas if index in mapping]
        if is_example(values):
            examples.append(number)
            continue
        parsed.rows.append({"line": number, "values": values, "parse_errors": errors})
    if parsed is None:
        raise _not_a_table()
    if not parsed.rows and examples:
        raise ImportFileError(_(
            "Le fichier ne contient que la ligne d'exemple du modèle (adresse en "
            "@%(domain)s) : ajoutez une ligne par personne, puis importez-le de nouveau.")
            % {"domain": EXAMPLE_DOMAIN})
    if not parsed.rows:
        raise ImportFileError(_("Le fichier ne contient que la ligne des titres : aucune "
                                "personne à importer."))
    if examples:
        parsed.notices.append(ngettext(
            "Ligne %(lines)s : ligne d'exemple du modèle (adresse en @%(domain)s), ignorée.",
            "Lignes %(lines)s : lignes d'exemple du modèle (adresse en @%(domain)s), ignorées.",
            len(examples)) % {"lines": ", ".join(map(str, examples)), "domain": EXAMPLE_DOMAIN})
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
    if clean["start_date"]:
        day = parse_date(clean["start_date"])
        if day is None:
            errors.append(_("date d'arrivée invalide « %(value)s » (attendu : JJ/MM/AAAA, par "
                            "exemple 01/09/2025)") % {"value": clean["start_date"][:40]})
        else:
            clean["start_date"] = day.isoformat()
    return clean, errors


FRENCH_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
# ISO, as a workbook's date cells are read (a time of day, if any, is left aside).
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
OLDEST_YEAR, LATEST_YEAR = 1940, 2100


def parse_date(text):
    """A date written JJ/MM/AAAA (or with "-" or "."), or AAAA-MM-JJ; None otherwise."""
    text = text.strip()
    if match := FRENCH_DATE.fullmatch(text):
        day, month, year = map(int, match.groups())
    elif match := ISO_DATE.fullmatch(text):
        year, month, day = map(int, match.groups())
    else:
        return None
    if not OLDEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _model_value(name, value):
    """A checked value as the model field takes it."""
    if name == "start_date":
        return date.fromisoformat(value) if value else None
    return value


def _chunks(items, size=LOOKUP_CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _changes(current, values, columns):
    """Fields whose value would change. An empty optional cell keeps what is recorded."""
    changed = []
    for name in ("first_name", "last_name", "job_role", "site", "employee_id", "start_date"):
        if name not in columns or name not in values:
            continue
        if not values[name] and name not in REQUIRED:
            continue
        if not hasattr(current, name):
            continue
        recorded = getattr(current, name)
        if isinstance(recorded, date):
            recorded = recorded.isoformat()
        if (recorded or "") != values[name]:
            changed.append(name)
    return changed


def managed_accounts(queryset):
    """The accounts of `queryset` an import never changes: the programme manages them (HR,
    trainers, editors, the coordination, staff of the Django admin)."""
    return queryset.filter(Q(is_superuser=True) | Q(is_staff=True)
                           | Q(groups__name__in=MANAGED_GROUPS)).distinct()


def deactivation_candidates(organisation, emails, *, importer=None):
    """Active learners of `organisation` missing from `emails`. Accounts managed by the
    programme are never deactivated by an import, nor is the person importing."""
    User = get_user_model()
    people = User.objects.filter(organisation=organisation, is_active=True,
                                 deleted_at__isnull=True)
    people = people.exclude(pk__in=managed_accounts(User.objects.filter(
        organisation=organisation)).values("pk"))
    if importer is not None:
        people = people.exclude(pk=importer.pk)
    emails = set(emails)
    return [person for person in people.order_by("last_name", "first_name", "pk")
            .only("pk", "email", "first_name", "last_name")
            if person.email not in emails]


def classify(rows, organisation, columns):
    """Check `rows` (as `read_file` gives them) against the staff of `organisation`.

    Returns rows with `values` normalised, `status` (new, updated, unchanged, managed,
    error), `errors` and `changes`, and the users and pending invitations they match.
    Accounts of other organisations are never looked at: an address unknown here is new,
    whoever holds it elsewhere (the invitation then goes to the person, who decides).
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

    User = get_user_model()
    staff = User.objects.filter(organisation=organisation, deleted_at__isnull=True)
    users, invitations, managed = {}, {}, set()
    for chunk in _chunks(lines_by_email):
        found = {u.email: u for u in staff.filter(email__in=chunk)}
        users.update(found)
        managed.update(managed_accounts(staff.filter(email__in=chunk)).values_list("pk",
                                                                                   flat=True))
        invitations.update({i.email: i for i in Invitation.objects.pending().filter(
            organisation=organisation, email__in=chunk).order_by("created_at")})

    for item in checked:
        values = item["values"]
        if item["errors"]:
            item["status"] = "error"
            continue
        user = users.get(values["email"])
        invitation = invitations.get(values["email"])
        if (user is not None and user.pk in managed) or (
                user is None and invitation is not None and invitation.role in PROGRAMME_ROLES):
            item["status"] = "managed"
            continue
        if user is not None:
            item["changes"] = _changes(user, values, columns)
            if not user.is_active:
                item["changes"].append("is_active")
            item["user_id"] = user.pk
        elif invitation is not None:
            item["changes"] = _changes(invitation, values, columns)
            item["invitation_id"] = invitation.pk
        item["status"] = ("new" if "user_id" not in item and "invitation_id" not in item
                          else "updated" if item["changes"] else "unchanged")
    return checked, users, invitations


STATUSES = ("new", "updated", "unchanged", "managed", "error")


def summarise(rows):
    counts = dict.fromkeys(STATUSES, 0)
    for row in rows:
        counts[row["status"]] += 1
    return counts


def _stored(rows):
    keys = ("line", "values", "parse_errors", "status", "errors", "changes")
    return [{key: row[key] for key in keys} for row in rows]


def create_batch(parsed, *, organisation, created_by, file_name, deactivate_missing=False):
    """Check the rows and store the preview; nothing about the people changes."""
    rows, _users, _invitations = classify(parsed.rows, organisation, parsed.columns)
    stale = timezone.now() - timezone.timedelta(days=STALE_PREVIEW_DAYS)
    ImportBatch.objects.filter(
        Q(status=ImportBatch.Status.PREVIEW, created_at__lt=stale)
        | Q(status=ImportBatch.Status.RUNNING, confirmed_at__lt=stale),
        organisation=organisation,
    ).delete()
    preview = {"counts": summarise(rows)}
    if deactivate_missing:
        file_emails = {row["values"]["email"] for row in rows if row["values"]["email"]}
        missing = deactivation_candidates(organisation, file_emails, importer=created_by)
        preview["deactivate_count"] = len(missing)
        preview["deactivate"] = [{"name": p.get_full_name() or p.email, "email": p.email}
                                 for p in missing[:DEACTIVATION_LISTED]]
    file_name = CONTROL_CHARACTERS.sub("", file_name)[:255]
    stored = _stored(rows)
    # A rejected row keeps its cells as the file gave them, for the rejected-rows report.
    for item, source in zip(stored, parsed.rows, strict=True):
        if item["status"] == "error":
            item["original"] = dict(source["values"])
    return ImportBatch.objects.create(
        organisation=organisation, created_by=created_by, file_name=file_name,
        deactivate_missing=deactivate_missing, columns=parsed.columns,
        notices=parsed.notices, rows=stored, result=preview,
    )


def cancel_batch(batch):
    updated = ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.PREVIEW).update(
        status=ImportBatch.Status.CANCELLED, rows=[])
    if not updated:
        raise ImportApplyError(_("Cet import a déjà été appliqué ou abandonné."))


def confirm_batch(batch, *, by):
    """HR confirmed the preview: a task applies the batch (in production the worker, a few
    seconds later) and the batch's page follows it."""
    from .tasks import apply_import

    with transaction.atomic():
        batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if batch.status == ImportBatch.Status.RUNNING:
            raise ImportApplyError(_("Cet import est déjà en cours d'application."))
        if batch.status != ImportBatch.Status.PREVIEW:
            raise ImportApplyError(_("Cet import a déjà été appliqué ou abandonné."))
        batch.status = ImportBatch.Status.RUNNING
        batch.confirmed_by = by
        batch.confirmed_at = timezone.now()
        batch.result.pop("error", None)
        batch.save(update_fields=["status", "confirmed_by", "confirmed_at", "result"])
        # Queued in the same transaction: the worker finds the task once the batch is
        # marked running, never before.
        apply_import.enqueue(batch_id=batch.pk)
    return batch


def run_batch(batch_id):
    """The task's work: apply a confirmed batch. When that fails, nothing has changed and the
    batch waits for a new confirmation, with the reason on its page."""
    batch = (ImportBatch.objects.filter(pk=batch_id, status=ImportBatch.Status.RUNNING)
             .select_related("confirmed_by").first())
    if batch is None:  # applied, cancelled or forgotten meanwhile
        return None
    try:
        return apply_batch(batch, by=batch.confirmed_by)
    except ImportApplyError as error:
        _back_to_preview(batch, str(error))
    except Exception:
        logger.exception("Staff import %s could not be applied", batch_id)
        _back_to_preview(batch, _(
            "L'import n'a pas pu être appliqué à cause d'une erreur technique. Rien n'a été "
            "modifié : confirmez de nouveau ; si cela recommence, prévenez la coordination du "
            "programme."))
        raise
    return None


def _back_to_preview(batch, message):
    ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.RUNNING).update(
        status=ImportBatch.Status.PREVIEW, result={**batch.result, "error": message})


USER_FIELDS = ("first_name", "last_name", "job_role", "site", "employee_id", "start_date",
               "is_active")


def apply_batch(batch, *, by=None):
    """Apply every valid row of `batch` in one transaction, in bulk; returns the counts.

    The rows are checked again first: the database may have changed since the preview.
    Updates known learners, invites new people, and on a full import deactivates the
    learners missing from the file. Invitation emails leave after the commit, from a task.
    """
    User = get_user_model()
    with transaction.atomic():
        batch = ImportBatch.objects.select_for_update().select_related("organisation").get(
            pk=batch.pk)
        if batch.status not in (ImportBatch.Status.PREVIEW, ImportBatch.Status.RUNNING):
            raise ImportApplyError(_("Cet import a déjà été appliqué ou abandonné."))
        organisation = batch.organisation
        rows, users, invitations = classify(batch.rows, organisation, batch.columns)
        if all(row["status"] == "error" for row in rows):
            raise ImportApplyError(_("Aucune ligne valide : rien à appliquer. Corrigez le "
                                     "fichier et importez-le de nouveau."))
        invited = Invitation.objects.bulk_create([
            Invitation(organisation=organisation, invited_by=by, role=Role.LEARNER,
                       **{name: _model_value(name, row["values"][name]) for name in FIELDS})
            for row in rows if row["status"] == "new"], batch_size=WRITE_CHUNK)
        invited_ids = [invitation.pk for invitation in invited]
        if None in invited_ids:  # a database that does not return the new keys
            invited_ids = [pk for chunk in _chunks([i.token for i in invited]) for pk in
                           Invitation.objects.filter(token__in=chunk).values_list("pk", flat=True)]

        updated_users, updated_invitations, changed = [], [], set()
        for row in rows:
            if row["status"] != "updated":
                continue
            values = row["values"]
            target = (users[values["email"]] if "user_id" in row
                      else invitations[values["email"]])
            for name in row["changes"]:
                setattr(target, name,
                        True if name == "is_active" else _model_value(name, values[name]))
                changed.add(name)
            (updated_users if "user_id" in row else updated_invitations).append(target)
        user_fields = [name for name in USER_FIELDS if name in changed]
        if updated_users:
            User.objects.bulk_update(updated_users, user_fields, batch_size=WRITE_CHUNK)
        invitation_fields = [name for name in user_fields if name != "is_active"]
        if updated_invitations and invitation_fields:
            Invitation.objects.bulk_update(updated_invitations, invitation_fields,
                                           batch_size=WRITE_CHUNK)

        deactivated = 0
        if batch.deactivate_missing:
            file_emails = {row["values"]["email"] for row in rows if row["values"]["email"]}
            missing = [p.pk for p in deactivation_candidates(organisation, file_emails,
                                                              importer=by)]
            for chunk in _chunks(missing):
                deactivated += User.objects.filter(pk__in=chunk).update(is_active=False)
        else:
            missing = []
        # bulk_update() and update() send no post_save: the summaries hear it from here.
        moved = [u.pk for u in updated_users] if changed & {"job_role", "is_active"} else []
        if missing or moved:
            staff_changed.send(sender=User, user_ids=[*missing, *moved])
        result = {"counts": summarise(rows), "invited": len(invited_ids),
                  "deactivated": deactivated}
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.Status.APPLIED, applied_at=timezone.now(), result=result, rows=[])
        if invited_ids:
            from .tasks import send_invitations

            transaction.on_commit(lambda: send_invitations.enqueue(invitation_ids=invited_ids))
    return result


# --- The template to fill in, and the rejected rows to correct -----------------------------
#
# Both are files HR fill in and send back as they are: their column titles are ones the
# reader recognises, in the same order. Their titles stay in French whatever the language of
# the page: they are the file's format, not text to read.

TEMPLATE_COLUMNS = ("first_name", "last_name", "email", "job_role", "site", "employee_id",
                    "start_date")
TEMPLATE_TITLES = {"first_name": "Prénom", "last_name": "Nom", "email": "E-mail",
                   "job_role": "Métier", "site": "Site ou agence", "employee_id": "Matricule",
                   "start_date": "Date d'arrivée"}
ERROR_TITLE = "Erreur"
LINE_TITLE = "Ligne d'origine"
# The template's example row is at an address of the `.invalid` top-level domain (RFC 2606:
# it names nobody): the reader leaves every row at this domain aside, with a notice.
EXAMPLE_DOMAIN = "exemple.invalid"
EXAMPLE_ROW = {"first_name": "Camille", "last_name": "EXEMPLE (ligne ignorée à l'import)",
               "email": f"camille.exemple@{EXAMPLE_DOMAIN}", "job_role": "gardien",
               "site": "Agence Nord", "employee_id": "000123", "start_date": date(2025, 9, 1)}
# How people may write each job role (every one is read by parse_job_role).
JOB_ROLE_SPELLINGS = {
    JobRole.CARETAKER: "gardien, gardienne, gardien·ne d'immeuble, concierge, employé d'immeuble",
    JobRole.MEDIATOR: "médiateur, médiatrice, médiateur social, médiatrice sociale",
    JobRole.SOCIAL_ADVISER: "conseiller social, conseillère sociale, CESF",
    JobRole.MANAGER: "encadrant, encadrante, gestionnaire, responsable de secteur, "
                     "chef de secteur",
    JobRole.OTHER: "autre",
}


def is_example(values):
    """Whether a row read from a file is the template's example (see EXAMPLE_DOMAIN)."""
    email = str(values.get("email", "")).strip().lower()
    return email.endswith("@" + EXAMPLE_DOMAIN)


def template_header():
    return [TEMPLATE_TITLES[name] for name in TEMPLATE_COLUMNS]


def template_rows():
    """The sheet to fill in: the titles, then the example row."""
    return [template_header(), [EXAMPLE_ROW[name] for name in TEMPLATE_COLUMNS]]


def template_guide():
    """The "Mode d'emploi" sheet: each column, the job roles, and what to know."""
    yes, no = _("oui"), _("non")
    columns = {
        "first_name": (yes, _("Le prénom de la personne."), "Camille"),
        "last_name": (yes, _("Son nom d'usage."), "Martin"),
        "email": (yes, _("Son adresse e-mail : l'invitation à créer son compte y est envoyée. "
                         "Une seule ligne par adresse. C'est elle qui permet de reconnaître "
                         "une personne déjà inscrite."), "camille.martin@bailleur.fr"),
        "job_role": (yes, _("Son métier, écrit comme dans la liste « Métiers acceptés » "
                            "ci-dessous."), "gardienne"),
        "site": (no, _("Son agence, son secteur ou sa résidence de rattachement."),
                 "Agence Nord"),
        "employee_id": (no, _("Son matricule, s'il y en a un."), "000123"),
        "start_date": (no, _("Son premier jour dans l'organisation, au format JJ/MM/AAAA. Les "
                             "formations à suivre « dans les N jours après l'arrivée » comptent "
                             "à partir de cette date."), "01/09/2025"),
    }
    rows = [[_("Colonne"), _("Obligatoire"), _("Ce qu'il faut y écrire"), _("Exemple")]]
    rows += [[TEMPLATE_TITLES[name], *columns[name]] for name in TEMPLATE_COLUMNS]
    rows += [[], [_("Métiers acceptés"), "", _("Écritures acceptées (majuscules et accents "
                                               "indifférents)"), ""]]
    rows += [[str(role.label), "", JOB_ROLE_SPELLINGS[role], ""] for role in JobRole]
    rows += [[], [_("Bon à savoir"), "", "", ""]]
    rows += [["", "", text, ""] for text in (
        _("Gardez la première ligne (les titres des colonnes) telle quelle ; l'ordre des "
          "colonnes n'a pas d'importance."),
        _("Une ligne par personne. La ligne d'exemple (adresse en @%(domain)s) est ignorée à "
          "l'import : remplacez-la ou supprimez-la.") % {"domain": EXAMPLE_DOMAIN},
        _("Une cellule facultative laissée vide ne modifie pas ce qui est déjà enregistré."),
        _("Les nouvelles personnes reçoivent une invitation par e-mail après votre "
          "confirmation : rien n'est enregistré avant."),
        _("Pas de formule : saisissez les valeurs elles-mêmes."),
        _("Au plus %(rows)s personnes et 5 Mo par fichier, en Excel (.xlsx) ou en CSV.")
        % {"rows": _number(MAX_ROWS)},
    )]
    return rows


def rejected_rows(batch):
    """The rows of `batch` in error, as the file gave them, in the template's columns, with
    the reasons ("Erreur") and their line in the file; titles first. Corrected, the file can
    be imported again as it is (the reader leaves the last two columns aside)."""
    job_roles = dict(JobRole.choices)
    rows = [[*template_header(), ERROR_TITLE, LINE_TITLE]]
    for row in batch.rows:
        if row["status"] != "error":
            continue
        original = row.get("original")
        if original is None:  # a batch read before rejected rows kept their cells
            original = dict(row["values"])
            original["job_role"] = str(job_roles.get(original.get("job_role"),
                                                     original.get("job_role", "")))
            if original.get("start_date") and parse_date(original["start_date"]):
                original["start_date"] = parse_date(original["start_date"])
        rows.append([*(original.get(name, "") for name in TEMPLATE_COLUMNS),
                     " ; ".join(row["errors"]), row["line"]])
    return rows

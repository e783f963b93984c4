"""The national data set of bench/national.py, generated in PostgreSQL with COPY.

Everything is invented and deterministic (one seed): organisations "Bailleur 001"…, people
"Prénom123 Varnelot" at personne123@bailleur042.test, sessions in made-up rooms. Table and
column names come from the models' `_meta`; a column the generator does not fill takes the
field's default, so that a new field with a default does not break the build (a new required
field does, with its name).

Sizes (see `TARGETS`): 600 organisations (599 landlords and the care team of the trainers,
each with one HR officer; a coordinator outside any organisation),
100,104 accounts, 613,000 module progress rows, 990,000 quiz attempts, 10,000 awareness
sessions, about 196,000 registrations with their attendance marks, 349,000 certificates.

How the rows hang together, as the application would have written them:
- a module is completed (70 %) once its steps are seen and its quiz passed: the last attempt
  is the passing one, submitted at `completed_at`; unfinished modules have 0 to 3 failed
  attempts (3 attempts at most, the quizzes' default);
- a learning path is completed by whoever completed all its modules, at the last of those
  completions (paths 1 and 2 share their six modules);
- past sessions are closed (2 % cancelled): registrations are attended (with their hours, one
  present mark per attended slot), absent or excused, the waiting list cancelled at closing;
  future sessions (10 %) have registered and waiting people;
- certificates: every module completion, path completion and presence at a closed session
  since the certificates were introduced (the date chosen so that there are 349,000), with the
  snapshot that certificates.services would have written then.
"""

import base64
import itertools
import json
import math
import random
import secrets
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

SEED = 20260
PARIS = ZoneInfo("Europe/Paris")
DAY = 86400.0

TARGETS = {
    "organisations": 600,
    "users": 100_104,
    "largest_organisation": 5_002,
    "module_progress": 613_000,
    "attempts": 990_000,
    "sessions": 10_000,
    "registrations": 196_000,
    "certificates": 349_000,
}
TRAINERS = 20
LANDLORDS = TARGETS["organisations"] - 1  # and one care team, the trainers'
# Everyone but the coordinator (no organisation), the trainers and the care team's HR.
LANDLORD_MEMBERS = TARGETS["users"] - 1 - TRAINERS - 1
MIN_SIZE = 8
JOB_ROLES = (("gardien", 0.62), ("mediateur", 0.18), ("conseiller_social", 0.10),
             ("encadrant", 0.10))
DEACTIVATED = 0.03
COMPLETED = 0.70
FUTURE_SESSIONS = 0.10
CANCELLED_SESSIONS = 0.02
SYLLABLES = ("bar", "bel", "bon", "dal", "dor", "fal", "fer", "gal", "gor", "lan", "lar", "len",
             "lor", "mar", "mel", "mor", "nal", "nor", "pal", "per", "ral", "ren", "ror", "sal",
             "sel", "tal", "ter", "tor", "val", "ver", "vol", "zan")
ENDINGS = ("ot", "ard", "ec", "in", "and", "eau", "ier", "oux", "at", "el", "ais", "ac")


def _ts(moment):
    return moment.timestamp()


def _dt(timestamp):
    return datetime.fromtimestamp(timestamp, UTC)


def _local(timestamp):
    return datetime.fromtimestamp(timestamp, PARIS)


def certificate_code(rng):
    """The shape of certificates.models.generate_code: 128 bits in base 32, 26 characters."""
    return base64.b32encode(rng.randbytes(16)).decode().rstrip("=")


# --- COPY ------------------------------------------------------------------------------------

class Copier:
    """COPY rows into a model's table, columns named by the model's fields."""

    def __init__(self, connection):
        self.connection = connection
        self.counts = {}

    def copy(self, model, fields, rows, *, large=False):
        """COPY `rows` (tuples in the order of `fields`, field names); the other columns take
        their field's default. `large`: drop the table's secondary indexes and unique
        constraints during the COPY and build them after, sorted, at once."""
        from django.db.models import (
            AutoField,
            BigAutoField,
            DateTimeField,
            JSONField,
            SmallAutoField,
        )

        meta = model._meta
        given = [meta.get_field(name) for name in fields]
        extra_fields, extra_values = [], []
        for field in meta.concrete_fields:
            if field in given:
                continue
            if field.primary_key and isinstance(field, AutoField | BigAutoField | SmallAutoField):
                continue
            if field.unique:
                raise ValueError(f"{meta.label}.{field.name} is unique: the generator must "
                                 "fill it")
            if field.has_default():
                value = field.get_default()
            elif isinstance(field, DateTimeField) and (field.auto_now or field.auto_now_add):
                value = datetime.now(UTC)
            elif field.null:
                value = None
            else:
                raise ValueError(f"{meta.label}.{field.name} is required and has no default: "
                                 "the generator must fill it")
            if isinstance(field, JSONField):
                value = json.dumps(value)
            extra_fields.append(field)
            extra_values.append(value)
        quote = self.connection.ops.quote_name
        rebuild = self.drop_indexes(meta.db_table) if large else []
        columns = ", ".join(quote(f.column) for f in [*given, *extra_fields])
        sql = f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN"
        extra = tuple(extra_values)
        count = 0
        with self.connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
            write = copy.write_row
            if extra:
                for row in rows:
                    write((*row, *extra))
                    count += 1
            else:
                for row in rows:
                    write(row)
                    count += 1
        if rebuild:
            with self.connection.cursor() as cursor:
                cursor.execute("SET maintenance_work_mem = '256MB'")
                for sql in rebuild:
                    cursor.execute(sql)
        self.counts[meta.label] = self.counts.get(meta.label, 0) + count
        return count

    def drop_indexes(self, table):
        """Drop the secondary indexes and unique constraints of `table` (not its primary key,
        not the foreign keys); returns the statements that create them again."""
        quote = self.connection.ops.quote_name
        again, drop = [], []
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), c.conname, "
                "pg_get_constraintdef(c.oid) FROM pg_index i LEFT JOIN pg_constraint c "
                "ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype = 'u' "
                "WHERE i.indrelid = %s::regclass AND NOT i.indisprimary", [quote(table)])
            for index, definition, constraint, constraint_definition in cursor.fetchall():
                if constraint:
                    drop.append(f"ALTER TABLE {quote(table)} DROP CONSTRAINT {quote(constraint)}")
                    again.append(f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(constraint)} "
                                 f"{constraint_definition}")
                else:
                    drop.append(f"DROP INDEX {index}")
                    again.append(definition)
            for sql in drop:
                cursor.execute(sql)
        return again


# --- Sizes -----------------------------------------------------------------------------------

def organisation_sizes(rng):
    """Members (HR included) of the 599 landlords, largest first: 5,002, then skewed."""
    largest = TARGETS["largest_organisation"]
    others = LANDLORDS - 1
    rest = LANDLORD_MEMBERS - largest
    raw = sorted((rng.lognormvariate(0, 1.1) for _ in range(others)), reverse=True)
    scale = (rest - others * MIN_SIZE) / sum(raw)
    sizes = [MIN_SIZE + int(r * scale) for r in raw]
    for index in range(rest - sum(sizes)):
        sizes[index % others] += 1
    assert sum(sizes) == rest and max(sizes) < largest, (sum(sizes), max(sizes))
    return [largest, *sizes]


def surnames(rng, count=4000):
    names = set()
    while len(names) < count:
        parts = [rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3)))]
        names.add(("".join(parts) + rng.choice(ENDINGS)).capitalize())
    names = sorted(names)
    rng.shuffle(names)
    return names


_CUMULATIVE = {}


def weighted(rng, pairs):
    """One of the values of `pairs` ((value, weight), …), by weight."""
    try:
        values, cumulative = _CUMULATIVE[pairs]
    except KeyError:
        values, weights = zip(*pairs, strict=True)
        values, cumulative = _CUMULATIVE.setdefault(pairs, (values, list(
            itertools.accumulate(weights))))
    return rng.choices(values, cum_weights=cumulative)[0]


def exact_counts(rng, counts, target, low, high, eligible=None):
    """Nudge the integers `counts` (in place) by one at random positions until they add up to
    `target`, each staying within [low, high]."""
    positions = list(range(len(counts))) if eligible is None else list(eligible)
    diff = target - sum(counts)
    while diff:
        index = rng.choice(positions)
        if diff > 0 and counts[index] < high:
            counts[index] += 1
            diff -= 1
        elif diff < 0 and counts[index] > low:
            counts[index] -= 1
            diff += 1


# --- The build -------------------------------------------------------------------------------

class Build:
    def __init__(self, out=print):
        from django.db import connection

        self.rng = random.Random(SEED)
        self.connection = connection
        self.copier = Copier(connection)
        self.out = out
        self.now = time.time()
        self.now_dt = _dt(self.now)

    def step(self, label, function):
        started = time.perf_counter()
        result = function()
        self.out(f"  {label}: {time.perf_counter() - started:.1f} s")
        return result

    def run(self):
        # Foreign keys are checked once, set-based, at the end rather than row by row by their
        # triggers (which the replica role skips): four times faster for the same guarantee.
        replica = self.replica(True)
        try:
            self.step("content read", self.read_content)
            self.step("organisations and people", self.people)
            self.step("roles and second factors", self.roles)
            self.step("sessions and slots", self.sessions)
            self.step("module progress", self.progress)
            self.step("quiz attempts", self.attempts)
            self.step("path completions", self.path_completions)
            self.step("registrations and attendance", self.registrations)
            self.step("certificates", self.certificates)
            self.step("assignments", self.assignments)
            self.step("sequences", self.sequences)
        finally:
            if replica:
                self.replica(False)
        if replica:
            self.step("foreign keys checked", self.check_foreign_keys)
        return self.copier.counts

    def replica(self, on):
        """Skip (on) or restore the foreign key triggers of this connection, when the role may
        (a superuser); returns whether it did."""
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            if not cursor.fetchone()[0]:
                return False
            cursor.execute(f"SET session_replication_role = {'replica' if on else 'DEFAULT'}")
        return True

    def check_foreign_keys(self):
        """Every foreign key of the tables filled points at a row: one anti-join each."""
        from django.apps import apps
        from django.db.models import ForeignKey

        quote = self.connection.ops.quote_name
        broken = []
        labels = set(self.copier.counts) | {"accounts.User", "mfa.Authenticator"}
        with self.connection.cursor() as cursor:
            for model in apps.get_models(include_auto_created=True):
                if model._meta.label not in labels:
                    continue
                for field in model._meta.concrete_fields:
                    if not isinstance(field, ForeignKey) or not field.db_constraint:
                        continue
                    target = field.target_field
                    cursor.execute(
                        f"SELECT count(*) FROM {quote(model._meta.db_table)} c "  # noqa: S608
                        f"WHERE c.{quote(field.column)} IS NOT NULL AND NOT EXISTS (SELECT 1 "
                        f"FROM {quote(target.model._meta.db_table)} p "
                        f"WHERE p.{quote(target.column)} = c.{quote(field.column)})")
                    if missing := cursor.fetchone()[0]:
                        broken.append(f"{model._meta.label}.{field.name}: {missing}")
        if broken:
            raise RuntimeError("rows pointing at nothing: " + ", ".join(broken))

    # Content --------------------------------------------------------------------------------

    def read_content(self):
        from courses.models import LearningPathPage, ModulePage

        self.modules = []
        for module in ModulePage.objects.live().select_related("quiz").order_by("path"):
            quiz = module.quiz
            questions = len(quiz.questions) if quiz else 0
            self.modules.append({
                "pk": module.pk, "title": module.title, "summary": module.summary,
                "minutes": module.duration_minutes, "steps": max(len(module.steps), 1),
                "quiz": quiz.pk if quiz else None,
                "pass_mark": quiz.pass_mark if quiz else 70,
                "max_score": (quiz.draw_count or questions) if quiz else 0,
            })
        if len(self.modules) < 3:
            raise RuntimeError("load_content gave fewer than 3 live modules")
        self.module_by_pk = {m["pk"]: m for m in self.modules}
        self.paths = []
        for learning_path in LearningPathPage.objects.live().order_by("path"):
            modules = [m.pk for m in learning_path.modules()]
            self.paths.append({"pk": learning_path.pk, "title": learning_path.title,
                               "summary": learning_path.summary, "modules": modules,
                               "audience": list(learning_path.audience or [])})
        order = [m["pk"] for m in self.modules]
        # The order in which each job role takes the modules: their path first.
        self.sequence_for = {}
        for role, _weight in [*JOB_ROLES, ("autre", 0)]:
            first = next((p["modules"] for p in self.paths if role in p["audience"]
                          and len(p["modules"]) <= 6), [])
            self.sequence_for[role] = [*first, *(pk for pk in order if pk not in first)]

    # People ---------------------------------------------------------------------------------

    def people(self):
        from allauth.account.models import EmailAddress
        from django.contrib.auth import get_user_model
        from django.contrib.auth.hashers import make_password
        from django.contrib.auth.models import Group

        from accounts.models import Organisation
        from accounts.roles import GROUP_NAMES, Role

        rng = self.rng
        User = get_user_model()
        now = self.now
        sizes = organisation_sizes(rng)
        self.sizes = sizes
        first_org = (Organisation.objects.order_by("-pk").values_list("pk", flat=True).first()
                     or 0) + 1
        organisations = []
        for index in range(LANDLORDS):
            organisations.append((first_org + index, f"Bailleur {index + 1:03d}",
                                  f"bailleur-{index + 1:03d}", "landlord",
                                  f"B{index + 1:03d}{secrets.token_hex(4).upper()}", True, False,
                                  self.now_dt - timedelta(days=1200 - index)))
        self.care_team = first_org + LANDLORDS
        organisations.append((self.care_team, "Équipe de soins dédiée", "equipe-soins-dediee",
                              "care_team", None, True, False, self.now_dt - timedelta(days=1300)))
        self.copier.copy(Organisation, ("id", "name", "slug", "kind", "signup_code", "is_active",
                                        "hr_can_see_scores", "created_at"), organisations)
        self.org_ids = [row[0] for row in organisations[:LANDLORDS]]
        self.org_names = {row[0]: row[1] for row in organisations}
        self.largest = self.org_ids[0]

        names = surnames(rng)
        # Zipf-like: a few frequent surnames, a long tail.
        name_weights = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(names))))
        password = make_password(None)
        first_user = (User.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
        self.users = []  # (id, org id, job role, first, last, active, joined timestamp, email)
        self.hr_ids = {}
        rows = []
        user_id = first_user
        person = 0
        three_years = 3 * 365 * DAY
        for org_index, (org_id, size) in enumerate(zip(self.org_ids, sizes, strict=True)):
            agencies = max(1, min(60, size // 90 + 1))
            domain = f"bailleur{org_index + 1:03d}.test"
            for member in range(size):
                person += 1
                hr = member == 0
                role = "autre" if hr else weighted(rng, JOB_ROLES)
                active = hr or rng.random() >= DEACTIVATED
                joined = now - rng.random() * three_years
                first = f"Prénom{person}"
                last = rng.choices(names, cum_weights=name_weights)[0]
                email = (f"rh@{domain}" if hr else f"personne{person}@{domain}")
                site = f"Agence {1 + int(rng.random() ** 1.3 * agencies)}"
                employee = f"M{org_index + 1:03d}{member:05d}"
                last_login = _dt(now - rng.random() * 40 * DAY) if rng.random() < 0.8 else None
                rows.append((user_id, password, last_login, False, email, first, last, False,
                             active, _dt(joined), role, org_id, site, employee, None))
                self.users.append((user_id, org_id, role, first, last, active, joined, email))
                if hr:
                    self.hr_ids[org_id] = user_id
                user_id += 1
        self.trainer_ids = []
        for number in range(TRAINERS):
            rows.append((user_id, password, _dt(now - DAY), False,
                         f"formateur{number + 1}@equipe-soins.test", f"Formateur{number + 1}",
                         rng.choice(names), False, True, _dt(now - 1000 * DAY), "autre",
                         self.care_team, "Équipe 13e" if number % 2 else "Équipe 20e",
                         f"F{number + 1:03d}", None))
            self.trainer_ids.append(user_id)
            user_id += 1
        # The care team's own HR officer (it is an organisation like the others).
        rows.append((user_id, password, _dt(now - DAY), False, "rh@equipe-soins.test",
                     "Rh", "Équipe", False, True, _dt(now - 1000 * DAY), "autre",
                     self.care_team, "Équipe 13e", "F000", None))
        self.hr_ids[self.care_team] = user_id
        self.care_team_hr = user_id
        user_id += 1
        self.coordinator_id = user_id
        rows.append((user_id, password, _dt(now - DAY), False, "coordination@national.test",
                     "Coordination", "Nationale", False, True, _dt(now - 1200 * DAY), "autre",
                     None, "", "", None))
        self.copier.copy(User, ("id", "password", "last_login", "is_superuser", "email",
                                "first_name", "last_name", "is_staff", "is_active",
                                "date_joined", "job_role", "organisation", "site", "employee_id",
                                "deleted_at"), rows, large=True)
        self.trainer_names = {row[0]: f"{row[5]} {row[6]}" for row in rows
                              if row[0] in set(self.trainer_ids)}
        del rows

        learners = Group.objects.get(name=GROUP_NAMES[Role.LEARNER])
        through = User.groups.through
        self.copier.copy(through, ("user", "group"),
                         ((u[0], learners.pk) for u in self.users), large=True)
        self.copier.copy(through, ("user", "group"),
                         ((pk, learners.pk) for pk in [*self.trainer_ids, self.care_team_hr]))
        self.copier.copy(EmailAddress, ("user", "email", "verified", "primary"),
                         ((u[0], u[7], True, True) for u in self.users), large=True)
        self.user_index = {u[0]: index for index, u in enumerate(self.users)}

    def roles(self):
        from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
        from django.contrib.auth import get_user_model

        from accounts.roles import Role, set_roles

        User = get_user_model()
        special = User.objects.in_bulk([*self.hr_ids.values(), *self.trainer_ids,
                                        self.coordinator_id])
        for pk in self.hr_ids.values():
            set_roles(special[pk], [Role.HR, Role.LEARNER])
        for pk in self.trainer_ids:
            set_roles(special[pk], [Role.TRAINER, Role.LEARNER])
        set_roles(special[self.coordinator_id], [Role.COORDINATOR])
        for user in special.values():
            TOTP.activate(user, generate_totp_secret())

    # Sessions -------------------------------------------------------------------------------

    def sessions(self):
        from scheduling.models import AwarenessSession, TimeSlot

        rng = self.rng
        now = self.now
        total = TARGETS["sessions"]
        future = int(total * FUTURE_SESSIONS)
        sessions, slots = [], []
        trainers_rows, organisations_rows = [], []
        self.session_info = []
        slot_id = 1
        first_id = 1
        topics = ("Repérer les signaux faibles dans le logement",
                  "Réagir face à un locataire agressif", "Le secret partagé",
                  "Orienter vers l'équipe dédiée", "Accompagner après un décès")
        # Organisations invited to restricted sessions, drawn by size.
        weights = self.sizes
        for number in range(total):
            session_id = first_id + number
            is_future = number >= total - future
            if is_future:
                day = now + (1 + rng.random() * 89) * DAY
            else:
                day = now - (2 + rng.random() * 728) * DAY
            local_day = _local(day).date()
            while local_day.weekday() >= 5:
                local_day -= timedelta(days=1)
            morning = rng.random() < 0.6
            hour, minute = (9, 30) if morning else (14, 0)
            count = 2 if rng.random() < 0.25 else 1
            session_slots = []
            for index in range(count):
                start_local = datetime.combine(local_day + timedelta(days=index),
                                               datetime.min.time()).replace(
                    hour=hour, minute=minute, tzinfo=PARIS)
                start = start_local.timestamp()
                end = start + 3 * 3600
                if is_future and start <= now + 3600:
                    start += 2 * DAY
                    end += 2 * DAY
                session_slots.append((slot_id, start, end))
                slots.append((slot_id, session_id, index, _dt(start), _dt(end)))
                slot_id += 1
            starts, ends = session_slots[0][1], session_slots[-1][2]
            if is_future:
                status = "scheduled"
            elif rng.random() < CANCELLED_SESSIONS:
                status = "cancelled"
            else:
                status = "closed"
            capacity = rng.randint(10, 25)
            remote = rng.random() < 0.05
            restricted = rng.random() < 0.2
            audience = ["gardien"] if rng.random() < 0.1 else []
            module = rng.choice(self.modules)["pk"] if rng.random() < 0.3 else None
            place = "" if remote else f"Salle polyvalente {rng.randint(1, 400)}"
            address = "" if remote else (f"{rng.randint(1, 120)} rue des Essais, "
                                         f"{rng.choice(('75013', '75020', '69003', '13005', '59000', '33000'))} Ville")
            room = "" if remote else f"Salle {rng.randint(1, 9)}"
            trainers = rng.sample(self.trainer_ids, rng.choice((0, 1, 1, 1, 2, 2)))
            created = starts - (20 + rng.random() * 70) * DAY
            cancelled_at = _dt(starts - rng.random() * 10 * DAY) if status == "cancelled" else None
            closed_at = _dt(ends + (1 + rng.random() * 20) * 3600) if status == "closed" else None
            title = f"Sensibilisation santé mentale et logement — session {number + 1}"
            topic = rng.choice(topics)
            sessions.append((
                session_id, title, topic, "", module, None, False, place, address, room, "",
                f"https://visio.example.test/{number + 1}" if remote else "", capacity,
                json.dumps(audience), not restricted, None, status,
                "Formateur indisponible." if status == "cancelled" else "", cancelled_at,
                closed_at, _dt(starts), _dt(ends), 0, secrets.token_urlsafe(),
                self.coordinator_id, _dt(created),
                closed_at or cancelled_at or _dt(min(created + DAY, now))))
            invited = []
            if restricted:
                invited = list({self.org_ids[i] for i in rng.choices(
                    range(LANDLORDS), weights, k=rng.randint(1, 3))})
                organisations_rows.extend((session_id, org) for org in invited)
            trainers_rows.extend((session_id, pk) for pk in trainers)
            location = ", ".join(p for p in (place, room, address) if p) or (
                "En visioconférence" if remote else "")
            self.session_info.append({
                "id": session_id, "status": status, "capacity": capacity, "starts": starts,
                "ends": ends, "slots": session_slots, "invited": invited, "audience": audience,
                "trainers": trainers, "title": title, "topic": topic, "location": location,
                "closed_at": _ts(closed_at) if closed_at else None,
                "cancelled_at": _ts(cancelled_at) if cancelled_at else None,
            })
        self.copier.copy(AwarenessSession, (
            "id", "title", "topic", "description", "module", "learning_path",
            "prerequisite_required", "place_name", "address", "room", "access_notes",
            "video_url", "capacity", "audience", "open_to_all", "registration_deadline",
            "status", "cancellation_reason", "cancelled_at", "closed_at", "starts_at", "ends_at",
            "sequence", "checkin_secret", "created_by", "created_at", "updated_at"), sessions)
        self.copier.copy(TimeSlot, ("id", "session", "sort_order", "starts_at", "ends_at"), slots)
        self.copier.copy(AwarenessSession.trainers.through, ("awarenesssession", "user"),
                         trainers_rows)
        self.copier.copy(AwarenessSession.organisations.through,
                         ("awarenesssession", "organisation"), organisations_rows)

    # Training -------------------------------------------------------------------------------

    def progress(self):
        from courses.models import ModuleProgress

        rng = self.rng
        now = self.now
        modules = len(self.modules)
        people = self.users
        counts = [min(modules, max(0, round(rng.gauss(6.2, 3.6)))) for _ in people]
        exact_counts(rng, counts, TARGETS["module_progress"], 0, modules)
        two_years = 730 * DAY
        rows = []
        # Per progress row, what the attempts and certificates need:
        # (user index, module pk, started, steps done, completed or None, last activity)
        self.progress_rows = []
        for index, (person, count) in enumerate(zip(people, counts, strict=True)):
            if not count:
                continue
            user_id, _org, role, *_rest, joined, _email = person
            sequence = list(self.sequence_for[role])
            for position in range(len(sequence) - 1):  # a little disorder
                if rng.random() < 0.25:
                    sequence[position], sequence[position + 1] = (sequence[position + 1],
                                                                  sequence[position])
            keen = rng.betavariate(3.8, 1.5)  # this person's chance to finish a module
            earliest = max(joined, now - two_years)
            for module_pk in sequence[:count]:
                module = self.module_by_pk[module_pk]
                started = earliest + rng.random() * (now - 3600 - earliest)
                steps_done = started + rng.expovariate(1 / (3 * DAY))
                completed = None
                if rng.random() < keen and steps_done < now:
                    completed = steps_done + rng.expovariate(1 / (2 * DAY))
                    if completed >= now:
                        completed = None
                if steps_done >= now or (completed is None and rng.random() < 0.3):
                    steps_done = None
                last = completed or steps_done or started + rng.random() * 600
                last = min(last, now)
                current = module["steps"] if steps_done else rng.randint(1, module["steps"])
                rows.append((user_id, module_pk, current, "[]", "{}", _dt(started), _dt(last),
                             _dt(steps_done) if steps_done else None,
                             _dt(completed) if completed else None))
                self.progress_rows.append((index, module_pk, started, steps_done, completed))
        self.copier.copy(ModuleProgress, ("user", "module", "current_step", "seen_steps",
                                          "decisions", "started_at", "updated_at",
                                          "steps_completed_at", "completed_at"), rows,
                         large=True)

    def attempts(self):
        from quizzes.models import Attempt

        rng = self.rng
        now = self.now
        plan = []
        eligible = []
        for position, (_index, module_pk, _started, steps_done, completed) in enumerate(
                self.progress_rows):
            if self.module_by_pk[module_pk]["quiz"] is None:
                plan.append(0)
            elif completed is not None:
                plan.append(weighted(rng, ((1, 0.55), (2, 0.30), (3, 0.15))))
            elif steps_done is not None:
                plan.append(weighted(rng, ((0, 0.1), (1, 0.3), (2, 0.35), (3, 0.25))))
                eligible.append(position)
            else:
                plan.append(0)
        exact_counts(rng, plan, TARGETS["attempts"], 0, 3, eligible)

        def rows():
            for (index, module_pk, _started, steps_done, completed), count in zip(
                    self.progress_rows, plan, strict=True):
                if not count:
                    continue
                module = self.module_by_pk[module_pk]
                user_id = self.users[index][0]
                maximum = module["max_score"] or 1
                first = steps_done
                last = completed if completed is not None else min(
                    now, steps_done + rng.random() * 20 * DAY)
                for number in range(1, count + 1):
                    submitted = (last if number == count else
                                 first + (last - first) * (number - 1) / count)
                    passed = completed is not None and number == count
                    while True:
                        score = (rng.randint(math.ceil(maximum * module["pass_mark"] / 100),
                                             maximum) if passed
                                 else rng.randint(0, max(0, math.ceil(
                                     maximum * module["pass_mark"] / 100) - 1)))
                        percent = round(100 * score / maximum)
                        if (percent >= module["pass_mark"]) == passed:
                            break
                    duration = 120 + rng.random() * 900
                    yield (user_id, module["quiz"], number, rng.getrandbits(62), "[]",
                           _dt(submitted - duration), _dt(submitted), float(score),
                           float(maximum), percent, passed)

        self.copier.copy(Attempt, ("user", "quiz", "number", "seed", "questions", "started_at",
                                   "submitted_at", "score", "max_score", "percent", "passed"),
                         rows(), large=True)

    def path_completions(self):
        from courses.models import PathCompletion

        done = defaultdict(dict)
        for index, module_pk, _started, _steps, completed in self.progress_rows:
            if completed is not None:
                done[index][module_pk] = completed
        rows = []
        self.path_done = []  # (user index, path, completed)
        for index, modules in done.items():
            for learning_path in self.paths:
                if learning_path["modules"] and all(m in modules
                                                    for m in learning_path["modules"]):
                    completed = max(modules[m] for m in learning_path["modules"])
                    rows.append((self.users[index][0], learning_path["pk"], _dt(completed)))
                    self.path_done.append((index, learning_path, completed))
        self.copier.copy(PathCompletion, ("user", "path", "completed_at"), rows)

    # Registrations --------------------------------------------------------------------------

    def registrations(self):
        from scheduling.models import Attendance, Registration

        rng = self.rng
        now = self.now
        members = defaultdict(list)  # org id -> user indexes
        for index, person in enumerate(self.users):
            members[person[1]].append(index)
        everyone = list(range(len(self.users)))
        rows, marks = [], []
        self.attended = []  # (user index, session info, attended slots, hours)
        registration_id = 1
        target = TARGETS["registrations"]
        # The demand of a session, in capacities; tuned so that the total is near target.
        spread = (0.7, 1.4)
        for session in self.session_info:
            pool = everyone
            if session["invited"]:
                pool = [i for org in session["invited"] for i in members[org]]
            capacity = session["capacity"]
            demand = round(capacity * rng.uniform(*spread))
            leavers = min(len(pool), int(rng.expovariate(1 / 1.6)))
            chosen, seen = [], set()
            tries = 0
            wanted = min(len(pool), demand + leavers)
            while len(chosen) < wanted and tries < wanted * 20:
                tries += 1
                index = rng.choice(pool)
                if index in seen:
                    continue
                person = self.users[index]
                if session["audience"] and person[2] not in session["audience"]:
                    continue
                if person[6] > session["starts"] - DAY:
                    continue
                if session["status"] == "scheduled" and not person[5]:
                    continue
                seen.add(index)
                chosen.append(index)
            cancelled, staying = chosen[:leavers], chosen[leavers:]
            seated, waiting = staying[:capacity], staying[capacity:]
            starts = session["starts"]
            status = session["status"]
            for index in cancelled:
                created = starts - (5 + rng.random() * 40) * DAY
                cancelled_at = min(now, created + rng.random() * (starts - created))
                rows.append(self._registration(registration_id, session, index, "cancelled",
                                               created, cancelled_at=cancelled_at))
                registration_id += 1
            for position, index in enumerate(waiting):
                created = starts - (2 + rng.random() * 30) * DAY
                if status == "scheduled":
                    created = min(created, now - 60)
                    rows.append(self._registration(registration_id, session, index, "waiting",
                                                   created, waiting_since=created + position))
                else:  # the waiting list is cancelled at closing (or with the session)
                    ended = session["closed_at"] or session["cancelled_at"]
                    rows.append(self._registration(registration_id, session, index,
                                                   "cancelled", created, cancelled_at=ended))
                registration_id += 1
            for index in seated:
                created = starts - (3 + rng.random() * 50) * DAY
                if status == "scheduled":
                    rows.append(self._registration(registration_id, session, index,
                                                   "registered", min(created, now - 60)))
                elif status == "cancelled":
                    rows.append(self._registration(registration_id, session, index, "cancelled",
                                                   created, cancelled_at=session["cancelled_at"]))
                else:
                    outcome = weighted(rng, (("attended", 0.82), ("absent", 0.12),
                                             ("excused", 0.06)))
                    present = []
                    for slot_id, slot_start, slot_end in session["slots"]:
                        mark = {"attended": "present", "absent": "absent",
                                "excused": "excused"}[outcome]
                        if (outcome == "attended" and len(session["slots"]) > 1 and present
                                and rng.random() < 0.1):
                            mark = "absent"
                        if mark == "present":
                            present.append((slot_id, slot_start, slot_end))
                        marks.append((registration_id, slot_id, mark, "trainer",
                                      session["trainers"][0] if session["trainers"] else None,
                                      _dt(slot_end)))
                    hours = sum(Decimal(round((e - s) / 3600, 2)) for _i, s, e in present)
                    rows.append(self._registration(registration_id, session, index, outcome,
                                                   created, hours=hours,
                                                   updated=session["closed_at"]))
                    if outcome == "attended":
                        self.attended.append((index, session, present, hours))
                registration_id += 1
        self.copier.copy(Registration, (
            "id", "session", "user", "status", "registered_by", "walk_in", "waiting_since",
            "promoted_at", "cancelled_at", "reminder_sent_at", "hours_attended", "created_at",
            "updated_at"), rows, large=True)
        self.copier.copy(Attendance, ("registration", "slot", "status", "method", "marked_by",
                                      "marked_at"), marks, large=True)
        if abs(len(rows) - target) > target * 0.05:
            self.out(f"  note: {len(rows)} registrations for a target of {target}")

    def _registration(self, pk, session, index, status, created, *, cancelled_at=None,
                      waiting_since=None, hours=Decimal("0"), updated=None):
        person = self.users[index]
        by = self.hr_ids.get(person[1]) if self.rng.random() < 0.2 else None
        if by == person[0]:
            by = None
        reminder = (_dt(session["starts"] - 2 * DAY)
                    if status in ("attended", "absent", "excused") else None)
        last = updated or cancelled_at or waiting_since or created
        return (pk, session["id"], person[0], status, by, False,
                _dt(waiting_since) if waiting_since else None, None,
                _dt(cancelled_at) if cancelled_at else None, reminder, hours, _dt(created),
                _dt(last))

    # Certificates ---------------------------------------------------------------------------

    def certificates(self):
        from django.utils import translation

        from accounts.models import JobRole
        from certificates.models import Certificate

        rng = self.rng
        with translation.override("fr"):
            labels = {code: str(label) for code, label in JobRole.choices}
        events = []  # (issued, kind, user index, subject id, snapshot builder arguments)
        for index, module_pk, _started, _steps, completed in self.progress_rows:
            if completed is not None:
                events.append((completed, "module", index, module_pk, None))
        for index, learning_path, completed in self.path_done:
            events.append((completed, "path", index, learning_path["pk"], learning_path))
        for index, session, present, hours in self.attended:
            events.append((session["closed_at"], "session", index, session["id"],
                           (session, present, hours)))
        events.sort(key=lambda e: e[0])
        keep = events[-TARGETS["certificates"]:]
        self.certificates_since = keep[0][0] if keep else self.now
        self.out(f"  certificates issued since {_local(self.certificates_since):%Y-%m-%d} "
                 f"({len(keep)} of {len(events)} completions and presences)")

        def snapshot(kind, index, subject, extra, issued):
            person = self.users[index]
            data = {"recipient_name": f"{person[3]} {person[4]}",
                    "job_role": labels.get(person[2], person[2]),
                    "organisation": self.org_names.get(person[1], "")}
            day = _local(issued).date().isoformat()
            if kind == "module":
                module = self.module_by_pk[subject]
                data.update(title=module["title"], dates=[day],
                            hours=round(module["minutes"] / 60, 2), trainers=[],
                            description=module["summary"])
            elif kind == "path":
                titles = [self.module_by_pk[m]["title"] for m in extra["modules"]
                          if m in self.module_by_pk]
                minutes = sum(self.module_by_pk[m]["minutes"] for m in extra["modules"]
                              if m in self.module_by_pk)
                data.update(title=extra["title"], dates=[day], hours=round(minutes / 60, 2),
                            trainers=[], description=extra["summary"], modules=titles)
            else:
                session, present, hours = extra
                data.update(
                    title=session["title"],
                    dates=sorted({_local(s).date().isoformat() for _i, s, _e in present}),
                    hours=float(hours),
                    trainers=[self.trainer_names[t] for t in session["trainers"]],
                    description=session["topic"], place=session["location"],
                    slots=[f"{_local(s):%d/%m/%Y %H:%M}–{_local(e):%H:%M}"
                           for _i, s, e in present])
            return json.dumps(data, ensure_ascii=False)

        def rows():
            for issued, kind, index, subject, extra in keep:
                person = self.users[index]
                yield (kind, subject, person[0], person[1],
                       snapshot(kind, index, subject, extra, issued), certificate_code(rng),
                       _dt(issued), "valid", None, "")

        self.copier.copy(Certificate, ("kind", "subject_id", "recipient", "organisation",
                                       "snapshot", "code", "issued_at", "status", "revoked_at",
                                       "revocation_reason"), rows(), large=True)

    # Assignments ----------------------------------------------------------------------------

    def assignments(self):
        from courses.models import Assignment

        rng = self.rng
        today = _local(self.now).date()
        members = defaultdict(list)
        hr = set(self.hr_ids.values())
        for person in self.users:
            if person[5] and person[0] not in hr:
                members[person[1]].append(person[0])
        rows = []
        for org_id in self.org_ids:
            hr = self.hr_ids[org_id]
            for _n in range(rng.randint(2, 5)):
                role = weighted(rng, JOB_ROLES)
                module, path = self._item()
                due = today + timedelta(days=rng.randint(-150, 150))
                rows.append((org_id, module, path, role, None, due, hr,
                             _dt(self.now - rng.randint(30, 400) * DAY)))
            for _n in range(rng.randint(0, 3)):
                if not members[org_id]:
                    break
                module, path = self._item()
                due = today + timedelta(days=rng.randint(-60, 120))
                rows.append((org_id, module, path, "", rng.choice(members[org_id]), due, hr,
                             _dt(self.now - rng.randint(10, 300) * DAY)))
        self.copier.copy(Assignment, ("organisation", "module", "path", "job_role", "person",
                                      "due_date", "created_by", "created_at"), rows)

    def _item(self):
        if self.paths and self.rng.random() < 0.3:
            return None, self.rng.choice(self.paths)["pk"]
        return self.rng.choice(self.modules)["pk"], None

    def sequences(self):
        from django.apps import apps
        from django.core.management.color import no_style

        labels = set(self.copier.counts)
        models = [m for m in apps.get_models(include_auto_created=True)
                  if m._meta.label in labels]
        statements = self.connection.ops.sequence_reset_sql(no_style(), models)
        with self.connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def search_index_organisations():
    """Organisations are searchable in the admin: index them as their save would have."""
    from wagtail.search.backends import get_search_backend

    from accounts.models import Organisation

    backend = get_search_backend()
    backend.add_bulk(Organisation, list(Organisation.objects.all()))

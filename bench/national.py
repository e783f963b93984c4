"""National scale: the HR, coordination, learner and trainer pages, the large exports and
registration under load, on the data of a national rollout, in PostgreSQL.

    .venv/bin/python bench/national.py [--rebuild] [--skip-http] [--only SECTION,…]

The data (bench/_national_data.py: 600 organisations, 100,104 people, the largest organisation
5,002 of them, 613,000 module progress rows, 990,000 quiz attempts, 10,000 sessions, about
196,000 registrations, 349,000 certificates, assignments, one HR officer per organisation,
a coordinator and 20 trainers, every staff role with its second factor) lives in the database
`reperes_national` of the local server (BENCH_POSTGRES) and is kept between runs: it is
built when missing or with --rebuild (migrate, load_content, COPY, rebuild_summaries, VACUUM
ANALYZE; under 5 minutes on two cores). Settings: bench.settings, tasks queued in the database,
no Redis (local-memory cache), persistent connections (DATABASE_CONN_MAX_AGE=60, as
docs/deployment.md recommends), media in a temporary folder.

1. Pages, each as its role, median of 7 after a warm-up, in process (django.test.Client) and
   through gunicorn with 2 workers (`..._http` lines; --skip-http leaves gunicorn out), with
   the number of queries. For a page over its target, the plan of its slowest query
   (EXPLAIN ANALYZE, BUFFERS) is printed before the results.
2. Exports: when an export is large, the view answers with a redirect to an export job
   (reports.models.ExportJob) built by the task reports.tasks.build_export, run here in
   process and timed, with its Python memory peak (tracemalloc); a small export is streamed
   at once and timed as it is read.
3. Registration under load (through gunicorn): 200 people, each logged in and holding the
   session page's CSRF token, post the registration form of one session of 10 seats at the
   same moment, from a process of their own (bench/_burst.py: the clients are not slowed by
   this benchmark's memory); after a warm-up round, three such rounds, each on a new
   session, give the median of their 95th percentiles; the sessions and their registrations
   are deleted afterwards.
4. Figures: the summary tables against the raw rows (reports.summaries.differences).

Targets, median milliseconds: HR dashboard of all organisations (coordinator) <= 300;
indicators and their CSV <= 300; dashboard search by name <= 200; staff search <= 100; HR
sessions list (coordinator, HR of the largest organisation) <= 100; dashboard of the largest
organisation (its HR) <= 150; learner, trainer and public pages <= 120. Exports: completion
matrix of all 100,000 people in XLSX <= 60 s, with a Python memory peak <= 128 MB and flat
(100,000 people against ~10,000: <= 1.5 times); attendance CSV of everyone <= 30 s, of about
15,000 rows <= 2 s. Registration: 95th percentile <= 1,000 ms, no seat overbooked. Summary
tables: no difference with the raw rows. Exits non-zero only if it could not measure.

--only pages,exports,registration,figures measures only the sections named (the data is
built or reused all the same). A whole run takes about 20 minutes on two cores, most of it the
exports (the memory run of the whole matrix under tracemalloc alone takes about 8); the
gunicorn log is /tmp/reperes-national-gunicorn.log, the query plans of the slow pages
/tmp/reperes-national-explain.txt.
"""

import argparse
import http.client
import json
import math
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import urllib.parse
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))

from bench import _postgres  # noqa: E402
from bench._exports import run_export  # noqa: E402
from bench._inprocess import median_ms  # noqa: E402
from bench._load import report, run  # noqa: E402

DB_NAME = "reperes_national"
DATA_VERSION = "1"
MARKER = "bench_national_marker"
ROUNDS = 7
LOAD_CLIENTS = 200
LOAD_CAPACITY = 10
LOAD_ROUNDS = 3
LOAD_TITLE = "Session de charge nationale (bench)"
EXPLAIN_FILE = Path(tempfile.gettempdir()) / "reperes-national-explain.txt"

results = []  # (name, value, unit, op, goal): reported at the end
failures = []  # what could not be measured
state = {"server": None, "media": None, "cleanup": [], "session_keys": []}


def info(text):
    print(text, flush=True)


def setup_environment():
    media = Path(tempfile.mkdtemp(prefix="reperes-national-media-"))
    state["media"] = media
    env = {"DJANGO_SETTINGS_MODULE": "bench.settings", "BENCH_TASKS_DB": "1",
           "DATABASE_URL": f"{_postgres.SERVER}/{DB_NAME}", "REDIS_URL": "",
           "MEDIA_ROOT": str(media), "DATABASE_CONN_MAX_AGE": "60"}
    os.environ.update(env)
    return env


# --- Data ------------------------------------------------------------------------------------

def database_exists():
    import psycopg

    with psycopg.connect(f"{_postgres.SERVER}/postgres", autocommit=True,
                         connect_timeout=3) as connection:
        return connection.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                  [DB_NAME]).fetchone() is not None


def read_marker():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s)", [MARKER])
        if cursor.fetchone()[0] is None:
            return None
        cursor.execute(f"SELECT value FROM {MARKER} WHERE key = 'build'")  # noqa: S608
        row = cursor.fetchone()
    return json.loads(row[0]) if row else None


def write_marker(data):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {MARKER} (key text PRIMARY KEY, value text)")
        cursor.execute(f"INSERT INTO {MARKER} (key, value) VALUES ('build', %s) "  # noqa: S608
                       "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                       [json.dumps(data)])


def pending_migrations():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


def rebuild_summaries():
    """`manage.py rebuild_summaries`, timed; None when the command does not exist yet."""
    from django.core.management import call_command, get_commands

    if "rebuild_summaries" not in get_commands():
        info("warning: no rebuild_summaries command yet: summary tables not built")
        return None
    started = time.perf_counter()
    call_command("rebuild_summaries", stdout=open(os.devnull, "w"))  # noqa: SIM115
    seconds = time.perf_counter() - started
    info(f"rebuild_summaries: {seconds:.1f} s")
    return seconds


def vacuum_analyze():
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)")
    info(f"VACUUM ANALYZE: {time.perf_counter() - started:.1f} s")


def build():
    import django

    from bench import _national_data as data

    _postgres.admin(f'DROP DATABASE IF EXISTS "{DB_NAME}"')
    _postgres.admin(f'CREATE DATABASE "{DB_NAME}"')
    django.setup()
    from django.core.management import call_command

    info(f"building the national data in {DB_NAME}…")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    info(f"  migrate: {time.perf_counter() - started:.1f} s")
    step = time.perf_counter()
    call_command("load_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    info(f"  load_content: {time.perf_counter() - step:.1f} s")
    data.Build(out=info).run()
    try:
        data.search_index_organisations()
    except Exception as error:  # noqa: BLE001 (the admin's search only)
        info(f"  note: organisations not indexed for search: {error!r}")
    summaries = rebuild_summaries()
    vacuum_analyze()
    seconds = time.perf_counter() - started
    info(f"data built in {seconds:.0f} s")
    marker = {"version": DATA_VERSION, "build_seconds": round(seconds, 1),
              "summaries_seconds": summaries, "summaries_built": summaries is not None,
              "built_at": time.strftime("%Y-%m-%d %H:%M:%S")}
    write_marker(marker)
    return marker


def ensure_data(rebuild):
    import django

    if rebuild or not database_exists():
        return build()
    django.setup()
    marker = read_marker()
    from accounts.models import Organisation

    if (marker is None or marker.get("version") != DATA_VERSION
            or Organisation.objects.count() != 600):
        info("the national database is incomplete or older: rebuilding it")
        from django.db import connections

        connections.close_all()
        return build()
    info(f"reusing the national data of {marker['built_at']} (built in "
         f"{marker['build_seconds']:.0f} s; --rebuild to build it again)")
    from django.core.management import call_command

    plan = pending_migrations()
    if plan:
        info(f"applying {len(plan)} new migration(s): "
             + ", ".join(f"{m.app_label}.{m.name}" for m, _backwards in plan))
        try:
            call_command("migrate", verbosity=0)
        except Exception as error:  # noqa: BLE001 (a migration changed since it was applied)
            info(f"migrate failed ({error!r}): rebuilding the data")
            from django.db import connections

            connections.close_all()
            return build()
    if plan or not marker.get("summaries_built"):
        seconds = rebuild_summaries()
        if seconds is not None:
            marker.update(summaries_built=True, summaries_seconds=round(seconds, 1))
            write_marker(marker)
            vacuum_analyze()
    return marker


def print_counts():
    from django.contrib.auth import get_user_model
    from django.db.models import Count

    from accounts.models import Organisation
    from certificates.models import Certificate
    from courses.models import Assignment, ModuleProgress, PathCompletion
    from quizzes.models import Attempt
    from scheduling.models import Attendance, AwarenessSession, Registration, TimeSlot

    User = get_user_model()
    largest = (User.objects.filter(organisation__isnull=False).values("organisation")
               .annotate(n=Count("pk")).order_by("-n").first())
    counts = {
        "organisations": Organisation.objects.count(), "users": User.objects.count(),
        "largest organisation": largest["n"] if largest else 0,
        "inactive users": User.objects.filter(is_active=False).count(),
        "module progress": ModuleProgress.objects.count(),
        "completed": ModuleProgress.objects.filter(completed_at__isnull=False).count(),
        "attempts": Attempt.objects.count(), "path completions": PathCompletion.objects.count(),
        "sessions": AwarenessSession.objects.count(), "time slots": TimeSlot.objects.count(),
        "registrations": Registration.objects.count(),
        "attendance marks": Attendance.objects.count(),
        "certificates": Certificate.objects.count(), "assignments": Assignment.objects.count(),
    }
    info("data: " + ", ".join(f"{name} {value:,}" for name, value in counts.items()))


# --- Who and what ------------------------------------------------------------------------------

def cast():
    """The people the pages are seen as, and a name to search."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count

    from accounts.roles import GROUP_NAMES, Role
    from certificates.models import Certificate
    from scheduling.models import AwarenessSession

    User = get_user_model()
    largest = (User.objects.filter(organisation__isnull=False).values("organisation")
               .annotate(n=Count("pk")).order_by("-n").first())["organisation"]
    hr = User.objects.get(organisation=largest, groups__name=GROUP_NAMES[Role.HR])
    coordinator = User.objects.filter(groups__name=GROUP_NAMES[Role.COORDINATOR]).first()
    trainer_pk = (AwarenessSession.trainers.through.objects.values("user")
                  .annotate(n=Count("pk")).order_by("-n").first()["user"])
    learner_pk = (Certificate.objects.filter(recipient__is_active=True,
                                             recipient__groups__name=GROUP_NAMES[Role.LEARNER])
                  .exclude(recipient__groups__name=GROUP_NAMES[Role.HR])
                  .values("recipient").annotate(n=Count("pk")).order_by("-n", "recipient")
                  .first()["recipient"])
    name = (User.objects.values("last_name").annotate(n=Count("pk"))
            .filter(n__gte=20, n__lte=40).order_by("last_name").first()["last_name"])
    return {"hr": hr, "coordinator": coordinator, "trainer": User.objects.get(pk=trainer_pk),
            "learner": User.objects.get(pk=learner_pk), "largest": hr.organisation,
            "name": name}


def pages(people):
    q = urllib.parse.quote(people["name"])
    return [
        ("dashboard_all_organisations", "/espace-rh/tableau-de-bord/", "coordinator", 300),
        ("indicators", "/espace-rh/indicateurs/", "coordinator", 300),
        ("indicators_csv", "/espace-rh/indicateurs/indicateurs.csv", "coordinator", 300),
        ("dashboard_search", f"/espace-rh/tableau-de-bord/?q={q}", "coordinator", 200),
        ("staff_search", f"/espace-rh/?q={q}", "coordinator", 100),
        ("hr_sessions_coordinator", "/espace-rh/sessions/", "coordinator", 100),
        ("hr_sessions_hr", "/espace-rh/sessions/", "hr", 100),
        ("dashboard_5000_staff", "/espace-rh/tableau-de-bord/", "hr", 150),
        ("learner_account", "/compte/", "learner", 120),
        ("learner_sessions", "/mes-sessions/", "learner", 120),
        ("learner_certificates", "/mes-attestations/", "learner", 120),
        ("trainer_home", "/formateur/", "trainer", 120),
        ("public_home", "/", None, 120),
    ]


def clients(people):
    from django.test import Client

    made = {None: Client(HTTP_HOST="127.0.0.1")}
    for role in ("coordinator", "hr", "learner", "trainer"):
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(people[role])
        made[role] = client
    return made


# --- Pages in process ------------------------------------------------------------------------

def fetch(client, url):
    response = client.get(url)
    if getattr(response, "streaming", False):
        for _chunk in response.streaming_content:
            pass
    response.close()
    return response


def check(name, response):
    if response.status_code != 200:
        location = response.get("Location", "") if hasattr(response, "get") else ""
        info(f"{name}: status {response.status_code} {location}".rstrip())
        failures.append(f"{name}: status {response.status_code}")
        return False
    return True


def measure_in_process(page_list, made):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    measured = {}
    for name, url, role, goal in page_list:
        client = made[role]
        if not check(name, fetch(client, url)):  # warm-up
            continue
        with CaptureQueriesContext(connection) as capture:
            response = fetch(client, url)
        queries = list(capture.captured_queries)  # read now: the next request resets the log
        if not check(name, response):
            continue
        statuses = []

        def once(client=client, url=url, statuses=statuses):
            statuses.append(fetch(client, url).status_code)

        median = median_ms(once, rounds=ROUNDS)
        if any(s != 200 for s in statuses):
            info(f"{name}: statuses {sorted(set(statuses))}")
            failures.append(f"{name}: statuses {sorted(set(statuses))}")
            continue
        slowest = max(queries, key=lambda q: float(q["time"]), default=None)
        measured[name] = {"ms": median, "queries": len(queries),
                          "slowest": slowest, "goal": goal, "url": url, "role": role}
        sql_ms = sum(float(q["time"]) for q in queries) * 1000
        info(f"{name}: {median:.0f} ms in process, {len(queries)} queries"
             + (f" ({sql_ms:.0f} ms in SQL, slowest {float(slowest['time']) * 1000:.0f} ms)"
                if slowest else "")
             + f" — {role or 'anonymous'} {url}")
    return measured


def explain_slow(measured):
    """The plan of the slowest query of each page over its target."""
    from django.db import connection

    slow = [(name, m) for name, m in measured.items() if m["ms"] > m["goal"] and m["slowest"]]
    if not slow:
        return
    lines = []
    for name, m in slow:
        sql = m["slowest"]["sql"]
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            plan = [row[0] for row in cursor.fetchall()]
        header = (f"== {name} ({m['url']}, {m['role']}): {m['ms']:.0f} ms, {m['queries']} "
                  f"queries; slowest query {float(m['slowest']['time']) * 1000:.0f} ms")
        lines += [header, sql, *plan, ""]
        info(header)
        for line in plan[:12]:
            info("    " + line)
        if len(plan) > 12:
            info(f"    … {len(plan) - 12} more lines in {EXPLAIN_FILE}")
    EXPLAIN_FILE.write_text("\n".join(lines))
    info(f"query plans of the slow pages: {EXPLAIN_FILE}")


# --- Gunicorn --------------------------------------------------------------------------------

def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env):
    port = free_port()
    log = Path(tempfile.gettempdir()) / "reperes-national-gunicorn.log"
    handle = open(log, "w")  # noqa: SIM115 (closed with the server)
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "config/gunicorn.py",
         "config.wsgi:application", "--workers", "2", "--bind", f"127.0.0.1:{port}"],
        cwd=BASE, env={**os.environ, **env}, stdout=handle, stderr=subprocess.STDOUT)
    state["server"] = (server, handle)
    deadline = time.monotonic() + 60
    while True:
        try:
            status, _body, _headers = http_get(port, "/health/")
            if status == 200:
                break
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"gunicorn did not start: see {log}")
        time.sleep(0.3)
    info(f"gunicorn: 2 workers on 127.0.0.1:{port}, log {log}")
    return port


def stop_gunicorn():
    if state["server"] is None:
        return
    server, handle = state["server"]
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    handle.close()
    state["server"] = None


def http_get(port, path, cookies=None, timeout=300):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())} if cookies else {}
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        return response.status, body, response.getheaders()
    finally:
        connection.close()


def session_cookies(client):
    from django.conf import settings

    cookie = client.cookies.get(settings.SESSION_COOKIE_NAME)
    if cookie is None:
        return {}
    state["session_keys"].append(cookie.value)
    return {settings.SESSION_COOKIE_NAME: cookie.value}


def measure_http(port, page_list, made, measured):
    for name, url, role, _goal in page_list:
        if name not in measured:
            continue
        cookies = session_cookies(made[role])
        statuses = []

        def once(url=url, cookies=cookies, statuses=statuses):
            statuses.append(http_get(port, url, cookies)[0])

        once()
        once()  # one warm-up per worker
        median = median_ms(once, rounds=ROUNDS)
        if any(s != 200 for s in statuses):
            info(f"{name}_http: statuses {sorted(set(statuses))}")
            failures.append(f"{name}_http: statuses {sorted(set(statuses))}")
            continue
        measured[name]["http_ms"] = median
        info(f"{name}: {median:.0f} ms through gunicorn (in process "
             f"{measured[name]['ms']:.0f} ms, {measured[name]['queries']} queries)")


# --- Exports ---------------------------------------------------------------------------------

def export_peak_mb(client, url, fresh_job=None):
    tracemalloc.start()
    try:
        run_export(client, url, fresh_job=fresh_job)
        return tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()


def people_count(viewer, query):
    from django.http import QueryDict

    from reports import stats

    params = QueryDict(query)
    filters = {k: params[k] for k in ("site", "job_role") if k in params}
    if "organisation" in params:
        from accounts.models import Organisation

        filters["organisation"] = Organisation.objects.get(pk=params["organisation"])
    return stats.staff(viewer, **filters).count()


def attendance_candidate(people):
    """A filter giving about 15,000 attendance rows: the largest organisation (its HR), or
    the coordinator's filter by site or job role nearest to 15,000."""
    from django.db.models import Count

    from scheduling.models import Registration

    rows = (Registration.objects.exclude(status=Registration.Status.CANCELLED)
            .filter(user__is_active=True, user__deleted_at__isnull=True,
                    user__organisation__isnull=False))
    candidates = [(rows.filter(user__organisation=people["largest"]).count(), "hr", "")]
    for key, param in (("user__site", "site"), ("user__job_role", "job_role")):
        for value, n in rows.order_by().values_list(key).annotate(n=Count("pk")):
            candidates.append((n, "coordinator", "?" + urllib.parse.urlencode({param: value})))
    return min(candidates, key=lambda c: abs(c[0] - 15_000))


def measure_exports(made, people):
    from django.utils import translation

    translation.activate("fr")
    coordinator = made["coordinator"]
    matrix = "/espace-rh/tableau-de-bord/suivi.xlsx"
    attendance = "/espace-rh/tableau-de-bord/presences.csv"
    ten_k = "?job_role=encadrant"
    info(f"exports: {people_count(people['coordinator'], ''):,} people in all, "
         f"{people_count(people['coordinator'], ten_k[1:]):,} with {ten_k}")

    mode, seconds, size, job = run_export(coordinator, matrix)
    info(f"matrix_xlsx_all: {mode}, {seconds:.1f} s, {size / 1024 / 1024:.1f} MiB"
         + (f" (job {job})" if job else ""))
    results.append(("matrix_xlsx_all", seconds, "s", "<=", 60))
    started = time.perf_counter()
    peak_all = export_peak_mb(coordinator, matrix, fresh_job=job)
    all_seconds = time.perf_counter() - started
    mode_10k, seconds_10k, _size, job_10k = run_export(coordinator, matrix + ten_k)
    peak_10k = export_peak_mb(coordinator, matrix + ten_k, fresh_job=job_10k)
    info(f"matrix_xlsx memory (tracemalloc peak): {peak_all:.1f} MB for all "
         f"({all_seconds:.0f} s under tracemalloc), {peak_10k:.1f} MB for {ten_k} ({mode_10k}, "
         f"{seconds_10k:.1f} s without tracemalloc)")
    results.append(("matrix_xlsx_memory_peak", peak_all, "MB", "<=", 128))
    results.append(("matrix_xlsx_memory_growth_10k_to_100k", peak_all / peak_10k, "x", "<=",
                    1.5))

    mode, seconds, size, job = run_export(coordinator, attendance)
    info(f"attendance_csv_all: {mode}, {seconds:.1f} s, {size / 1024 / 1024:.1f} MiB"
         + (f" (job {job})" if job else ""))
    results.append(("attendance_csv_all", seconds, "s", "<=", 30))

    rows, role, query = attendance_candidate(people)
    mode, seconds, size, job = run_export(made[role], attendance + query)
    info(f"attendance_csv_15k: {rows:,} rows as {role} {query or '(their organisation)'}: "
         f"{mode}, {seconds:.2f} s, {size / 1024:.0f} KiB")
    results.append(("attendance_csv_15k", seconds, "s", "<=", 2))


# --- Registration under load -----------------------------------------------------------------

def load_session():
    from datetime import timedelta

    from django.utils import timezone

    from scheduling import services
    from scheduling.models import AwarenessSession, TimeSlot

    AwarenessSession.objects.filter(title=LOAD_TITLE).delete()  # a run that stopped midway
    session = AwarenessSession.objects.create(title=LOAD_TITLE, capacity=LOAD_CAPACITY,
                                              address="1 rue des Essais, 75013 Ville",
                                              open_to_all=True)
    start = timezone.now() + timedelta(days=20)
    TimeSlot.objects.create(session=session, starts_at=start, ends_at=start + timedelta(hours=3))
    services.update_span(session)
    return session


def load_people(count):
    """One active learner (no staff role) from each of `count` organisations."""
    from django.contrib.auth import get_user_model

    from accounts.roles import GROUP_NAMES, Role

    User = get_user_model()
    staff = User.objects.filter(groups__name__in=[GROUP_NAMES[r] for r in (
        Role.HR, Role.TRAINER, Role.COORDINATOR)]).values("pk")
    chosen = {}
    for person in (User.objects.filter(is_active=True, organisation__kind="landlord")
                   .exclude(pk__in=staff).order_by("organisation", "pk").iterator()):
        if person.organisation_id not in chosen:
            chosen[person.organisation_id] = person
            if len(chosen) == count:
                break
    return list(chosen.values())


def measure_registration(port):
    """A warm-up round, then LOAD_ROUNDS rounds of the load, each on a new session: the median
    of their 95th percentiles (one round alone varies by a tenth on this machine), and the
    worst overbooking of any round."""
    from django.conf import settings

    p95s, overbooked = [], 0
    # Round 0 warms the workers' first POST (modules imported on first use, as the pages'
    # warm-up does for theirs); it counts for overbooking, not for the latency.
    for round_number in range(LOAD_ROUNDS + 1):
        p95, seated, session = registration_round(port, round_number)
        if round_number:
            p95s.append(p95)
        overbooked = max(overbooked, seated - LOAD_CAPACITY)
    one_registration(session)
    limits = {**settings.ACCOUNT_RATE_LIMITS, **getattr(settings, "REPERES_RATE_LIMITS", {})}
    named = [k for k in limits if "regist" in k or "session" in k]
    info(f"rate limits: {', '.join(sorted(limits))} — "
         + (f"{', '.join(named)} may apply" if named else "none applies to registering"))
    info(f"registration p95 of the {LOAD_ROUNDS} rounds: "
         + ", ".join(f"{p:.0f} ms" for p in p95s))
    results.append(("registration_p95", statistics.median(p95s), "ms", "<=", 1000))
    results.append(("registration_overbooked", max(0, overbooked), "seats", "<=", 0))


def registration_round(port, round_number):
    """One round: LOAD_CLIENTS people post the registration form at the same moment.
    Returns (p95 in ms, seats taken, the session)."""
    from django.conf import settings
    from django.test import Client

    from scheduling.models import Registration

    session = load_session()
    state["cleanup"].append(lambda: type(session).objects.filter(pk=session.pk).delete())
    people = load_people(LOAD_CLIENTS)
    page = f"/sessions/{session.pk}/"
    token_field = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

    def prepare(person):
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(person)
        cookies = session_cookies(client)
        status, body, headers = http_get(port, page, cookies)
        if status != 200:
            raise RuntimeError(f"{page} answered {status} to {person.email}")
        for name, value in headers:
            if name.lower() == "set-cookie" and value.startswith(settings.CSRF_COOKIE_NAME + "="):
                cookies[settings.CSRF_COOKIE_NAME] = value.split(";", 1)[0].split("=", 1)[1]
        match = token_field.search(body.decode())
        if match is None:
            raise RuntimeError(f"no registration form on {page} for {person.email}")
        return cookies, match.group(1)

    prepared = [prepare(person) for person in people]
    burst = {"port": port, "path": f"/sessions/{session.pk}/inscription/", "requests": [
        {"cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()),
         "body": urllib.parse.urlencode({"csrfmiddlewaretoken": token})}
        for cookies, token in prepared]}
    sent = subprocess.run([sys.executable, str(BASE / "bench" / "_burst.py")],
                          input=json.dumps(burst), capture_output=True, text=True, check=True,
                          timeout=300)
    outcomes = [tuple(outcome) for outcome in json.loads(sent.stdout)]
    latencies = sorted(ms for _status, ms in outcomes)
    p95 = latencies[math.ceil(0.95 * len(latencies)) - 1]
    by_status = {s: sum(1 for o in outcomes if o[0] == s) for s in {o[0] for o in outcomes}}
    registrations = Registration.objects.filter(session=session)
    seated = registrations.seated().count()
    waiting = registrations.filter(status=Registration.Status.WAITING).count()
    refused = len(prepared) - registrations.count()
    expected = seated == LOAD_CAPACITY and seated + waiting + refused == len(prepared)
    info(f"registration round {round_number}: {len(prepared)} simultaneous POSTs, statuses "
         f"{by_status}; latency median {statistics.median(latencies):.0f} ms, p95 {p95:.0f} ms, "
         f"max {latencies[-1]:.0f} ms; {seated} seated, {waiting} waiting, {refused} refused "
         f"({'as expected' if expected else 'NOT as expected'}); "
         f"{by_status.get(429, 0)} answers 429")
    return p95, seated, session


def one_registration(session):
    """One more person registers, in process and alone: the work of one POST (the load
    above measures queueing too)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from scheduling.models import Registration

    person = next(p for p in load_people(LOAD_CLIENTS + 1)
                  if not Registration.objects.filter(session=session, user=p).exists())
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(person)
    session_cookies(client)
    url = f"/sessions/{session.pk}/inscription/"
    with CaptureQueriesContext(connection) as capture:
        started = time.perf_counter()
        response = client.post(url)
        elapsed = (time.perf_counter() - started) * 1000
    queries = list(capture.captured_queries)
    sql_ms = sum(float(q["time"]) for q in queries) * 1000
    info(f"one registration alone, in process: status {response.status_code}, {elapsed:.0f} ms, "
         f"{len(queries)} queries ({sql_ms:.0f} ms in SQL)")


# --- Figures ---------------------------------------------------------------------------------

def measure_differences(people):
    try:
        from reports.summaries import differences
    except ImportError:
        info("warning: reports.summaries.differences does not exist yet: figures not checked")
        return
    total = 0
    for label, organisation in (("all organisations", None),
                                ("the largest organisation", people["largest"])):
        started = time.perf_counter()
        found = differences(organisation=organisation)
        info(f"summary differences, {label}: {len(found)} in "
             f"{time.perf_counter() - started:.1f} s")
        for line in found[:5]:
            info(f"    {line}")
        total += len(found)
    results.append(("summary_differences", total, "rows", "<=", 0))


# --- Clean-up --------------------------------------------------------------------------------

def started_marks():
    """What exists before the run, to delete what the run adds (jobs, queued tasks)."""
    from django_tasks_db.models import DBTaskResult

    marks = {"tasks": set(DBTaskResult.objects.values_list("pk", flat=True))}
    try:
        from reports.models import ExportJob

        marks["jobs"] = ExportJob.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    except ImportError:
        marks["jobs"] = None
    return marks


def forget_run(marks):
    from django.contrib.sessions.models import Session
    from django_tasks_db.models import DBTaskResult

    for action in state["cleanup"]:
        action()
    state["cleanup"].clear()
    if marks.get("jobs") is not None:
        from reports.models import ExportJob

        for job in ExportJob.objects.filter(pk__gt=marks["jobs"]):
            if job.file:
                job.file.delete(save=False)
            job.delete()
    DBTaskResult.objects.exclude(pk__in=marks["tasks"]).delete()
    Session.objects.filter(pk__in=state["session_keys"]).delete()


def cleanup():
    stop_gunicorn()
    if state["media"] is not None:
        shutil.rmtree(state["media"], ignore_errors=True)


# --- Main ------------------------------------------------------------------------------------

SECTIONS = ("pages", "exports", "registration", "figures")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rebuild", action="store_true", help="build the data again")
    parser.add_argument("--skip-http", action="store_true",
                        help="leave gunicorn out (pages in process only, no registration load)")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"measure only these sections, among {', '.join(SECTIONS)}")
    args = parser.parse_args()
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    if only - set(SECTIONS):
        parser.error(f"unknown section(s): {', '.join(sorted(only - set(SECTIONS)))}")
    env = setup_environment()
    started = time.perf_counter()
    marker = ensure_data(args.rebuild)
    print_counts()
    info(f"data ready in {time.perf_counter() - started:.0f} s "
         f"(build time {marker['build_seconds']:.0f} s"
         + (f", of which rebuild_summaries {marker['summaries_seconds']:.0f} s"
            if marker.get("summaries_seconds") else "") + ")")

    marks = started_marks()
    port = None
    try:
        people = cast()
        info(f"as: coordinator {people['coordinator'].email}, HR {people['hr'].email} "
             f"({people['largest'].name}), learner {people['learner'].email}, trainer "
             f"{people['trainer'].email}; name searched: {people['name']!r}")
        made = clients(people)
        for client in made.values():
            session_cookies(client)
        if not args.skip_http and only & {"pages", "registration"}:
            port = start_gunicorn(env)
        if "pages" in only:
            page_list = pages(people)
            measured = measure_in_process(page_list, made)
            if port:
                measure_http(port, page_list, made, measured)
            explain_slow(measured)
            for name, m in measured.items():
                results.append((name, m["ms"], "ms", "<=", m["goal"]))
                if "http_ms" in m:
                    results.append((f"{name}_http", m["http_ms"], "ms", "<=", m["goal"]))
        if "exports" in only:
            try:
                measure_exports(made, people)
            except Exception as error:  # noqa: BLE001 (reported; the rest still measures)
                info(f"exports: could not measure: {error!r}")
                failures.append(f"exports: {error!r}")
        if "registration" in only:
            if port:
                measure_registration(port)
            else:
                info("registration under load: skipped (--skip-http)")
        stop_gunicorn()
    finally:
        forget_run(marks)
    if "figures" in only:
        measure_differences(people)

    for result in results:
        report(*result)
    if failures:
        raise RuntimeError("not measured: " + "; ".join(failures))


if __name__ == "__main__":
    run(main, cleanup=cleanup)

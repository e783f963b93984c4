"""A throw-away PostgreSQL database for a benchmark, on the local server (BENCH_POSTGRES)."""

import os

SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")


def admin(sql):
    """Run `sql` on the server's maintenance database (CREATE and DROP DATABASE)."""
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True, connect_timeout=3) as connection:
        connection.execute(sql)


def answers():
    try:
        admin("SELECT 1")
    except Exception:  # noqa: BLE001 (no server)
        return False
    return True


def create_database(name):
    """A fresh database `name`, Django set up on it (bench settings, tasks in the database,
    no Redis) and migrated."""
    admin(f'DROP DATABASE IF EXISTS "{name}"')
    admin(f'CREATE DATABASE "{name}"')
    os.environ.update({"DJANGO_SETTINGS_MODULE": "bench.settings", "BENCH_TASKS_DB": "1",
                       "DATABASE_URL": f"{SERVER}/{name}", "REDIS_URL": ""})
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def drop_database(name):
    try:
        from django.db import connections

        connections.close_all()
        admin(f'DROP DATABASE IF EXISTS "{name}"')
    except Exception:  # noqa: BLE001, S110 (the database may not exist)
        pass

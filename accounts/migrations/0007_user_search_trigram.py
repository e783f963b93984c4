"""Trigram indexes for the staff search (PostgreSQL only; SQLite scans, which is fine at its
size). Django writes `name__icontains=x` as UPPER("name"::text) LIKE UPPER('%x%'): the indexes
are on that very expression, so the planner can use them."""

from django.db import migrations

COLUMNS = ("first_name", "last_name", "email")


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in COLUMNS:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS accounts_user_{column}_trgm ON accounts_user '
            f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)')
    schema_editor.execute('CREATE INDEX IF NOT EXISTS accounts_user_employee_id_upper '
                          'ON accounts_user ((UPPER("employee_id"::text)))')


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS accounts_user_{column}_trgm")
    schema_editor.execute("DROP INDEX IF EXISTS accounts_user_employee_id_upper")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0006_user_name_indexes")]

    operations = [migrations.RunPython(create, drop)]

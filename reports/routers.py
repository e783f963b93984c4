"""Reads of the summary tables from a replica (DATABASE_REPLICA_URL), writes to the primary.

Only the summaries move: they are what the dashboards and indicators read in bulk, and a
second or two of replication lag does not matter there. Inside a transaction (the summaries'
own upkeep) every read stays on the primary.
"""

from django.db import connections


class ReplicaRouter:
    SUMMARIES = {"staffsummary", "completioncell", "monthcell", "modulemonthcell"}

    def db_for_read(self, model, **hints):
        if (model._meta.app_label == "reports" and model._meta.model_name in self.SUMMARIES
                and not connections["default"].in_atomic_block):
            return "replica"
        return None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"

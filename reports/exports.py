"""The rows of the HR spreadsheet exports (core.spreadsheets writes them as CSV or XLSX).

Rows come from generators that read the people by chunks, so memory stays flat whatever
the number of rows.
"""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import JobRole
from courses.progress import COMPLETED, IN_PROGRESS, Progress

from .stats import Status, status_from

CHUNK = 2000


def _by_name(rows):
    """`rows` (values of people: pk, last name, first name first) CHUNK at a time in name
    order, each batch starting after the last one's last person (the index on names serves
    it; nothing is kept from one batch to the next, so memory stays flat)."""
    rows = rows.order_by("last_name", "first_name", "pk")
    after = None
    while True:
        batch = rows
        if after is not None:
            last_name, first_name, pk = after
            batch = batch.filter(
                Q(last_name__gt=last_name)
                | Q(last_name=last_name, first_name__gt=first_name)
                | Q(last_name=last_name, first_name=first_name, pk__gt=pk))
        batch = list(batch[:CHUNK])
        if not batch:
            return
        yield batch
        after = (batch[-1][1], batch[-1][2], batch[-1][0])


def matrix_rows(people, modules, paths, *, with_organisation=False):
    """The completion matrix: one row per person, one column per module and per path.

    A module cell is its completion date, "en cours" once started, empty otherwise; a path
    cell is its completion date (courses.progress reads them, by chunks of people). The
    status is the summary table's (reports.stats.staff annotates it).
    """
    header = [_("Nom"), _("Prénom"), _("E-mail"), _("Matricule"), _("Métier"),
              _("Site ou agence")]
    if with_organisation:
        header.append(_("Organisation"))
    header += [_("Statut"), _("Modules terminés")]
    header += [_("Module : %(title)s") % {"title": m.title} for m in modules]
    header += [_("Parcours : %(title)s") % {"title": p.title} for p in paths]
    yield header
    in_progress = _("en cours")
    job_roles = {value: str(label) for value, label in JobRole.choices}
    statuses = {value: str(label) for value, label in Status.CHOICES}
    module_ids = [module.pk for module in modules]
    path_ids = [learning_path.pk for learning_path in paths]
    zone = timezone.get_current_timezone()
    fields = ("pk", "last_name", "first_name", "email", "employee_id", "job_role", "site",
              "organisation__name", "has_overdue", "has_pending", "has_assignment")
    for batch in _by_name(people.values_list(*fields)):
        # Values, not model instances: a hundred thousand people go through here.
        persons = {values[0]: values for values in batch}
        chunk = list(persons)
        tracker = Progress(chunk, assignments=False, activity=False)
        for pk in chunk:
            person = persons.get(pk)
            if person is None:
                continue
            (_pk, last_name, first_name, email, employee_id, job_role, site, organisation,
             overdue, pending, assigned) = person
            row = [last_name, first_name, email, employee_id, job_roles.get(job_role, job_role),
                   site]
            if with_organisation:
                row.append(organisation or "")
            row.append(statuses[status_from(overdue, pending, assigned)])
            row.append(tracker.modules_completed(pk))
            for module_id in module_ids:
                state, completed_at, _updated_at = tracker.module_state(pk, module_id)
                row.append(completed_at.astimezone(zone).date() if state == COMPLETED
                           else in_progress if state == IN_PROGRESS else "")
            for path_id in path_ids:
                done = tracker.path_completed_at(pk, path_id)
                row.append(done.astimezone(zone).date() if done else "")
            yield row
        del tracker  # freed before the next batch is read: memory stays flat

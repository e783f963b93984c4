"""The person's sessions in their data export; deletion frees the seats they held."""


def export_registrations(user):
    from .models import Registration

    return [
        {"session": r.session.title,
         "debut": r.session.starts_at.isoformat() if r.session.starts_at else None,
         "etat": r.status, "heures_de_presence": str(r.hours_attended),
         "inscrit_le": r.created_at.isoformat()}
        for r in Registration.objects.filter(user=user).select_related("session")
    ]


def erase_registrations(user):
    """Upcoming seats go to the waiting list; past attendance stays for the statistics."""
    from . import services
    from .models import CalendarFeed, Registration

    for registration in Registration.objects.filter(
            user=user, status__in=[Registration.Status.REGISTERED, Registration.Status.WAITING]):
        services.cancel(registration, by=user, force=True, notify=False)
    CalendarFeed.objects.filter(user=user).delete()

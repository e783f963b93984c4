"""The person's sessions in their data export; deletion frees the seats they held."""


def export_registrations(user):
    from .models import CalendarFeed, Registration

    registrations = [
        {"session": r.session.title,
         "debut": r.session.starts_at.isoformat() if r.session.starts_at else None,
         "etat": r.status, "heures_de_presence": str(r.hours_attended),
         "inscrit_le": r.created_at.isoformat(),
         "presences": [
             {"creneau_debut": a.slot.starts_at.isoformat(),
              "creneau_fin": a.slot.ends_at.isoformat(),
              "presence": a.status, "pointage": a.method, "le": a.marked_at.isoformat()}
             for a in r.attendances.all()]}
        for r in Registration.objects.filter(user=user).select_related("session")
        .prefetch_related("attendances__slot")
    ]
    feed = CalendarFeed.objects.filter(user=user).first()
    return {"inscriptions": registrations,
            "calendrier": {"adresse": feed.get_absolute_url(),
                           "cree_le": feed.created_at.isoformat()} if feed else None}


def erase_registrations(user):
    """Upcoming seats go to the waiting list; past attendance stays for the statistics."""
    from . import services
    from .models import CalendarFeed, Registration

    for registration in Registration.objects.filter(
            user=user, status__in=[Registration.Status.REGISTERED, Registration.Status.WAITING]):
        services.cancel(registration, by=user, force=True, notify=False)
    CalendarFeed.objects.filter(user=user).delete()

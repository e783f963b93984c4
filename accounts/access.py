"""The one place that answers "which objects may this user see?".

Every view that lists or fetches people, or anything that belongs to them, goes through
these functions instead of deciding access on its own:

- a coordinator (or superuser) sees every organisation;
- an HR officer sees their own organisation only;
- a team leader sees, besides, the training of their own team (team_of), read-only;
- everybody else sees only what is theirs.

Objects outside the scope are answered with 404, never 403, so that HR of one landlord
cannot even learn that another landlord's staff member exists.
"""

from functools import wraps

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from .mfa import second_factor_setup
from .models import Organisation
from .roles import Role, has_role, waits_for_second_factor


def is_coordinator(user):
    """The coordination (superusers too), once their second factor is set up (roles_of)."""
    return user.is_authenticated and has_role(user, Role.COORDINATOR)


def is_hr(user):
    return user.is_authenticated and has_role(user, Role.HR) and user.organisation_id is not None


def can_use_hr_space(user):
    return is_coordinator(user) or is_hr(user)


def is_manager(user):
    """A team leader (encadrant·e) of an organisation, once their second factor is set up."""
    return (user.is_authenticated and has_role(user, Role.MANAGER)
            and user.organisation_id is not None)


def team_of(user):
    """The active people of `user`'s organisation whose manager is `user` (whatever their
    roles: the views ask is_manager). Nobody for someone without an organisation."""
    if not user.is_authenticated or user.organisation_id is None:
        return get_user_model().objects.none()
    return get_user_model().objects.filter(
        manager=user, organisation_id=user.organisation_id, is_active=True,
        deleted_at__isnull=True)


def visible_organisations(user):
    if is_coordinator(user):
        return Organisation.objects.all()
    if is_hr(user):
        return Organisation.objects.filter(pk=user.organisation_id)
    return Organisation.objects.none()


def scope_to_user(user, queryset, *, organisation_field="organisation", person_field=None):
    """Restrict `queryset` to what `user` may see.

    `organisation_field` is the lookup from the model to its Organisation (for example
    "user__organisation" for a registration). `person_field` is the lookup to the person
    it belongs to, if any, so that a learner still sees their own rows.
    """
    if is_coordinator(user):
        return queryset
    if is_hr(user):
        return queryset.filter(**{organisation_field: user.organisation_id})
    if person_field and user.is_authenticated:
        return queryset.filter(**{person_field: user.pk})
    return queryset.none()


def visible_users(user):
    users = get_user_model().objects.filter(deleted_at__isnull=True)
    return scope_to_user(user, users, organisation_field="organisation", person_field="pk")


def get_visible_user_or_404(user, pk):
    return get_object_or_404(visible_users(user).select_related("organisation"), pk=pk)


# --- The role checks of the staff spaces' views ----------------------------------------------
# Logged in, then the role; anyone else gets 403. A staff role counts only once its second
# factor is set up (accounts.roles), so these checks require it too, whatever the URL: a
# person whose staff role waits for it is sent to set it up, and comes back.

def _requires(allowed, view):
    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not allowed(request.user):
            if waits_for_second_factor(request.user):
                return second_factor_setup(request)
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def hr_required(view):
    """HR of an organisation, or the coordination."""
    return _requires(can_use_hr_space, view)


def trainer_required(view):
    """A trainer, or the coordination."""
    return _requires(lambda user: has_role(user, Role.TRAINER) or is_coordinator(user), view)


def coordinator_required(view):
    """The coordination only (HR get 403 too)."""
    return _requires(is_coordinator, view)


def manager_required(view):
    """A team leader (HR and the coordination too get 403 unless they lead a team)."""
    return _requires(is_manager, view)


def get_team_member_or_404(user, pk):
    """One person of `user`'s team; 404 for anyone else, as for HR of another organisation."""
    return get_object_or_404(team_of(user).select_related("organisation"), pk=pk)

from django.utils.functional import SimpleLazyObject

from . import access
from .roles import ADMIN_ROLES, Role, roles_of


def roles(request):
    """What the navigation needs to know about the current user, computed on first use."""

    def build():
        user = request.user
        current = roles_of(user)
        return {
            "is_learner": Role.LEARNER in current,
            "is_trainer": Role.TRAINER in current,
            "can_use_hr_space": access.can_use_hr_space(user),
            "is_manager": access.is_manager(user),
            "is_coordinator": access.is_coordinator(user),
            "can_use_admin": bool(current & ADMIN_ROLES) or user.is_superuser,
        }

    return {"user_roles": SimpleLazyObject(build)}

"""Who may act on a session in the Wagtail admin: the model permissions of the role,
narrowed to the sessions the person runs (the coordination runs them all). Wagtail asks this
policy before it shows an action on a session."""

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import services
from .models import AwarenessSession


class SessionPermissionPolicy(ModelPermissionPolicy):
    """The model permissions of the role, narrowed to the sessions the person runs."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return (self.user_has_any_permission(user, actions)
                and services.trained_by(user).filter(pk=instance.pk).exists())

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return AwarenessSession.objects.none()
        return services.trained_by(user)


def register():
    register_permission_policy(AwarenessSession, SessionPermissionPolicy(AwarenessSession))

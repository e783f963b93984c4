from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True  # this module holds a second config, for wagtail.users
    name = "accounts"
    verbose_name = _("Comptes et organisations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .groups import sync_role_groups

        post_migrate.connect(sync_role_groups, sender=self,
                             dispatch_uid="accounts.sync_role_groups")


class UsersConfig(WagtailUsersAppConfig):
    """wagtail.users, with the programme's user editor (accounts.admin_users)."""

    user_viewset = "accounts.admin_users.UserViewSet"

"""Create the role groups and give them their permissions. Runs after every migrate."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from .roles import GROUP_NAMES, Role

ADMIN_ACCESS = "wagtailadmin.access_admin"
_MEDIA = [
    "wagtailimages.add_image", "wagtailimages.change_image", "wagtailimages.choose_image",
    "wagtaildocs.add_document", "wagtaildocs.change_document", "wagtaildocs.choose_document",
]
_PAGES = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]

# Model permissions per role, as "app_label.codename". Apps above accounts add theirs with
# the Wagtail hook HOOK: a function returning {role: [permissions]}.
HOOK = "reperes_role_permissions"
ROLE_PERMISSIONS = {
    Role.LEARNER: [],
    Role.HR: [],
    # A team leader reads their team's progress in the HR space: no model permission.
    Role.MANAGER: [],
    # The research team reads anonymous results on its own pages (evaluation): nothing here.
    Role.RESEARCH: [],
    Role.TRAINER: [ADMIN_ACCESS],
    Role.EDITOR: [ADMIN_ACCESS, *_MEDIA],
    # Clinical reviewers approve the guide and the modules in the "Relecture clinique"
    # workflow (guide.review), and may correct a wording while they read.
    Role.REVIEWER: [ADMIN_ACCESS],
    Role.COORDINATOR: [
        ADMIN_ACCESS, *_MEDIA,
        "accounts.add_organisation", "accounts.change_organisation",
        "accounts.view_organisation", "accounts.delete_organisation",
        "accounts.view_invitation", "accounts.change_invitation",
        "accounts.add_user", "accounts.change_user", "accounts.view_user",
        "core.change_programmesettings", "core.view_programmesettings",
        "core.change_navigationsettings", "core.view_navigationsettings",
        "wagtailimages.delete_image", "wagtaildocs.delete_document",
    ],
}
# Reviewers get theirs on the guide and the modules only (guide.review).
PAGE_ROLES = {Role.EDITOR: _PAGES, Role.COORDINATOR: _PAGES}
COLLECTION_ROLES = (Role.EDITOR, Role.COORDINATOR)


def role_permissions():
    """Each role's permissions: accounts' own, then those the apps' hooks add."""
    from wagtail import hooks

    merged = {role: list(permissions) for role, permissions in ROLE_PERMISSIONS.items()}
    for add in hooks.get_hooks(HOOK):
        for role, permissions in add().items():
            merged[Role(role)].extend(p for p in permissions if p not in merged[Role(role)])
    return merged


def _permissions(names):
    wanted = {tuple(name.split(".", 1)) for name in names}
    found = Permission.objects.filter(
        content_type__app_label__in={a for a, _ in wanted}, codename__in={c for _, c in wanted}
    ).select_related("content_type")
    return [p for p in found if (p.content_type.app_label, p.codename) in wanted]


def sync_role_groups(**kwargs):
    from wagtail.snippets.models import create_extra_permissions

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    # Wagtail adds publish/lock permissions for snippets after our post_migrate: create them
    # now, so that the groups get them on the first migrate.
    create_extra_permissions(apps.get_app_config("wagtailsnippets"))
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    permissions = role_permissions()
    for role, name in GROUP_NAMES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(_permissions(permissions[role]))
        if root_page is not None:
            for codename in PAGE_ROLES.get(role, []):
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page,
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    ),
                )
        if root_collection is not None and role in COLLECTION_ROLES:
            for perm in _permissions(_MEDIA):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=perm
                )

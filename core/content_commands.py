"""What load_content and export_content share: each app's ``content`` module, in the order of
INSTALLED_APPS (the site first, the guide before the modules that link to it)."""

from importlib import import_module

from django.apps import apps


def content_modules():
    modules = []
    for app_config in apps.get_app_configs():
        try:
            module = import_module(f"{app_config.name}.content")
        except ModuleNotFoundError as error:
            if error.name != f"{app_config.name}.content":
                raise
            continue
        if hasattr(module, "load"):  # quizzes' files are read by the modules that use them
            modules.append(module)
    return modules

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def admin_accessibility():
    """Names for the admin fields Wagtail leaves unnamed (site/static/js/admin-a11y.js)."""
    return format_html('<script src="{}" defer></script>', static("js/admin-a11y.js"))

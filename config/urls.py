from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views
from core import routing
from core import views as core_views

handler400 = "core.views.bad_request"
handler403 = "core.views.permission_denied"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

urlpatterns = [
    path("health/", core_views.health, name="health"),
    # Every login goes through allauth: these two paths must stay before the admin includes.
    path("admin/login/", account_views.admin_login, name="admin_login_redirect"),
    path("django-admin/login/", account_views.admin_login),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Changing the language only sets a cookie; exempt so that cached pages can carry the switch.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("", include("accounts.urls")),
    path("", include("courses.urls")),
    path("", include("scheduling.urls")),
    path("", include("certificates.urls")),
    path("", include("evaluation.urls")),
    path("", include("offline.urls")),
    path("espace-rh/", include("hr.urls")),
    path("formateur/", include("trainer.urls")),
    path("compte/", include("allauth.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's URLs, its page-serving view replaced by the same view behind a route cache.
urlpatterns += [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
]

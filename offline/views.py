"""The installable web app: its manifest, its service worker, the offline page, the public
copy's list, the decision rules as data, and a learner's modules taken offline."""

import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_http_methods

from . import bundle, modules, rules
from .middleware import user_key

THEME = "#0b5c63"


@require_GET
@cache_control(no_cache=True)
def manifest(request):
    data = {
        "id": "/",
        "name": "Repères — santé mentale et logement",
        "short_name": "Repères",
        "description": _("Le guide, l'annuaire « Qui appeler ? » et l'aide à la décision, "
                         "même sans réseau."),
        "lang": "fr",
        "dir": "ltr",
        "start_url": bundle.bundle()["guide"] or "/",
        "scope": "/",
        "display": "standalone",
        "orientation": "portrait",
        "theme_color": THEME,
        "background_color": "#ffffff",
        "prefer_related_applications": False,
        "icons": [
            {"src": static("offline/icons/icon-192.png"), "sizes": "192x192",
             "type": "image/png", "purpose": "any"},
            {"src": static("offline/icons/icon-512.png"), "sizes": "512x512",
             "type": "image/png", "purpose": "any"},
            {"src": static("offline/icons/icon-maskable-512.png"), "sizes": "512x512",
             "type": "image/png", "purpose": "maskable"},
        ],
    }
    return HttpResponse(json.dumps(data, ensure_ascii=False),
                        content_type="application/manifest+json; charset=utf-8")


@require_GET
def service_worker(request):
    """At the root, so that its scope is the whole site; always checked for a new version."""
    response = render(request, "offline/sw.js", {
        "bundle_url": "/hors-ligne/contenu.json",
        "store_url": static("offline/store.js"),
    }, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def offline_page(request):
    """What works without network, the date of the copy, how to install; also the page the
    service worker shows offline for a page it does not keep (a downloaded module's steps and
    quiz are drawn there from the phone's storage)."""
    data = bundle.bundle()
    response = render(request, "offline/offline_page.html", {
        "updated": bundle.updated_label(data), "guide_url": data["guide"],
        "labels": {
            "banner": _("Hors ligne : vos réponses seront envoyées au retour du réseau."),
            "sent": _("Vos réponses ont été envoyées."),
            "step": _("Étape %(n)s sur %(total)s"),
            "progress": _("Avancement dans le module"),
            "previous": _("← Précédent"),
            "next": _("Continuer"),
            "to_quiz": _("Passer au quiz"),
            "finish": _("Terminer"),
            "start": _("Commencer"),
            "resume": _("Reprendre"),
            "steps": _("Étapes"),
            "choose": _("Choisissez une réponse pour voir ce qu'elle entraîne."),
            "steps_first": _("Parcourez d'abord toutes les étapes du module."),
            "queued": _("Vos réponses sont gardées sur ce téléphone."),
            "submitted": _("Vos réponses seront validées et notées au retour du réseau."),
            "closed": _("Ce quiz n'est pas ouvert pour le moment."),
            "unavailable": _("Cette page n'est pas disponible hors ligne."),
            "downloaded": _("Téléchargé le %(date)s"),
        },
    })
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def contents(request):
    """The list of the public copy and its version (JSON); never cached by the browser."""
    response = JsonResponse(bundle.bundle())
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def rules_data(request):
    response = JsonResponse(rules.rules_json(), json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-cache"
    return response


@login_required
@require_GET
def module_package(request, module_id):
    module = modules.module_for(request.user, module_id)
    if module is None:
        return JsonResponse({"error": _("Ce module n'existe pas ou n'est pas publié.")},
                            status=404)
    try:
        data = modules.package(request, module)
    except modules.Refused as refused:
        return JsonResponse({"error": str(refused)}, status=403)
    return JsonResponse(data)


@login_required
@require_http_methods(["GET", "POST"])
def send(request):
    """GET: the CSRF token and the person's key (the phone checks it before sending what it
    kept for that person). POST: {"user": key, "items": [...]}, applied in order."""
    key = user_key(request.user)
    if request.method == "GET":
        return JsonResponse({"csrf": get_token(request), "user": key})
    try:
        if request.content_type != "application/json":
            raise ValueError  # a form post: its body was read as a form already
        data = json.loads(request.body or b"null")
        if not isinstance(data, dict):
            raise ValueError
        if data.get("user") != key:
            return JsonResponse({"error": _("Ces réponses ont été données par une autre "
                                            "personne connectée sur ce téléphone.")}, status=409)
        result = modules.apply(request.user, data.get("items"))
    except ValueError:
        return JsonResponse({"error": _("Ces données ne viennent pas d'une page de Repères.")},
                            status=400)
    return JsonResponse(result)

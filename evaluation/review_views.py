"""The research team's review of free-text answers (evaluation.review): the list of texts
waiting, and the three decisions, each a POST that a second submission leaves unchanged."""

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from . import review
from .forms import FREE_TEXT_MAX
from .models import FreeTextState, Response
from .views import research_required


class EditTextsForm(forms.Form):
    """One field per free text of the response, filled with it: the reviewer takes out a
    name, a place, anything that could say who wrote it."""

    error_messages = {"empty": gettext_lazy(
        "Tous les textes sont vides : pour ne rien publier, choisissez « Écarter ».")}

    def __init__(self, texts, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.texts = texts
        for number, entry in enumerate(texts, 1):
            field = forms.CharField(
                label=entry.question, required=False, max_length=FREE_TEXT_MAX,
                initial=entry.text, strip=True,
                widget=forms.Textarea(attrs={"rows": 5}),
                help_text=_("%(max)s caractères au plus.") % {"max": FREE_TEXT_MAX})
            field.error_messages["max_length"] = _(
                "Ce texte est trop long : %(limit_value)s caractères au plus "
                "(il en a %(show_value)s).")
            self.fields[f"text-{number}"] = field

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not any(cleaned.get(name) for name in self.fields):
            raise forms.ValidationError(self.error_messages["empty"], code="empty")
        return cleaned

    def edited(self):
        """item id -> the edited text."""
        return {entry.item_id: self.cleaned_data[f"text-{number}"]
                for number, entry in enumerate(self.texts, 1)}


def _page_of(request):
    """The list's page to go back to (digits only)."""
    page = str(request.POST.get("page") or request.GET.get("page") or "")
    return page if page.isdigit() and len(page) < 6 else ""


def _list_url(request):
    url = reverse("evaluation:comments")
    return f"{url}?page={page}" if (page := _page_of(request)) else url


def _after(request, pk, done, message):
    """Where a decision leads: back to the list, saying what happened. An unknown response,
    or one with no free text, is a 404; one already reviewed (a double submit) is left as it
    is."""
    if done:
        messages.success(request, message)
    elif Response.objects.filter(pk=pk).exclude(free_text_state=FreeTextState.NONE).exists():
        messages.info(request, _("Cette réponse a déjà été relue : rien n'a changé."))
    else:
        raise Http404
    return redirect(_list_url(request))


@never_cache
@research_required
def comments(request):
    return render(request, "evaluation/comments.html",
                  {"page": review.pending_page(request.GET.get("page"))})


@research_required
@require_POST
def comment_publish(request, pk):
    return _after(request, pk, review.publish(pk, request.user),
                  _("Réponse publiée telle quelle."))


@research_required
@require_POST
def comment_withdraw(request, pk):
    return _after(request, pk, review.withdraw(pk, request.user),
                  _("Réponse écartée : elle ne sera montrée à personne."))


@never_cache
@research_required
@require_http_methods(["GET", "POST"])
def comment_edit(request, pk):
    response = review.get_pending(pk)
    if response is None:
        return _after(request, pk, False, "")
    form = EditTextsForm(review.free_texts(response), request.POST or None)
    if request.method == "POST" and form.is_valid():
        return _after(request, pk, review.publish_edited(pk, request.user, form.edited()),
                      _("Réponse publiée avec vos modifications."))
    return render(request, "evaluation/comment_edit.html",
                  {"response": response, "form": form, "page_number": _page_of(request)})


"""Views behind the guide's routes (see GuideIndexPage and GuideChapterPage)."""

from django.shortcuts import render
from django.utils.text import slugify

from core.pdf import pdf_response

from . import pdf, search
from .decision import load_rules, orient
from .forms import DecisionAidForm, DirectoryFilterForm, SearchForm
from .models import Contact, GlossaryTerm


def _page_context(guide, request, **extra):
    return {"page": guide, "self": guide, "request": request, **extra}


def search_view(request, guide):
    form = SearchForm(request.GET or None)
    query = ""
    results, terms, others = [], [], []
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        results = search.search_chapters(guide.chapters(), query)
        terms = search.search_glossary(GlossaryTerm.objects.all(), query)
        others = search.search_other_pages(query)
    return render(request, "guide/search.html", _page_context(
        guide, request, form=form, query=query, results=results, terms=terms, others=others,
        searched=bool(query),
    ))


def glossary(request, guide):
    terms = GlossaryTerm.objects.prefetch_related("see_also")
    return render(request, "guide/glossary.html", _page_context(guide, request, terms=terms))


def directory(request, guide):
    form = DirectoryFilterForm(request.GET or None)
    contacts = form.filter(Contact.objects.prefetch_related("situations"))
    by_category = {}
    for contact in contacts:
        by_category.setdefault(contact.category, []).append(contact)
    groups = [(value, label, by_category[value]) for value, label in Contact.Category.choices
              if value in by_category]
    return render(request, "guide/directory.html", _page_context(
        guide, request, form=form, groups=groups, count=sum(len(g[2]) for g in groups)))


def decision_aid(request, guide):
    """Nothing is saved or logged: the answers only live in this request."""
    orientations = []
    if request.method == "POST":
        form = DecisionAidForm(request.POST)
        if form.is_valid():
            orientations = orient(form.cleaned_data["selected"])
            slugs = {slug for orientation in orientations for slug in orientation.contacts}
            found = {c.slug: c for c in Contact.objects.filter(slug__in=slugs)}
            for orientation in orientations:
                orientation.contacts = [found[s] for s in orientation.contacts if s in found]
    else:
        form = DecisionAidForm()
    response = render(request, "guide/decision_aid.html", _page_context(
        guide, request, form=form, orientations=orientations,
        review_note=load_rules().review_note, escalation=_escalation_of(request.user),
    ))
    response["Cache-Control"] = "no-store"
    return response


def _escalation_of(user):
    if user.is_authenticated and user.organisation_id:
        return list(user.organisation.escalation_contacts.all())
    return []


def guide_pdf(request, guide):
    data = pdf.guide_pdf(guide)
    return pdf_response(data, "guide-sante-mentale-logement.pdf")


def chapter_pdf(request, chapter):
    data = pdf.chapter_pdf(chapter)
    return pdf_response(data, f"guide-{slugify(chapter.slug)}.pdf")

from dataclasses import replace

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from crimex_portal.accounts.decorators import members_only
from crimex_portal.accounts.roles import EDIT_ANY_FICHE
from crimex_portal.audit.services import record_people_listed
from directory.models import Country
from directory.selectors import visible_personal_fields
from fiches.forms import AtlasForm, ComparisonForm, FicheForm, FicheSearchForm, MeasureFilterForm
from fiches.models import Fiche, Measure
from fiches.selectors import (
    ATLAS_CONTACTS_SHOWN,
    FicheFilters,
    atlas_contacts,
    comparison,
    countries_with_fiches,
    country_fiches_by_group,
    fiche_for,
    fiche_history,
    fiche_search,
    fiches_due_for_review,
    measure_groups,
)
from fiches.services import fiche_editable_by, fiche_mark_reviewed, fiche_update

PAGE_SIZE = 30


def _fiche_or_404(iso_code: str, code: str) -> Fiche:
    try:
        return fiche_for(iso_code, code)
    except Fiche.DoesNotExist as missing:
        raise Http404 from missing


@members_only
def index(request: HttpRequest) -> HttpResponse:
    # Read only when the page's fragment is not cached (fiches/index.html).
    return render(
        request,
        "fiches/index.html",
        {
            "groups": SimpleLazyObject(lambda: list(measure_groups())),
            "countries": SimpleLazyObject(lambda: list(countries_with_fiches())),
            "atlas_form": SimpleLazyObject(AtlasForm),
            "search_form": SimpleLazyObject(FicheSearchForm),
        },
    )


@members_only
def country(request: HttpRequest, iso_code: str) -> HttpResponse:
    country = get_object_or_404(Country, iso_code=iso_code.upper())

    def table() -> dict:
        groups = country_fiches_by_group(country)
        return {
            "groups": groups,
            "has_demo": any(fiche and fiche.is_demo for _g, rows in groups for _m, fiche in rows),
            "has_fiches": any(fiche for _g, rows in groups for _m, fiche in rows),
        }

    # The fiches are read only when the page's fragment is not cached (fiches/country.html).
    return render(
        request, "fiches/country.html", {"country": country, "table": SimpleLazyObject(table)}
    )


@members_only
def measure(request: HttpRequest, code: str) -> HttpResponse:
    measure = get_object_or_404(Measure.objects.select_related("group"), code=code)
    form = MeasureFilterForm(request.GET or None)
    filters = form.filters() if request.GET else FicheFilters()

    def answers() -> dict:
        fiches = list(fiche_search(replace(filters, measure=code))) if filters is not None else []
        return {"fiches": fiches, "has_demo": any(fiche.is_demo for fiche in fiches)}

    # The answers are read only when the page's fragment is not cached (fiches/measure.html).
    return render(
        request,
        "fiches/measure.html",
        {
            "measure": measure,
            "form": form,
            "answers": SimpleLazyObject(answers),
            "comparison_form": SimpleLazyObject(lambda: ComparisonForm(measure=measure)),
        },
    )


@members_only
def compare(request: HttpRequest, code: str) -> HttpResponse:
    measure = get_object_or_404(Measure.objects.select_related("group"), code=code)
    chosen = request.GET.getlist("country")
    if "compare" in request.GET or len(chosen) > 1:
        form = ComparisonForm(request.GET, measure=measure)
    else:  # arriving from a fiche: that country ticked, the others to choose
        form = ComparisonForm(initial={"country": chosen}, measure=measure)
    valid = form.is_bound and form.is_valid()

    def compared() -> dict:
        columns = comparison(measure, form.iso_codes()) if valid else []
        return {
            "columns": columns,
            "has_demo": any(fiche and fiche.is_demo for _country, fiche in columns),
        }

    # The columns are read only when the page's fragment is not cached (fiches/compare.html).
    return render(
        request,
        "fiches/compare.html",
        {"measure": measure, "form": form, "compared": SimpleLazyObject(compared)},
    )


@members_only
def fiche(request: HttpRequest, iso_code: str, code: str) -> HttpResponse:
    fiche = _fiche_or_404(iso_code, code)
    editable = fiche_editable_by(request.user, fiche)
    return render(
        request,
        "fiches/fiche.html",
        {
            "fiche": fiche,
            "editable": editable,
            "history": SimpleLazyObject(lambda: fiche_history(fiche)) if editable else None,
        },
    )


@members_only
def search(request: HttpRequest) -> HttpResponse:
    form = FicheSearchForm(request.GET or None)
    filters = form.filters() if request.GET else FicheFilters()
    page = None
    if filters is not None:  # read only when the page's fragment is not cached
        page = SimpleLazyObject(
            lambda: Paginator(fiche_search(filters), PAGE_SIZE).get_page(request.GET.get("page"))
        )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request, "fiches/search.html", {"form": form, "page": page, "query": query.urlencode()}
    )


@members_only
def atlas(request: HttpRequest) -> HttpResponse:
    form = AtlasForm(request.GET or None)
    fiche = contacts = None
    contacts_total = 0
    if form.is_valid():
        try:
            fiche = fiche_for(
                form.cleaned_data["country"].iso_code, form.cleaned_data["measure"].code
            )
        except Fiche.DoesNotExist:
            fiche = None
        else:
            found = atlas_contacts(request.user, fiche)
            contacts_total = found.count()
            contacts = [
                (contact, visible_personal_fields(contact, request.user))
                for contact in found[:ATLAS_CONTACTS_SHOWN]
            ]
            record_people_listed(
                request=request,
                page="atlas",
                target=fiche,
                contacts=[contact.pk for contact, _ in contacts],
            )
    return render(
        request,
        "fiches/atlas.html",
        {"form": form, "fiche": fiche, "contacts": contacts, "contacts_total": contacts_total},
    )


@members_only
def edit(request: HttpRequest, iso_code: str, code: str) -> HttpResponse:
    fiche = _fiche_or_404(iso_code, code)
    if not fiche_editable_by(request.user, fiche):
        raise PermissionDenied
    form = FicheForm(request.POST or None, instance=fiche)
    if request.method == "POST" and form.is_valid():
        fiche_update(
            fiche=fiche,
            by=request.user,
            reviewed=form.cleaned_data["reviewed"],
            **form.changed_values(),
        )
        messages.success(request, _("The fiche is saved."))
        return redirect(fiche)
    return render(request, "fiches/edit.html", {"fiche": fiche, "form": form})


@require_POST
@members_only
def mark_reviewed(request: HttpRequest, iso_code: str, code: str) -> HttpResponse:
    fiche = _fiche_or_404(iso_code, code)
    if not fiche_editable_by(request.user, fiche):
        raise PermissionDenied
    fiche_mark_reviewed(fiche=fiche, by=request.user)
    messages.success(request, _("The fiche is marked as reviewed today."))
    if request.POST.get("next") == "due_for_review":
        return redirect("fiches:due_for_review")
    return redirect(fiche)


@members_only
@permission_required(EDIT_ANY_FICHE, raise_exception=True)
def due_for_review(request: HttpRequest) -> HttpResponse:
    page = Paginator(fiches_due_for_review(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "fiches/due_for_review.html", {"page": page})

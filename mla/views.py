from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from crimex_portal.accounts.decorators import members_only
from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.downloads import attachment
from crimex_portal.reports.models import Report
from crimex_portal.reports.services import (
    ReportsUnavailable,
    gettext_unavailable,
    report_fail_if_stuck,
    report_request,
)
from fiches.models import Instrument, Measure
from mla import services
from mla.document import document_blocks, parallel_rows, request_data
from mla.forms import (
    AssistanceForm,
    CommentForm,
    CountryAndMeasureForm,
    DuplicateForm,
    FactsForm,
    FormalitiesForm,
    LegalBasisForm,
    MeasureDetailsForm,
    OffenceFormSet,
    OutputForm,
    ShareForm,
    StartForm,
)
from mla.models import MlaRequest, SharedVersion
from mla.reports import REPORT_KIND
from mla.selectors import (
    PORTAL_LANGUAGES,
    STEPS,
    accepted_languages,
    checklist,
    fiches_for,
    item_details,
    missing_essentials,
    my_requests,
    related_measures,
    request_detail,
    shareable_contacts,
    shares_of,
    versions_shared_with,
)
from mla.word import request_docx

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "ar": "العربية"}


def _own_request(request: HttpRequest, pk: int) -> MlaRequest:
    """The user's own draft; anyone else's is as if it did not exist (404)."""
    try:
        return request_detail(request.user, pk)
    except MlaRequest.DoesNotExist as missing:
        raise Http404 from missing


@members_only
def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "mla/index.html",
        {
            "requests": my_requests(request.user),
            "shared": versions_shared_with(request.user),
        },
    )


@sensitive_post_parameters()  # case text never reaches error reports
@members_only
def new(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = StartForm(request.POST)
        if form.is_valid():
            mla_request = services.request_create(
                author=request.user,
                country=form.cleaned_data["country"],
                measures=list(form.cleaned_data["measures"]),
            )
            return redirect("mla:step", pk=mla_request.pk, step=2)
    else:
        initial = {"country": request.GET.get("country", "").upper()}
        if request.GET.get("measure"):
            initial["measures"] = [request.GET["measure"]]
        form = StartForm(initial=initial)
    return render(request, "mla/new.html", {"form": form})


def _next_step(request: HttpRequest, pk: int, step: int) -> HttpResponse:
    try:
        target = int(request.POST.get("goto", step + 1))
    except ValueError:
        target = step
    target = min(max(target, 1), len(STEPS))
    return redirect("mla:step", pk=pk, step=target)


@sensitive_post_parameters()  # case text never reaches error reports
@members_only
def step(request: HttpRequest, pk: int, step: int) -> HttpResponse:
    if step not in dict(STEPS):
        raise Http404
    mla_request = _own_request(request, pk)
    fiches = fiches_for(mla_request)
    context = {
        "mla_request": mla_request,
        "fiches": fiches,
        "items": list(mla_request.items.all()),
        "illustrative": any(fiche.is_demo for fiche in fiches.values()),
        "steps": STEPS,
        "step": step,
        "step_name": dict(STEPS)[step],
    }
    handler = STEP_HANDLERS[step]
    result = handler(request, mla_request, fiches, context)
    if isinstance(result, HttpResponse):
        return result
    return render(request, f"mla/step{step}.html", context)


def _step_country_and_measure(request, mla_request, fiches, context):
    if request.method == "POST":
        form = CountryAndMeasureForm(request.POST, instance=mla_request)
        if form.is_valid():
            services.request_set_measures(
                mla_request=mla_request, measures=list(form.cleaned_data["measures"])
            )
            form.save(commit=False)
            services.request_update(mla_request=mla_request)
            return _next_step(request, mla_request.pk, 1)
    else:
        form = CountryAndMeasureForm(instance=mla_request)
    context["form"] = form
    return None


def _step_fiche(request, mla_request, fiches, context):
    if request.method == "POST":
        return _next_step(request, mla_request.pk, 2)
    related = related_measures(fiches)
    context["rows"] = [
        (item, fiches.get(item.measure.code), related.get(item.measure.code, []))
        for item in context["items"]
    ]
    return None


def _step_legal_basis(request, mla_request, fiches, context):
    instruments = Instrument.objects.filter(
        fiches__in=[fiche.pk for fiche in fiches.values()]
    ).distinct()
    if request.method == "POST":
        form = LegalBasisForm(request.POST, instance=mla_request, instruments=instruments)
        if form.is_valid():
            form.save(commit=False)
            services.request_update(mla_request=mla_request)
            mla_request.instruments.set(form.cleaned_data["instruments"])
            return _next_step(request, mla_request.pk, 3)
    else:
        form = LegalBasisForm(instance=mla_request, instruments=instruments)
    context["form"] = form
    return None


def _step_facts(request, mla_request, fiches, context):
    offences = [
        {"qualification": o.qualification, "provisions": o.provisions, "penalties": o.penalties}
        for o in mla_request.offences.all()
    ]
    if request.method == "POST":
        form = FactsForm(request.POST, instance=mla_request)
        formset = OffenceFormSet(request.POST, prefix="offence")
        if form.is_valid() and formset.is_valid():
            form.save(commit=False)
            services.request_update(mla_request=mla_request)
            services.offences_replace(
                mla_request=mla_request,
                offences=[
                    data
                    for data in formset.cleaned_data
                    if data and data.get("qualification", "").strip()
                ],
            )
            return _next_step(request, mla_request.pk, 4)
    else:
        form = FactsForm(instance=mla_request)
        formset = OffenceFormSet(initial=offences, prefix="offence")
    context["form"] = form
    context["formset"] = formset
    return None


def _step_assistance(request, mla_request, fiches, context):
    items = context["items"]
    data = request.POST if request.method == "POST" else None
    measure_forms = [
        (
            item,
            MeasureDetailsForm(
                data,
                prefix=f"m{item.measure.code}",
                measure_code=item.measure.code,
                initial={"link_to_facts": item.link_to_facts, **item_details(item)},
            ),
        )
        for item in items
    ]
    form = AssistanceForm(data, instance=mla_request)
    if data is not None and form.is_valid() and all(f.is_valid() for _i, f in measure_forms):
        form.save(commit=False)
        services.request_update(mla_request=mla_request)
        for item, measure_form in measure_forms:
            details = dict(measure_form.cleaned_data)
            services.measure_details_update(
                item=item, link_to_facts=details.pop("link_to_facts"), details=details
            )
        return _next_step(request, mla_request.pk, 5)
    context["form"] = form
    context["measure_forms"] = measure_forms
    return None


def _step_formalities(request, mla_request, fiches, context):
    kwargs = {"languages": accepted_languages(fiches), "checklist": checklist(mla_request, fiches)}
    if request.method == "POST":
        form = FormalitiesForm(request.POST, instance=mla_request, **kwargs)
        if form.is_valid():
            form.save(commit=False)
            services.request_update(mla_request=mla_request)
            return _next_step(request, mla_request.pk, 6)
    else:
        form = FormalitiesForm(instance=mla_request, **kwargs)
    context["form"] = form
    context["fiche_list"] = list(fiches.values())
    return None


def _step_review(request, mla_request, fiches, context):
    if request.method == "POST":
        return _next_step(request, mla_request.pk, 7)
    context["missing"] = missing_essentials(mla_request)
    context["output_form"] = OutputForm(
        languages=_language_choices(fiches),
        initial={"language": mla_request.language or None},
    )
    context["duplicate_form"] = DuplicateForm()
    context["share_form"] = ShareForm(contacts=shareable_contacts(mla_request))
    context["shares"] = list(shares_of(mla_request))
    context["versions"] = list(
        mla_request.versions.prefetch_related("comments__author").order_by("-number")
    )
    context["reports"] = list(_reports_of(request.user, mla_request))
    context["retention_days"] = settings.CRIMEX_MLA_RETENTION_DAYS
    return None


STEP_HANDLERS = {
    1: _step_country_and_measure,
    2: _step_fiche,
    3: _step_legal_basis,
    4: _step_facts,
    5: _step_assistance,
    6: _step_formalities,
    7: _step_review,
}


def _language_choices(fiches) -> list[tuple[str, str]]:
    return [(code, LANGUAGE_NAMES[code]) for code in accepted_languages(fiches)]


def _reports_of(user, mla_request: MlaRequest):
    return Report.objects.filter(
        kind=REPORT_KIND, target_key__regex=rf"^{mla_request.pk}(-|$)", requesters=user
    ).order_by("-created_at")[:10]


@require_POST
@members_only
def switch_measure(request: HttpRequest, pk: int) -> HttpResponse:
    mla_request = _own_request(request, pk)
    old_code, _colon, new_code = request.POST.get("switch", "").partition(":")
    old = get_object_or_404(Measure, code=old_code)
    new = get_object_or_404(Measure, code=new_code)
    services.request_switch_measure(mla_request=mla_request, old=old, new=new)
    return redirect("mla:step", pk=pk, step=2)


@require_POST
@members_only
def finalise(request: HttpRequest, pk: int) -> HttpResponse:
    mla_request = _own_request(request, pk)
    missing = services.request_finalise(mla_request=mla_request)
    if missing:
        messages.error(request, _("The request cannot be finalised yet: something is missing."))
    else:
        messages.success(request, _("The request is final. You can still change it."))
    return redirect("mla:step", pk=pk, step=7)


def _output_languages(request: HttpRequest, mla_request: MlaRequest, source) -> tuple[str, str]:
    fiches = fiches_for(mla_request)
    form = OutputForm(source, languages=_language_choices(fiches))
    if not form.is_valid():
        raise Http404
    language = form.cleaned_data["language"]
    second = ""
    if form.cleaned_data["parallel"]:
        second = mla_request.drafter_language
        if second == language or second not in PORTAL_LANGUAGES:
            second = next(code for code in PORTAL_LANGUAGES if code != language)
    return language, second


@members_only
def document(request: HttpRequest, pk: int) -> HttpResponse:
    mla_request = _own_request(request, pk)
    language, second = _output_languages(request, mla_request, request.GET)
    data = request_data(mla_request)
    context = {"mla_request": mla_request, "language": language, "second": second}
    if second:
        context["rows"] = parallel_rows(data, language, second)
    else:
        context["blocks"] = document_blocks(data, language)
    context["direction"] = "rtl" if language == "ar" else "ltr"
    context["second_direction"] = "rtl" if second == "ar" else "ltr"
    return render(request, "mla/document.html", context)


@require_POST
@members_only
def pdf(request: HttpRequest, pk: int) -> HttpResponse:
    mla_request = _own_request(request, pk)
    language, second = _output_languages(request, mla_request, request.POST)
    key = f"{pk}-{second}" if second else str(pk)
    try:
        report_request(user=request.user, kind=REPORT_KIND, key=key, language=language)
    except (LookupError, PermissionError) as refused:
        raise Http404 from refused
    except ReportsUnavailable:
        messages.error(request, gettext_unavailable())
    return redirect(reverse("mla:step", kwargs={"pk": pk, "step": 7}) + "#documents")


@members_only
def pdf_download(request: HttpRequest, pk: int, report_pk: int) -> HttpResponse:
    mla_request = _own_request(request, pk)
    reports = Report.objects.filter(
        kind=REPORT_KIND, target_key__regex=rf"^{mla_request.pk}(-|$)", requesters=request.user
    )
    report = get_object_or_404(reports, pk=report_pk)
    report = report_fail_if_stuck(report)
    if request.GET.get("format") == "json":
        return JsonResponse({"status": report.status, "label": report.get_status_display()})
    if report.status != Report.Status.DONE or not report.file:
        raise Http404
    if not report.file.storage.exists(report.file.name):
        raise Http404
    record_event(action=AuditEvent.Action.EXPORT_PDF, request=request, target=report)
    return FileResponse(
        report.file.open("rb"),
        as_attachment=True,
        filename=f"mla-request-{pk}-{report.language}.pdf",
        content_type="application/pdf",
    )


@members_only
def docx(request: HttpRequest, pk: int) -> HttpResponse:
    mla_request = _own_request(request, pk)
    language, second = _output_languages(request, mla_request, request.GET)
    content = request_docx(request_data(mla_request), language, second)
    suffix = f"{language}-{second}" if second else language
    return attachment(
        HttpResponse(
            content,
            content_type=(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            ),
        ),
        f"mla-request-{pk}-{suffix}.docx",
    )


@members_only
def export_json(request: HttpRequest, pk: int) -> HttpResponse:
    mla_request = _own_request(request, pk)
    response = JsonResponse(request_data(mla_request), json_dumps_params={"ensure_ascii": False})
    return attachment(response, f"mla-request-{pk}.json")


@require_POST
@members_only
def duplicate(request: HttpRequest, pk: int) -> HttpResponse:
    mla_request = _own_request(request, pk)
    form = DuplicateForm(request.POST)
    if not form.is_valid():
        raise Http404
    copy = services.request_duplicate(mla_request=mla_request, country=form.cleaned_data["country"])
    messages.success(request, _("A copy addressed to another country: check the legal basis."))
    return redirect("mla:step", pk=copy.pk, step=2)


@require_POST
@members_only
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    mla_request = _own_request(request, pk)
    services.request_delete(mla_request=mla_request)
    messages.success(request, _("The draft is deleted."))
    return redirect("mla:index")


@require_POST
@members_only
def share(request: HttpRequest, pk: int) -> HttpResponse:
    mla_request = _own_request(request, pk)
    form = ShareForm(request.POST, contacts=shareable_contacts(mla_request))
    if not form.is_valid():
        messages.error(request, _("Choose at least one contact point of the requested country."))
        return redirect(reverse("mla:step", kwargs={"pk": pk, "step": 7}) + "#consultation")
    try:
        services.request_share(
            mla_request=mla_request, contacts=list(form.cleaned_data["contacts"]), request=request
        )
    except ValidationError as refused:
        raise PermissionDenied from refused
    messages.success(request, _("A frozen copy is shared with the contact points you chose."))
    return redirect(reverse("mla:step", kwargs={"pk": pk, "step": 7}) + "#consultation")


@require_POST
@members_only
def revoke(request: HttpRequest, pk: int, share_pk: int) -> HttpResponse:
    mla_request = _own_request(request, pk)
    share = get_object_or_404(shares_of(mla_request), pk=share_pk)
    services.share_revoke(share=share, request=request)
    messages.success(request, _("Sharing revoked."))
    return redirect(reverse("mla:step", kwargs={"pk": pk, "step": 7}) + "#consultation")


@sensitive_post_parameters()  # case text never reaches error reports
@members_only
def shared(request: HttpRequest, version_pk: int) -> HttpResponse:
    """A frozen copy, for a contact point it is shared with (and its author)."""
    version = SharedVersion.objects.select_related("request").filter(pk=version_pk).first()
    if version is None:
        raise Http404
    is_author = version.request.author_id == request.user.pk
    if not is_author and not versions_shared_with(request.user).filter(pk=version.pk).exists():
        raise Http404
    if request.method == "POST":
        form = CommentForm(request.POST)
        if form.is_valid():
            services.comment_add(
                version=version,
                author=request.user,
                body=form.cleaned_data["body"],
                request=request,
            )
            messages.success(request, _("Your comment is sent to the drafter."))
            return redirect("mla:shared", version_pk=version.pk)
    else:
        form = CommentForm()
        if not is_author:
            services.version_read(version=version, request=request)
    data = services.snapshot_data(version)
    language = get_language()
    return render(
        request,
        "mla/shared.html",
        {
            "version": version,
            "blocks": document_blocks(data, data.get("language") or language),
            "comments": version.comments.select_related("author"),
            "form": form,
            "is_author": is_author,
            "direction": "rtl" if (data.get("language") or language) == "ar" else "ltr",
        },
    )

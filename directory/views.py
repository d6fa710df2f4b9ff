from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from crimex_portal.accounts.decorators import members_only
from crimex_portal.accounts.roles import EXPORT_REPORTS
from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event, record_people_listed
from crimex_portal.downloads import attachment, csv_response
from directory import vcard
from directory.forms import ContactSearchForm, OutdatedReportForm, OwnContactForm
from directory.models import Contact, Organisation, OutdatedReport
from directory.selectors import (
    ContactFilters,
    contact_for_page,
    contact_page,
    contact_search,
    countries_with_organisations,
    international_organisations,
    open_reports,
    organisation_with_contacts,
    organisations_with_counts,
    sees_everything,
    stale_contacts,
    visible_personal_fields,
    with_relations,
)
from directory.services import (
    contact_self_update,
    contact_verified,
    outdated_report_create,
    outdated_report_resolve,
    record_contact_view,
)

EXPORT_LIMIT = 2000  # one vCard or CSV file never carries more entries than this


def _searched(request: HttpRequest):
    """The search form and its results; no results when the form has errors."""
    form = ContactSearchForm(request.GET or None)
    filters = form.filters() if request.GET else ContactFilters()
    if filters is None:
        return form, None
    return form, contact_search(request.user, filters)


@members_only
def index(request: HttpRequest) -> HttpResponse:
    form, contacts = _searched(request)
    page = contact_page(contacts, request.GET.get("page")) if contacts is not None else None
    entries = (
        [(contact, visible_personal_fields(contact, request.user)) for contact in page]
        if page
        else []
    )
    record_people_listed(
        request=request, page="directory", contacts=[contact.pk for contact, _ in entries]
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "directory/index.html",
        {
            "form": form,
            "page": page,
            "entries": entries,
            "query": query.urlencode(),
            "filter_removals": form.removals(request.path),
            # A search result, as vCard or CSV, is an export; one contact's vCard is not.
            "can_export": request.user.has_perm(EXPORT_REPORTS),
            "can_manage": sees_everything(request.user),
        },
    )


@members_only
def contact(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        found = contact_for_page(request.user, pk)
    except Contact.DoesNotExist as missing:
        raise Http404 from missing
    record_contact_view(request=request, contact=found)
    return render(
        request,
        "directory/contact.html",
        {
            "contact": found,
            "personal": visible_personal_fields(found, request.user),
            "report_form": OutdatedReportForm(),
            "is_own": found.user_id == request.user.pk,
            "can_manage": sees_everything(request.user),
        },
    )


@members_only
def contact_vcf(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        found = contact_for_page(request.user, pk)
    except Contact.DoesNotExist as missing:
        raise Http404 from missing
    record_event(action=AuditEvent.Action.EXPORT_VCARD, request=request, target=found)
    return _vcard_response(
        vcard.vcards([(found, visible_personal_fields(found, request.user))]),
        f"crimex-contact-{found.pk}.vcf",
    )


@members_only
@permission_required(EXPORT_REPORTS, raise_exception=True)
def search_vcf(request: HttpRequest) -> HttpResponse:
    _form, contacts = _searched(request)
    if contacts is None:
        raise Http404
    found = list(with_relations(contacts)[:EXPORT_LIMIT])
    record_event(
        action=AuditEvent.Action.EXPORT_VCARD,
        request=request,
        search=request.GET.urlencode(),
        contacts=len(found),
    )
    entries = [(contact, visible_personal_fields(contact, request.user)) for contact in found]
    return _vcard_response(vcard.vcards(entries), "crimex-contacts.vcf")


def _vcard_response(content: str, filename: str) -> HttpResponse:
    return attachment(HttpResponse(content, content_type="text/vcard; charset=utf-8"), filename)


@members_only
@permission_required(EXPORT_REPORTS, raise_exception=True)
def search_csv(request: HttpRequest) -> HttpResponse:
    _form, contacts = _searched(request)
    if contacts is None:
        raise Http404
    found = list(with_relations(contacts)[:EXPORT_LIMIT])
    record_event(
        action=AuditEvent.Action.EXPORT_CSV,
        request=request,
        export="directory",
        search=request.GET.urlencode(),
        contacts=len(found),
    )
    response, writer = csv_response("crimex-contacts.csv")
    writer.writerow(
        [
            _("Name"),
            _("Title"),
            _("Function"),
            _("Organisation"),
            _("Country"),
            _("Roles"),
            _("Languages"),
            _("E-mail"),
            _("Phone"),
            _("Mobile"),
            _("24/7"),
            _("Last verified on"),
        ]
    )
    for entry in found:
        personal = visible_personal_fields(entry, request.user)
        writer.writerow(
            [
                entry.name,
                entry.title,
                entry.function,
                entry.organisation.name,
                entry.country.name,
                "; ".join(str(role) for role in entry.roles.all()),
                "; ".join(str(language) for language in entry.languages.all()),
                personal.get("email", ""),
                personal.get("phone", ""),
                personal.get("mobile", ""),
                _("yes") if entry.handles_urgent_requests else "",
                entry.last_verified.isoformat() if entry.last_verified else "",
            ]
        )
    return response


@require_POST
@members_only
def report_outdated(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        found = contact_for_page(request.user, pk)
    except Contact.DoesNotExist as missing:
        raise Http404 from missing
    form = OutdatedReportForm(request.POST)
    if form.is_valid():
        outdated_report_create(contact=found, by=request.user, comment=form.cleaned_data["comment"])
        messages.success(request, _("Thank you: PMT staff will check this entry."))
    else:
        messages.error(request, _("Say what is out of date."))
    return redirect(found.get_absolute_url())


@members_only
def my_entry(request: HttpRequest) -> HttpResponse:
    found = Contact.objects.filter(user=request.user).first()
    if found is None:
        return render(request, "directory/my_entry.html", {"contact": None})
    form = OwnContactForm(request.POST or None, instance=found)
    if request.method == "POST" and form.is_valid():
        contact_self_update(contact=found, user=request.user, **form.cleaned_data)
        messages.success(request, _("Your directory entry is saved."))
        return redirect(found.get_absolute_url())
    return render(request, "directory/my_entry.html", {"contact": found, "form": form})


@members_only
def organisation(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        found, contacts = organisation_with_contacts(request.user, pk)
    except Organisation.DoesNotExist as missing:
        raise Http404 from missing
    # A prosecutors general office may hold thousands of entries: a page of them at a time.
    page = contact_page(contacts, request.GET.get("page"))
    entries = [(contact, visible_personal_fields(contact, request.user)) for contact in page]
    record_people_listed(
        request=request,
        page="organisation",
        target=found,
        contacts=[contact.pk for contact, _ in entries],
    )
    return render(
        request,
        "directory/organisation.html",
        {"organisation": found, "page": page, "entries": entries, "query": ""},
    )


@members_only
def organisations(request: HttpRequest) -> HttpResponse:
    # Read only when the page's fragment is not cached (directory/organisations.html); the
    # counts depend on what the member may see, which the fragment's audience carries.
    return render(
        request,
        "directory/organisations.html",
        {
            "countries": SimpleLazyObject(lambda: list(countries_with_organisations())),
            "international_organisations": SimpleLazyObject(
                lambda: list(international_organisations())
            ),
            "contact_counts": SimpleLazyObject(
                lambda: {
                    row.pk: row.contact_count for row in organisations_with_counts(request.user)
                }
            ),
        },
    )


@members_only
@permission_required("directory.change_contact", raise_exception=True)
def to_verify(request: HttpRequest) -> HttpResponse:
    stale, reports = list(stale_contacts()[:200]), list(open_reports())
    record_people_listed(
        request=request,
        page="to_verify",
        contacts=[contact.pk for contact in stale] + [report.contact_id for report in reports],
    )
    return render(request, "directory/to_verify.html", {"stale": stale, "reports": reports})


@require_POST
@members_only
@permission_required("directory.change_contact", raise_exception=True)
def mark_verified(request: HttpRequest, pk: int) -> HttpResponse:
    contact_verified(contact=get_object_or_404(Contact, pk=pk), by=request.user)
    messages.success(request, _("Marked as verified today."))
    return redirect("directory:to_verify")


@require_POST
@members_only
@permission_required("directory.change_contact", raise_exception=True)
def resolve_report(request: HttpRequest, pk: int) -> HttpResponse:
    outdated_report_resolve(report=get_object_or_404(OutdatedReport, pk=pk), by=request.user)
    messages.success(request, _("The report is resolved."))
    return redirect("directory:to_verify")

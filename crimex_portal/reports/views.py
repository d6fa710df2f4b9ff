from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from crimex_portal.accounts.decorators import members_only
from crimex_portal.accounts.roles import EXPORT_REPORTS
from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.reports.forms import ReportRequestForm
from crimex_portal.reports.models import Report
from crimex_portal.reports.selectors import reports_visible_to
from crimex_portal.reports.services import (
    ReportsUnavailable,
    gettext_unavailable,
    report_fail_if_stuck,
    report_request,
)


def _back(request: HttpRequest) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("pages:home")


@require_POST
@members_only
@permission_required(EXPORT_REPORTS, raise_exception=True)
def request_report(request: HttpRequest) -> HttpResponse:
    form = ReportRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("This report cannot be made. Check the language and try again."))
        return redirect(_back(request))
    data = form.cleaned_data
    try:
        report, reused = report_request(
            user=request.user, kind=data["kind"], key=data["key"], language=data["language"]
        )
    except (LookupError, PermissionError) as missing:  # a private report of someone else's
        raise Http404 from missing
    except ReportsUnavailable:
        messages.error(request, gettext_unavailable())
        return redirect(_back(request))
    if reused and report.status == Report.Status.DONE:
        messages.info(request, _("Nothing has changed since the last export: here is that file."))
    return redirect("reports:detail", pk=report.pk)


@members_only
@permission_required(EXPORT_REPORTS, raise_exception=True)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    # Another coordinator's report is as if it did not exist.
    report = report_fail_if_stuck(get_object_or_404(reports_visible_to(request.user), pk=pk))
    download_url = reverse("reports:download", args=[report.pk]) if report.status == "done" else ""
    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "status": report.status,
                "label": report.get_status_display(),
                "download_url": download_url,
                "error": report.error,
            }
        )
    return render(request, "reports/detail.html", {"report": report, "download_url": download_url})


@members_only
@permission_required(EXPORT_REPORTS, raise_exception=True)
def download(request: HttpRequest, pk: int) -> FileResponse:
    report = get_object_or_404(reports_visible_to(request.user), pk=pk, status=Report.Status.DONE)
    if not report.file or not report.file.storage.exists(report.file.name):
        raise Http404
    record_event(
        action=AuditEvent.Action.EXPORT_PDF,
        request=request,
        target=report,
        kind=report.kind,
        key=report.target_key,
        language=report.language,
    )
    return FileResponse(
        report.file.open("rb"),
        as_attachment=True,
        filename=report.filename,
        content_type="application/pdf",
    )

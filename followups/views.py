from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from crimex_portal.accounts.decorators import members_only
from crimex_portal.accounts.roles import EXPORT_REPORTS
from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.downloads import attachment
from followups import exports
from followups.forms import FollowUpStatusForm
from followups.models import FollowUp
from followups.selectors import followup_for_page, tracking_table
from followups.services import can_update_followup, followup_status_update
from sessions.models import Session

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _filters(request: HttpRequest) -> tuple[Session | None, str]:
    session = None
    if request.GET.get("session", "").isdigit():
        session = Session.objects.published().filter(pk=request.GET["session"]).first()
    status = request.GET.get("status", "")
    return session, status if status in FollowUp.Status.values else ""


@members_only
def tracking(request: HttpRequest) -> HttpResponse:
    session, status = _filters(request)
    return render(
        request,
        "followups/tracking.html",
        {
            "followups": tracking_table(session=session, status=status),
            "sessions": Session.objects.published().filter(decisions__isnull=False).distinct(),
            "statuses": FollowUp.Status.choices,
            "chosen_session": session,
            "chosen_status": status,
            "can_export": request.user.has_perm(EXPORT_REPORTS),
        },
    )


@members_only
def tracking_xlsx(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(EXPORT_REPORTS):
        raise PermissionDenied
    session, status = _filters(request)
    content = exports.tracking_xlsx(tracking_table(session=session, status=status))
    record_event(action=AuditEvent.Action.EXPORT_XLSX, request=request, export="follow-ups")
    return attachment(HttpResponse(content, content_type=XLSX), "crimex-follow-ups.xlsx")


@members_only
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        followup = followup_for_page(pk)
    except FollowUp.DoesNotExist as missing:
        raise Http404 from missing
    if not followup.decision.session.is_published and not request.user.has_perm(
        "crimex_sessions.change_session"
    ):
        raise Http404
    can_update = can_update_followup(request.user, followup)
    return render(
        request,
        "followups/detail.html",
        {
            "followup": followup,
            "can_update": can_update,
            "form": FollowUpStatusForm(
                initial={"status": followup.status, "note": followup.status_note}
            )
            if can_update
            else None,
            # Approved updates, and the reader's own (a coordinator sees their draft cite it).
            "evidence_of": followup.cited_in_updates.filter(
                Q(review="approved") | Q(author=request.user)
            ).select_related("indicator__action__goal__plan", "period", "country"),
        },
    )


@require_POST
@members_only
def update_status(request: HttpRequest, pk: int) -> HttpResponse:
    followup = get_object_or_404(FollowUp, pk=pk)
    if not can_update_followup(request.user, followup):
        raise PermissionDenied
    form = FollowUpStatusForm(request.POST)
    if form.is_valid():
        try:
            followup_status_update(
                followup=followup,
                by=request.user,
                status=form.cleaned_data["status"],
                note=form.cleaned_data["note"],
                request=request,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The follow-up's status is saved."))
    else:
        messages.error(request, _("Choose a status from the list."))
    return redirect(followup.get_absolute_url())

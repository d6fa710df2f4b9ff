from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actionplans import charts, exports
from actionplans.forms import ProgressUpdateForm, ReviewForm
from actionplans.models import Action, ActionPlan, Indicator, ProgressUpdate
from actionplans.selectors import (
    action_detail,
    dashboard_figures,
    plan_table,
    plans,
    progress_history,
    review_queue,
    updates_of,
)
from actionplans.services import (
    SELF_REVIEW_REFUSED,
    progress_update_create,
    progress_update_edit,
    progress_update_review,
    progress_update_submit,
)
from crimex_portal.accounts.decorators import members_only
from crimex_portal.accounts.roles import EXPORT_REPORTS, RECORD_PROGRESS, REVIEW_PROGRESS
from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.downloads import attachment, private_file_download


@members_only
def index(request: HttpRequest) -> HttpResponse:
    context = {"plans": plans()}
    if request.user.has_perm(RECORD_PROGRESS):
        context["my_updates"] = updates_of(request.user)[:10]
    if request.user.has_perm(REVIEW_PROGRESS):
        context["to_review"] = review_queue().count()
    return render(request, "actionplans/index.html", context)


def _plan_or_404(code: str) -> ActionPlan:
    """The plan's table, read only when the page's cached fragment is missing (templates read
    the lazy object inside {% fragment %}); whether the plan exists is always asked."""
    if not ActionPlan.objects.filter(code=code).exists():
        raise Http404
    return SimpleLazyObject(lambda: plan_table(code))


@members_only
def plan(request: HttpRequest, code: str) -> HttpResponse:
    return render(
        request,
        "actionplans/plan.html",
        {
            "code": code,
            "plan": _plan_or_404(code),
            "can_record": request.user.has_perm(RECORD_PROGRESS),
            "can_export": request.user.has_perm(EXPORT_REPORTS),
        },
    )


@members_only
def action(request: HttpRequest, pk: int) -> HttpResponse:
    # The title's one query; the rest is read only when the page's fragment is not cached.
    title = get_object_or_404(
        Action.objects.select_related("goal__plan").only("reference", "goal__plan__code"), pk=pk
    )
    return render(
        request,
        "actionplans/action.html",
        {
            "title": title,
            "action": SimpleLazyObject(lambda: action_detail(pk)),
            "history": SimpleLazyObject(lambda: progress_history(title, request.user)),
            "can_record": request.user.has_perm(RECORD_PROGRESS),
        },
    )


def _dashboard_context(plan_found: ActionPlan) -> dict:
    figures = dashboard_figures(plan_found)
    return {
        "figures": figures,
        "goal_chart": charts.status_chart(
            figures.by_goal,
            title=_("Indicators by strategic goal"),
            description=_("Indicators achieved, in progress and not started, per strategic goal."),
        ),
        "country_chart": charts.status_chart(
            figures.by_country,
            title=_("Indicators by country"),
            description=_("Indicators achieved, in progress and not started, per country."),
        ),
        "series_chart": charts.series_chart(
            figures.value_series,
            title=_("Values over time"),
            description=_("Approved values of the counted indicators, period by period."),
        ),
    }


@members_only
def dashboard(request: HttpRequest, code: str) -> HttpResponse:
    plan_found = get_object_or_404(ActionPlan, code=code)
    return render(
        request,
        "actionplans/dashboard.html",
        {
            "plan": plan_found,
            # Figures and charts are worked out only when the page's fragment is not cached.
            "dashboard": SimpleLazyObject(lambda: _dashboard_context(plan_found)),
            "statuses": [
                (status, ProgressUpdate.Status(status).label)
                for status in ("achieved", "in_progress", "not_started")
            ],
            "can_export": request.user.has_perm(EXPORT_REPORTS),
        },
    )


@members_only
@permission_required(EXPORT_REPORTS, raise_exception=True)
def export(request: HttpRequest, code: str, file_format: str) -> HttpResponse:
    plan_found = get_object_or_404(ActionPlan, code=code)
    sheets = exports.plan_sheets(plan_found)
    if file_format == "csv":
        content, content_type, action = (
            exports.to_csv(sheets),
            "text/csv; charset=utf-8",
            AuditEvent.Action.EXPORT_CSV,
        )
    elif file_format == "xlsx":
        content, action = exports.to_xlsx(sheets), AuditEvent.Action.EXPORT_XLSX
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        raise Http404
    record_event(action=action, request=request, target=plan_found, export="action plan")
    return attachment(
        HttpResponse(content, content_type=content_type),
        f"crimex-action-plan-{plan_found.code}.{file_format}",
    )


@members_only
@permission_required(RECORD_PROGRESS, raise_exception=True)
def record_update(request: HttpRequest, indicator_pk: int) -> HttpResponse:
    indicator = get_object_or_404(
        Indicator.objects.select_related("action__goal__plan"), pk=indicator_pk
    )
    form = ProgressUpdateForm(request.POST or None, request.FILES or None, indicator=indicator)
    if request.method == "POST" and form.is_valid():
        try:
            update = progress_update_create(
                author=request.user, indicator=indicator, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your draft is saved. Submit it when it is ready."))
            return redirect(update.get_absolute_url())
    return render(request, "actionplans/update_form.html", {"indicator": indicator, "form": form})


def _visible_update(request: HttpRequest, pk: int) -> ProgressUpdate:
    update = get_object_or_404(
        ProgressUpdate.objects.select_related(
            "indicator__action__goal__plan",
            "period",
            "country",
            "author",
            "reviewed_by",
            "evidence_session",
            "evidence_document",
            "evidence_followup__decision__session",
        ).prefetch_related("revisions__changed_by"),
        pk=pk,
    )
    own = update.author_id == request.user.pk
    if not (
        own
        or update.review == ProgressUpdate.Review.APPROVED
        or request.user.has_perm(REVIEW_PROGRESS)
    ):
        raise Http404
    return update


@members_only
def update_detail(request: HttpRequest, pk: int) -> HttpResponse:
    update = _visible_update(request, pk)
    own = update.author_id == request.user.pk
    editable = own and update.review in (
        ProgressUpdate.Review.DRAFT,
        ProgressUpdate.Review.RETURNED,
    )
    form = None
    if editable and not update.period.is_locked:
        form = ProgressUpdateForm(
            request.POST or None, request.FILES or None, instance=update, indicator=update.indicator
        )
        if request.method == "POST" and form.is_valid():
            try:
                progress_update_edit(update=update, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Your changes are saved."))
                return redirect(update.get_absolute_url())
    awaits_review = (
        request.user.has_perm(REVIEW_PROGRESS) and update.review == ProgressUpdate.Review.SUBMITTED
    )
    can_review = awaits_review and not own
    return render(
        request,
        "actionplans/update_detail.html",
        {
            "update": update,
            "form": form,
            "can_submit": editable,
            "review_form": ReviewForm() if can_review else None,
            "self_review_refused": SELF_REVIEW_REFUSED if awaits_review and own else None,
        },
    )


@require_POST
@members_only
@permission_required(RECORD_PROGRESS, raise_exception=True)
def submit_update(request: HttpRequest, pk: int) -> HttpResponse:
    update = _visible_update(request, pk)
    try:
        progress_update_submit(update=update, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Submitted: PMT staff will review it."))
    return redirect(update.get_absolute_url())


@require_POST
@members_only
@permission_required(REVIEW_PROGRESS, raise_exception=True)
def review_update(request: HttpRequest, pk: int) -> HttpResponse:
    update = _visible_update(request, pk)
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            progress_update_review(
                update=update,
                by=request.user,
                approve=form.cleaned_data["decision"] == "approve",
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your review is recorded."))
            return redirect("actionplans:review_queue")
    else:
        messages.error(request, _("Choose to approve or to return the update."))
    return redirect(update.get_absolute_url())


@members_only
@permission_required(REVIEW_PROGRESS, raise_exception=True)
def review_list(request: HttpRequest) -> HttpResponse:
    return render(request, "actionplans/review_queue.html", {"updates": review_queue()})


@members_only
def update_evidence(request: HttpRequest, pk: int) -> HttpResponse:
    update = _visible_update(request, pk)
    if not update.evidence_file:
        raise Http404
    return private_file_download(request, update.evidence_file, target=update, label="evidence")

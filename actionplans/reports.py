"""The action plan's implementation report: figures, plan table and the narrative of the latest
reported period, as a PDF (registered with the reports app when the app is ready)."""

import unicodedata
from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext

from actionplans.models import ActionPlan, ProgressUpdate
from actionplans.selectors import (
    StatusCount,
    actions_with_followups,
    approved_narratives,
    dashboard_figures,
    last_approval_at,
    latest_reported_period,
    plan_table,
)
from crimex_portal.reports.registry import ReportBuilder, object_or_lookup_error, register

# The order of the dashboard's tables and charts.
STATUS_ORDER = (
    ProgressUpdate.Status.ACHIEVED,
    ProgressUpdate.Status.IN_PROGRESS,
    ProgressUpdate.Status.NOT_STARTED,
)


@dataclass(frozen=True)
class StatusCell:
    status: str
    count: int
    width: str  # a CSS percentage, as a string so that no locale puts a decimal comma in it


@dataclass(frozen=True)
class StatusRow:
    label: str
    cells: list[StatusCell]
    total: int


def status_row(row: StatusCount) -> StatusRow:
    total = row.total
    cells = [
        StatusCell(
            status=status,
            count=row.counts[status],
            width=f"{100 * row.counts[status] / total:.2f}" if total else "0",
        )
        for status in STATUS_ORDER
    ]
    return StatusRow(label=row.label, cells=cells, total=total)


def text_direction(text: str) -> str | None:
    """The direction of free text from its first strongly directional letter, as dir="auto"
    decides it (which WeasyPrint does not do): a coordinator may write in any language."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


@dataclass(frozen=True)
class Narrative:
    update: ProgressUpdate
    narrative_dir: str | None
    comment_dir: str | None


def narrative(update: ProgressUpdate) -> Narrative:
    return Narrative(
        update, text_direction(update.narrative), text_direction(update.review_comment)
    )


def plan_report_title(plan: ActionPlan) -> str:
    return gettext("Implementation report – Action Plan %(code)s") % {"code": plan.code}


def plan_report_context(plan: ActionPlan) -> dict:
    table = plan_table(plan.code)
    figures = dashboard_figures(table)
    all_counts = sum((row.counts for row in figures.by_goal), Counter())
    overall = status_row(StatusCount(gettext("All indicators"), all_counts))
    status_tables = []
    if figures.by_goal:
        status_tables.append(
            {
                "heading": gettext("By strategic goal"),
                "row_heading": gettext("Strategic goal"),
                "rows": [*map(status_row, figures.by_goal), overall],
                "total_row": overall,
            }
        )
    if figures.by_country:
        status_tables.append(
            {
                "heading": gettext("By country"),
                "row_heading": gettext("Country"),
                "rows": [*map(status_row, figures.by_country)],
                "total_row": None,
            }
        )
    period = latest_reported_period(table)
    return {
        "plan": table,
        "statuses": [(status, ProgressUpdate.Status(status).label) for status in STATUS_ORDER],
        "overall": overall,
        "status_tables": status_tables,
        "period": period,
        "content_date": last_approval_at(table),
        "narratives": [*map(narrative, approved_narratives(table, period))] if period else [],
        "has_demo": figures.has_demo,
        "followup_actions": list(actions_with_followups(table)),
    }


action_plan_report = register(
    ReportBuilder(
        kind="action_plan",
        template_name="reports/action_plan.html",
        target=lambda key: object_or_lookup_error(ActionPlan.objects.all(), code=key),
        title=plan_report_title,
        context=plan_report_context,
        restricted=True,
        key_of=lambda plan: plan.code,
    )
)

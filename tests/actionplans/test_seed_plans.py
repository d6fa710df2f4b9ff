"""Both plans are loaded exactly as seed 003 says, its broken table rebuilt as the authors meant."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from actionplans.models import Action, ActionEntity, ActionPlan, Indicator
from crimex_portal import seeding
from crimex_portal.accounts import roles
from crimex_portal.pages.models import SeededRow
from tests.factories import UserFactory, log_in_with_two_factor

SEED = next((Path(__file__).resolve().parents[2] / "crimex_portal" / "seeds").glob("003_*.txt"))
# Participating entities in the order the adopted plan lists them: PGOs first.
ENTITIES_A = ["PGOs", "EMJ", "CrimEx", "Eurojust ATT", "EU Prosecutor Focus Group", "EJN"]

# (goal, reference, start of the description, entities, indicators (code, text), sources)
EXPECTED = {
    "A": [
        (
            1,
            "1.1",
            "PGO, in coordination with Judicial Institutes",
            ["PGOs", "EMJ", "CrimEx", "EAJTN", "Eurojust ATT", "EJN"],
            [("1.1", "Number of trainings, visits and exchanges")],
            ["PGOs", "EMJ reports", "CrimEx", "Eurojust", "EJN", "Open sources"],
        ),
        (
            2,
            "2.1",
            "Explore the possibility to set up of operational groups",
            ENTITIES_A,
            [("2.1", "Number of operational groups established")],
            ["PGOs", "EMJ reports", "CrimEx", "Eurojust", "EJN"],
        ),
        (
            2,
            "2.2",
            "Support the set-up of EMJNet sub-group",
            ["PGOs", "EMJ", "Eurojust ATT", "EU Prosecutor Focus Group", "EJN"],
            [
                ("2.2.a", "EMJNet sub-group specialised in anti-trafficking established"),
                (
                    "2.2.b",
                    "It liaises with EU Prosecutors Focus Group on anti-trafficking and other "
                    "networks",
                ),
            ],
            ["PGOs", "EMJ reports", "CrimEx", "Eurojust", "EJN"],
        ),
        (
            3,
            "3.1",
            "Exchange of experiences and best practices",
            ENTITIES_A,
            [
                (
                    "3.1.a",
                    "Share POs concrete experiences and challenges when cooperating in migrant "
                    "smuggling cases across the Mediterranean.",
                ),
                ("3.2.b", "Initial advise is provided"),  # as printed, with a note
            ],
            ["PGOs", "EMJ reports", "CrimEx", "Eurojust", "EJN"],
        ),
        (
            4,
            "4.1",
            "For initial contacts use of the EMJ Directory",
            ENTITIES_A,
            [("4.1", "Number of initial contacts")],
            ["PGOs", "EMJ reports", "CrimEx", "Eurojust", "EJN"],
        ),
        (
            5,
            "5.1",
            "CrimEx and PGOs with EMJ support will monitor",
            ["PGOs", "EMJ", "CrimEx"],
            [("5.1.a", "Implementation report"), ("5.1.b", "Draft of the next action plan")],
            ["PGOs", "EMJ reports", "CrimEx"],
        ),
        (
            6,
            "6.1",
            "Explore and identify practical and sustainable solutions",
            ENTITIES_A,
            [("6.1", "Solutions explored and proposed")],
            ["PGOs", "EMJ reports", "CrimEx", "Eurojust", "EJN"],
        ),
    ],
    "B": [
        (
            1,
            "1.1",
            "PGOs in coordination with Judicial Institutes",
            ["PGOs", "EMJ", "CrimEx", "EAJTN"],
            [("1.1", "Number of trainings, visits and exchanges")],
            ["PGOs", "EMJ reports", "CrimEx"],
        ),
        (
            2,
            "2.1",
            "Strengthen prosecutors possibility to cooperate",
            ["PGOs", "EMJ", "CrimEx", "Eurojust Ec. Crime"],
            [("2.1", "No of cases")],
            ["PGOs", "EMJ reports", "CrimEx"],
        ),
        (
            3,
            "3.1",
            "Explore the possibility to use UN UNTOC and UNCAC",
            ["PGOs", "EMJ", "CrimEx", "Eurojust Ec. Crime"],
            [
                (
                    "3.1.a",
                    "Share POs concrete experiences, challenges and possible solutions when "
                    "cooperating in MLA request across the Mediterranean.",
                ),
                ("3.1.b", "Pre - MLA advise is provided"),
                ("3.1.c", "SPCs accession to CARIN"),
            ],
            ["PGOs", "EMJ reports", "CrimEx"],
        ),
        (
            4,
            "4.1",
            "Use of the EMJ Directory",
            ["PGOs", "EMJ", "CrimEx", "Eurojust Ec. Crime"],
            [("4.1", "Contacts established")],
            ["PGOs", "EMJ reports", "CrimEx"],
        ),
        (
            5,
            "5.1",
            "Collection and analyse of statistical data",
            ["PGOs", "EMJ", "CrimEx", "Eurojust Ec. Crime"],
            [("5.1", "Analyse of the statistical data and proposed actions")],
            ["PGOs", "EMJ reports", "CrimEx"],
        ),
        (
            6,
            "6.1",
            "Explore and identify practical solutions to streamline",
            ["PGOs", "EMJ", "CrimEx", "Eurojust Ec. Crime"],
            [("6.1", "Solutions identified and proposed")],
            ["PGOs", "EMJ reports", "CrimEx"],
        ),
    ],
}
GOALS = [
    "Capacity development",
    "Operational coop.",
    "MLA speed up",
    "Direct Contacts",
    "Planning Cycle",
    "Organisational aspects",
]

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["A", "B"])
def test_plan_rows_match_the_seed(seeded, code):
    plan = ActionPlan.objects.get(code=code)
    assert [(goal.number, goal.title_en) for goal in plan.goals.order_by("number")] == list(
        enumerate(GOALS, start=1)
    )
    actions = Action.objects.filter(goal__plan=plan).order_by("order")
    assert len(actions) == len(EXPECTED[code])
    for action, (goal, reference, start, entities, indicators, sources) in zip(
        actions, EXPECTED[code], strict=True
    ):
        assert (action.goal.number, action.reference) == (goal, reference)
        assert action.description_en.startswith(start), reference
        assert [entity.acronym for entity in action.ordered_entities] == entities, reference
        assert list(action.indicators.order_by("order").values_list("code", "text_en")) == (
            indicators
        ), reference
        assert action.data_source_list() == sources, reference


def test_every_word_of_the_seed_table_is_in_the_portal(seeded):
    text = SEED.read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", text).replace("•", " ")
    seed_words = set(text.split())
    loaded = []
    for plan in ActionPlan.objects.all():
        loaded.append(plan.title_en)
        for action in Action.objects.filter(goal__plan=plan):
            loaded += [
                action.goal.title_en,
                action.reference,
                action.description_en,
                action.sub_points_en,
                action.data_sources_en,
            ]
            loaded += [f"{entity.acronym} {entity.name_en}" for entity in action.entities.all()]
            loaded += [
                f"{indicator.code} {indicator.text_en}" for indicator in action.indicators.all()
            ]
    loaded_words = set(" ".join(loaded).replace(".", " . ").split()) | set(" ".join(loaded).split())
    # Table furniture, and the indicator codes such as "3.2 b)".
    furniture = {
        "STRATEGIC",
        "GOAL",
        "REF.",
        "No.",
        "NO.",
        "DESCRIPTION",
        "OF",
        "ACTION",
        "PARTICIPATING",
        "ENTITY",
        "INDICATORS",
        "SOURCES",
        "DATA",
        "OBSERVATION",
        "Action",
        "Plan",
        "A.",
        "B.",
        "3.2",
        "b)",
        "a)",
        "c)",
        "1.",
        "2.",
        "3.",
        "4.",
        "5.",
        "6.",
    }
    codes = re.compile(r"^\d+\.\d+\.?\s*[a-z]?\)?$")  # "2.2.a)", "2.2." are the indicator codes
    missing = sorted(
        word
        for word in seed_words - furniture
        if word not in loaded_words and not codes.match(word)
    )
    assert missing == []


def test_plans_are_translated(seeded):
    for action in Action.objects.all():
        assert all((action.description_fr, action.description_ar)), action
        for indicator in action.indicators.all():
            assert all((indicator.text_fr, indicator.text_ar)), indicator


def test_plan_a_3_1_shows_its_second_indicator_as_printed_with_an_editorial_note(seeded, client):
    action = Action.objects.get(goal__plan__code="A", reference="3.1")
    printed = action.indicators.get(code="3.2.b")

    assert "3.2 b) Initial advise is provided" in SEED.read_text(encoding="utf-8")
    assert printed.editorial_note_en == "printed 3.2 b) in the adopted plan, under action 3.1"
    assert "3.2 b)" in printed.editorial_note_fr
    assert "3.2 b)" in printed.editorial_note_ar
    # Every other indicator is as printed, and has no note.
    assert not Indicator.objects.exclude(pk=printed.pk).exclude(editorial_note_en="").exists()


def test_a_database_seeded_with_indicator_3_1_b_keeps_the_row_and_shows_3_2_b(seeded):
    """Before issue 16 the seed renumbered the indicator 3.1.b: the same row (and the progress
    reported on it) now shows the printed code and the note."""
    action = Action.objects.get(goal__plan__code="A", reference="3.1")
    indicator = action.indicators.get(code="3.2.b")
    Indicator.objects.filter(pk=indicator.pk).update(
        code="3.1.b", editorial_note_en="", editorial_note_fr="", editorial_note_ar=""
    )
    record = SeededRow.objects.get(object_id=indicator.pk, key__startswith="actionplans.indicator")
    names = [name for name in record.fields if not name.startswith("editorial_note")]
    record.fields = names
    record.fingerprint = seeding._hash(seeding.current_values(indicator, names))
    indicator.refresh_from_db()
    record.fingerprint = seeding._hash(seeding.current_values(indicator, names))
    record.save()

    call_command("load_seed_content", stdout=io.StringIO())

    indicator.refresh_from_db()
    assert indicator.code == "3.2.b"
    assert indicator.editorial_note_en.startswith("printed 3.2 b)")
    assert action.indicators.count() == 2


def test_entities_are_shown_in_the_plans_order_with_their_full_names(seeded, client):
    user = UserFactory(roles=[roles.MEMBER], two_factor=True)
    log_in_with_two_factor(client, user)
    action = Action.objects.get(goal__plan__code="A", reference="1.1")

    # Codes and acronyms are isolated (<bdi>) for right-to-left pages: compare the text.
    unisolated = re.compile(r"</?bdi[^>]*>")
    plan_page = unisolated.sub(
        "", client.get(reverse("actionplans:plan", args=["A"])).content.decode()
    )
    action_page = unisolated.sub("", client.get(action.get_absolute_url()).content.decode())

    row = plan_page.split(f'href="{action.get_absolute_url()}"')[1].split("</tr>")[0]
    acronyms = re.findall(r'<abbr title="[^"]+">([^<]+)</abbr>', row)
    assert acronyms == ["PGOs", "EMJ", "CrimEx", "EAJTN", "Eurojust ATT", "EJN"]
    for entity in action.ordered_entities:
        assert f"{entity.name} (<abbr" in action_page.replace("&#x27;", "'")
    facts = action_page.split("</dt><dd>", 1)[1].split("</dd>")[0]
    positions = [facts.index(entity.acronym + "</abbr>") for entity in action.ordered_entities]
    assert positions == sorted(positions)
    assert "Editorial note</em> – printed 3.2 b) in the adopted plan, under action 3.1" in plan_page


def _as_before_issue_16(actions) -> None:
    """Entities linked without a position, and seed records that took them as a set."""
    ActionEntity.objects.update(position=0)
    for action in actions:
        record = SeededRow.objects.get(object_id=action.pk, key__startswith="actionplans.action:")
        record.fingerprint = seeding._hash(seeding.current_values(action, record.fields))
        record.save()


def test_a_database_seeded_before_the_order_gets_the_plans_order_and_keeps_edits(seeded):
    actions = list(Action.objects.all())
    _as_before_issue_16(actions)
    edited = Action.objects.get(goal__plan__code="B", reference="2.1")
    edited.description_fr = "Texte revu par le PMT"
    edited.save()

    output = io.StringIO()
    call_command("load_seed_content", stdout=output)

    for action in Action.objects.all():
        assert action.ordered_entities[0].acronym == "PGOs", action
    edited.refresh_from_db()
    assert edited.description_fr == "Texte revu par le PMT"
    assert [entity.acronym for entity in edited.ordered_entities] == [
        "PGOs",
        "EMJ",
        "CrimEx",
        "Eurojust Ec. Crime",
    ]
    assert "kept 1 action edited in the portal" in output.getvalue()
    second = io.StringIO()
    call_command("load_seed_content", stdout=second)
    assert "Seed content loaded: 0 rows created or updated." in second.getvalue()


def test_entities_reordered_in_the_portal_are_kept(seeded):
    action = Action.objects.get(goal__plan__code="A", reference="5.1")
    pgos, emj, crimex = action.ordered_entities
    action.set_entities([crimex, pgos, emj])

    output = io.StringIO()
    call_command("load_seed_content", stdout=output)

    assert action.ordered_entities == [crimex, pgos, emj]
    assert "kept 1 action edited in the portal" in output.getvalue()

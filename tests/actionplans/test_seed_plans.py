"""Both plans are loaded exactly as seed 003 says, its broken table rebuilt as the authors meant."""

import re
from pathlib import Path

import pytest

from actionplans.models import Action, ActionPlan

SEED = next((Path(__file__).resolve().parents[2] / "crimex_portal" / "seeds").glob("003_*.txt"))
ENTITIES_A = ["CrimEx", "EMJ", "EJN", "EU Prosecutor Focus Group", "Eurojust ATT", "PGOs"]

# (goal, reference, start of the description, entities, indicators (code, text), sources)
EXPECTED = {
    "A": [
        (
            1,
            "1.1",
            "PGO, in coordination with Judicial Institutes",
            ["CrimEx", "EAJTN", "EJN", "EMJ", "Eurojust ATT", "PGOs"],
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
            ["EJN", "EMJ", "EU Prosecutor Focus Group", "Eurojust ATT", "PGOs"],
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
                ("3.1.b", "Initial advise is provided"),
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
            ["CrimEx", "EMJ", "PGOs"],
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
            ["CrimEx", "EAJTN", "EMJ", "PGOs"],
            [("1.1", "Number of trainings, visits and exchanges")],
            ["PGOs", "EMJ reports", "CrimEx"],
        ),
        (
            2,
            "2.1",
            "Strengthen prosecutors possibility to cooperate",
            ["CrimEx", "EMJ", "Eurojust Ec. Crime", "PGOs"],
            [("2.1", "No of cases")],
            ["PGOs", "EMJ reports", "CrimEx"],
        ),
        (
            3,
            "3.1",
            "Explore the possibility to use UN UNTOC and UNCAC",
            ["CrimEx", "EMJ", "Eurojust Ec. Crime", "PGOs"],
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
            ["CrimEx", "EMJ", "Eurojust Ec. Crime", "PGOs"],
            [("4.1", "Contacts established")],
            ["PGOs", "EMJ reports", "CrimEx"],
        ),
        (
            5,
            "5.1",
            "Collection and analyse of statistical data",
            ["CrimEx", "EMJ", "Eurojust Ec. Crime", "PGOs"],
            [("5.1", "Analyse of the statistical data and proposed actions")],
            ["PGOs", "EMJ reports", "CrimEx"],
        ),
        (
            6,
            "6.1",
            "Explore and identify practical solutions to streamline",
            ["CrimEx", "EMJ", "Eurojust Ec. Crime", "PGOs"],
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
        assert sorted(action.entities.values_list("acronym", flat=True)) == sorted(entities), (
            reference
        )
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
    # Table furniture, and the typo "3.2 b)" the portal reads as indicator 3.1.b.
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

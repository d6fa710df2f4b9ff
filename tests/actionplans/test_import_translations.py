"""Journeys: the plans are seeded and translated, then PMT import their tables again."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.forms.models import model_to_dict
from django.utils import translation

from actionplans.models import Action, ActionPlan, Indicator, StrategicGoal
from actionplans.seed import SEED_DIR
from crimex_portal.text import lines_of
from crimex_portal.translations.content import outdated_translations

pytestmark = pytest.mark.django_db
TRANSLATED = (ActionPlan, StrategicGoal, Action, Indicator)


def import_plan(path: Path, *options: str) -> str:
    output = io.StringIO()
    call_command("import_action_plan", path, *options, stdout=output)
    return output.getvalue()


def texts(language: str) -> dict:
    """Every text of the plans in one language, by row."""
    found = {}
    for model in TRANSLATED:
        for instance in model.objects.all():
            found[(model.__name__, instance.pk)] = {
                name: value
                for name, value in model_to_dict(instance).items()
                if name.endswith(f"_{language}")
            }
    return found


def test_reimporting_the_english_table_keeps_every_translation(seeded, tmp_path):
    french, arabic = texts("fr"), texts("ar")
    assert Action.objects.get(goal__plan__code="B", reference="2.1").description_ar

    output = import_plan(SEED_DIR / "plan_b.tsv")

    assert "Action Plan B: 0 created, 0 updated, 0 removed, 21 unchanged." in output
    assert texts("fr") == french
    assert texts("ar") == arabic


def test_a_changed_english_text_keeps_its_translations_marked_outdated(seeded, tmp_path):
    action = Action.objects.get(goal__plan__code="B", reference="2.1")
    french, arabic = action.description_fr, action.description_ar
    path = tmp_path / "plan_b.tsv"
    path.write_text(
        (SEED_DIR / "plan_b.tsv")
        .read_text(encoding="utf-8")
        .replace("Strengthen prosecutors possibility", "Strengthen the prosecutors' possibility"),
        encoding="utf-8",
    )

    output = import_plan(path)

    assert "Action Plan B: 0 created, 1 updated, 0 removed, 20 unchanged." in output
    assert "updated action 2.1: description [en]" in output
    action.refresh_from_db()
    assert action.description_en.startswith("Strengthen the prosecutors' possibility")
    assert (action.description_fr, action.description_ar) == (french, arabic)
    assert set(outdated_translations(action)) == {("description", "fr"), ("description", "ar")}
    others = [
        other for other in Action.objects.exclude(pk=action.pk) if any(outdated_translations(other))
    ]
    assert not others
    # The same table again: nothing more to do.
    assert "0 created, 0 updated, 0 removed" in import_plan(path)


def translated_table(code: str, language: str, *, changed: dict[str, str]) -> str:
    """The plan's table in `language`, from the stored translations, some descriptions changed."""
    plan = ActionPlan.objects.get(code=code)
    with translation.override(language):
        heading = {"fr": "Plan d’action", "ar": "خطة العمل"}[language]
        header = [
            translation.gettext(name)
            for name in (
                "Strategic goal",
                "Ref. No.",
                "Description of action",
                "Participating entities",
                "Indicators",
                "Sources of data",
                "Observation",
            )
        ]
    lines = [f"{heading} {code}. {getattr(plan, f'title_{language}')}", "", "\t".join(header)]
    for action in Action.objects.filter(goal__plan=plan).order_by("order"):
        goal = action.goal
        description = changed.get(action.reference, getattr(action, f"description_{language}"))
        indicators = list(action.indicators.order_by("order"))
        lines.append(
            "\t".join(
                [
                    f"{goal.number}. {getattr(goal, f'title_{language}')}",
                    action.reference,
                    " || ".join(
                        [description, *lines_of(getattr(action, f"sub_points_{language}") or "")]
                    ),
                    "; ".join(action.entities.values_list("acronym", flat=True)),
                    " || ".join(
                        getattr(indicator, f"text_{language}")
                        if len(indicators) == 1
                        else f"{indicator.code}) {getattr(indicator, f'text_{language}')}"
                        for indicator in indicators
                    ),
                    "; ".join(lines_of(getattr(action, f"data_sources_{language}") or "")),
                    "",
                ]
            )
        )
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("language", "other"), [("fr", "ar"), ("ar", "fr")])
def test_a_translated_table_changes_only_its_language(seeded, tmp_path, language, other):
    english, others = texts("en"), texts(other)
    before = texts(language)
    path = tmp_path / f"plan_b_{language}.tsv"
    path.write_text(
        translated_table("B", language, changed={"5.1": "Collecte et analyse revues"}),
        encoding="utf-8",
    )

    output = import_plan(path, "--language", language)

    assert "Action Plan B: 0 created, 1 updated, 0 removed, 20 unchanged." in output
    assert f"updated action 5.1: description [{language}]" in output
    after = texts(language)
    action = Action.objects.get(goal__plan__code="B", reference="5.1")
    assert getattr(action, f"description_{language}") == "Collecte et analyse revues"
    assert {key: value for key, value in after.items() if key != ("Action", action.pk)} == {
        key: value for key, value in before.items() if key != ("Action", action.pk)
    }
    assert texts("en") == english
    assert texts(other) == others
    assert ("description", language) not in set(outdated_translations(action))


def test_a_translated_table_creates_nothing(seeded, tmp_path):
    text = translated_table("B", "fr", changed={}).replace("\t6.1\t", "\t6.2\t")
    path = tmp_path / "plan_b_fr.tsv"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(CommandError) as error:
        import_plan(path, "--language", "fr")

    assert "action 6.2 is not in Action Plan B: import the English table first." in str(error.value)
    assert not Action.objects.filter(reference="6.2").exists()


def test_a_translated_table_of_an_unknown_plan_is_refused(seeded, tmp_path):
    path = tmp_path / "plan_q_fr.tsv"
    path.write_text(
        translated_table("B", "fr", changed={}).replace("Plan d’action B.", "Plan d’action Q."),
        encoding="utf-8",
    )

    with pytest.raises(CommandError, match="Action Plan Q is not in the portal"):
        import_plan(path, "--language", "fr")
    assert not ActionPlan.objects.filter(code="Q").exists()

"""load_seed_content reproduces the source documents, and a second run changes nothing."""

import copy
import datetime
import io
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from actionplans.models import Action, Indicator, StrategicGoal
from crimex_portal.accounts import roles
from crimex_portal.pages.models import Page
from directory import seed_data as directory_seed_data
from directory.models import Country, CrimeArea, Organisation
from sessions import seed_data as sessions_seed_data
from sessions.models import AgendaItem, Session
from tests.factories import UserFactory, log_in_with_two_factor

SEEDS = Path(__file__).resolve().parent.parent / "crimex_portal" / "seeds"
# Obvious typos of the source that the portal corrects, and nothing else.
SOURCE_CORRECTIONS = {"think-thank": "think-tank"}

pytestmark = pytest.mark.django_db


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    for wrong, right in SOURCE_CORRECTIONS.items():
        text = text.replace(wrong, right)
    return " ".join(text.replace("•", " ").split())


def normalised(text: str) -> str:
    return " ".join(text.split())


def test_second_run_changes_nothing(seeded):
    snapshot = {
        model: list(model.objects.order_by("pk").values())
        for model in (Country, Organisation, CrimeArea, Page, Session)
    }
    output = io.StringIO()

    call_command("load_seed_content", stdout=output)

    assert "Seed content loaded: 0 rows created or updated." in output.getvalue()
    for model, rows in snapshot.items():
        assert list(model.objects.order_by("pk").values()) == rows


def test_countries(seeded):
    south_partners = Country.objects.filter(group=Country.Group.SOUTH_PARTNER)
    assert sorted(south_partners.values_list("iso_code", flat=True)) == [
        "DZ",
        "EG",
        "IL",
        "JO",
        "LB",
        "LY",
        "MA",
        "PS",
        "TN",
    ]
    assert Country.objects.filter(group=Country.Group.EU_MEMBER_STATE).count() == 27
    morocco = Country.objects.get(iso_code="MA")
    assert (morocco.name_en, morocco.name_fr, morocco.name_ar) == ("Morocco", "Maroc", "المغرب")


def test_organisations_named_in_seed_000_are_loaded(seeded):
    acronyms = set(Organisation.objects.values_list("acronym", flat=True))
    # Seed 000 and 002 name these partners and stakeholders.
    assert {"Eurojust", "EJN", "UNODC", "UN-CTED", "IAP", "EJTN", "Europol"} <= acronyms
    assert Organisation.objects.get(acronym="FIIAPP").country.iso_code == "ES"
    for organisation in Organisation.objects.all():
        assert all((organisation.name_en, organisation.name_fr, organisation.name_ar))


def test_crime_areas_follow_seed_004(seeded):
    source = seed_text("004").lower()
    core = CrimeArea.objects.filter(category=CrimeArea.Category.CORE)
    cross_cutting = CrimeArea.objects.filter(category=CrimeArea.Category.CROSS_CUTTING)

    assert core.count() == 5
    assert cross_cutting.count() == 5
    for area in [*core, *cross_cutting]:
        assert area.name_en.lower() in source
        assert all((area.name_fr, area.name_ar))


def test_about_page_is_seed_000_verbatim(seeded):
    about = Page.objects.get(slug="about")
    source = seed_text("000")
    blocks = [block for block in about.body_en.split("\n\n") if block.strip()]

    assert len(blocks) >= 8
    for block in blocks:
        for line in block.split("\n"):
            assert normalised(line.removeprefix("- ")) in source
    assert about.summary_en in source
    # The same structure in the translations: paragraphs and list items.
    for language in ("fr", "ar"):
        translated_body = getattr(about, f"body_{language}")
        assert translated_body.count("\n\n") == about.body_en.count("\n\n")
        assert translated_body.count("\n- ") == about.body_en.count("\n- ")


def test_sessions_of_seeds_001_and_002(seeded):
    second = Session.objects.get(number=2)
    assert (second.start_date.isoformat(), second.end_date.isoformat()) == (
        "2017-05-08",
        "2017-05-11",
    )
    fifth = Session.objects.get(number=5, part=Session.Part.SECOND)
    assert (fifth.start_date.isoformat(), fifth.end_date.isoformat()) == (
        "2018-01-24",
        "2018-01-25",
    )
    assert fifth.kind == Session.Kind.SPECIAL
    assert normalised(fifth.summary_en) in seed_text("002")
    # The report has no summary apart from its paragraphs, which are the background.
    assert second.summary_en == ""


def test_missing_translation_falls_back_to_english(db):
    Country.objects.create(iso_code="QZ", name_en="Fallbackland", group=Country.Group.OTHER)
    with translation.override("fr"):
        assert Country.objects.get(iso_code="QZ").name == "Fallbackland"


def test_fifth_session_timetable_is_seed_002_line_by_line(seeded):
    (path,) = SEEDS.glob("002_*.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    timetable = []  # (day, "HH:MM", first words of the title) as the seed prints them
    day = None
    for line in lines:
        if line.startswith(("Wednesday 24th January 2018", "Thursday 25th January 2018")):
            day = 24 if line.startswith("Wednesday") else 25
        match = re.match(r"^(\d\d)\.\s?(\d\d) (.+)", line)
        if day and match and "End of the day" not in line:
            timetable.append((day, f"{match[1]}:{match[2]}", " ".join(match[3].split()[:4])))

    fifth = Session.objects.get(number=5, part=Session.Part.SECOND)
    loaded = [
        (item.date.day, item.start_time.strftime("%H:%M"), " ".join(item.title_en.split()[:4]))
        for item in fifth.agenda_items.order_by("date", "start_time")
    ]

    assert loaded == timetable
    assert len(loaded) == 17
    last_of_day_one = fifth.agenda_items.filter(date__day=24).order_by("start_time").last()
    assert last_of_day_one.end_time.strftime("%H:%M") == "17:00"  # "17. 00 End of the day"
    assert fifth.working_languages == ["en", "fr"]
    assert fifth.interpretation_languages == ["ar", "en", "fr"]
    assert fifth.moderation_en == "CrimEx Presidium"
    assert fifth.objectives.count() == 3
    assert sorted(fifth.participating_countries.values_list("iso_code", flat=True)) == [
        "DZ",
        "EG",
        "IL",
        "JO",
        "LB",
        "MA",
        "PS",
        "TN",
    ]
    assert set(fifth.experts.values_list("name", flat=True)) == {
        "Victoria Palau",
        "Virgil Ivan-Cucu",
        "Dania Samoul",
        "Michel Quillé",
    }


# --- Re-seeding keeps what people did (issue 15) ---------------------------------------------


def load_seed(*arguments: str) -> str:
    output = io.StringIO()
    call_command("load_seed_content", *arguments, stdout=output)
    return output.getvalue()


def _form_value(value):
    if isinstance(value, bool):
        return "on" if value else None
    if isinstance(value, list | tuple):
        return [str(getattr(item, "pk", item)) for item in value]
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return str(getattr(value, "pk", value))


def admin_form_data(response) -> dict:
    """What the admin's change page would post back untouched: the form and every inline."""
    forms = [response.context["adminform"].form]
    data = {}
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[formset.management_form.add_prefix(name)] = value
        forms += formset.forms
    for form in forms:
        for name in form.fields:
            value = _form_value(form[name].value())
            if value is not None and value != "None":
                data[form.add_prefix(name)] = value
    return data


@pytest.fixture
def pmt_client(client):
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    return client


def test_agenda_work_done_in_the_admin_survives_a_second_seed_run_and_reset_restores_it(
    seeded, pmt_client, monkeypatch
):
    fifth = Session.objects.get(number=5, part=Session.Part.SECOND)
    moved = fifth.agenda_items.order_by("date", "start_time")[1]  # 09:45-10:45 on day one
    url = reverse("admin:crimex_sessions_session_change", args=[fifth.pk])
    data = admin_form_data(pmt_client.get(url))
    index = next(
        i for i in range(17) if data[f"agenda_items-{i}-id"] == str(moved.pk)
    )  # the inline's order
    # PMT staff move an item by five minutes and add a reception at the end of day one.
    data[f"agenda_items-{index}-start_time"] = "09:50"
    data["agenda_items-TOTAL_FORMS"] = 18
    data.update(
        {
            "agenda_items-17-date": "2018-01-24",
            "agenda_items-17-start_time": "18:00",
            "agenda_items-17-end_time": "19:30",
            "agenda_items-17-kind": "other",
            "agenda_items-17-title_en": "Reception offered by the host",
            "agenda_items-17-session": fifth.pk,
        }
    )
    response = pmt_client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    moved.refresh_from_db()
    assert moved.start_time == datetime.time(9, 50)
    added = AgendaItem.objects.get(session=fifth, title_en="Reception offered by the host")

    output = load_seed()  # the README's run command, once more

    moved.refresh_from_db()
    assert moved.start_time == datetime.time(9, 50)
    assert AgendaItem.objects.filter(pk=added.pk).exists()
    assert "kept 1 agenda item edited in the portal" in output
    assert "kept 1 agenda item added in the portal" in output
    assert "Seed content loaded: 0 rows created or updated." in output

    # --reset lists what it will overwrite, and asks.
    questions = []
    monkeypatch.setattr("builtins.input", lambda question: questions.append(question) or "no")
    output = load_seed("--reset")
    assert "Reset cancelled: nothing changed." in output
    moved.refresh_from_db()
    assert moved.start_time == datetime.time(9, 50)

    monkeypatch.setattr("builtins.input", lambda question: "yes")
    output = load_seed("--reset")

    announced, _result = output.split("Seed content loaded")
    assert "--reset will overwrite 1 row changed in the portal" in announced
    assert re.search(
        r"  - agenda item “2018-01-24 09:50 \(I\) Law enforcement[^”]*”: start: 09:50 → 09:45\n",
        announced,
    )
    assert "1 agenda items restored" in announced
    moved.refresh_from_db()
    assert moved.start_time == datetime.time(9, 45)
    # Rows people added are not the seed's to remove.
    assert AgendaItem.objects.filter(pk=added.pk).exists()
    assert "kept 1 agenda item added in the portal" in announced
    assert "Nothing to restore" in load_seed("--reset", "--no-input")


def test_a_seeded_row_deleted_in_the_portal_stays_deleted_until_reset(seeded):
    fifth = Session.objects.get(number=5, part=Session.Part.SECOND)
    lunch = fifth.agenda_items.get(date=datetime.date(2018, 1, 24), kind="lunch")
    lunch.delete()

    output = load_seed()

    assert not fifth.agenda_items.filter(kind="lunch", date=lunch.date).exists()
    assert "did not re-create 1 agenda item deleted in the portal" in output

    output = load_seed("--reset", "--no-input")

    assert "re-created (deleted in the portal)" in output
    assert fifth.agenda_items.filter(kind="lunch", date=lunch.date).count() == 1


def test_plan_texts_edited_and_rows_added_in_the_portal_are_kept(seeded):
    action = Action.objects.get(goal__plan__code="A", reference="2.1")
    action.description_fr = "Texte revu par le PMT"
    action.save()
    goal = action.goal
    added = Action.objects.create(goal=goal, reference="2.9", description_en="Added by PMT")
    Indicator.objects.create(action=added, code="2.9", text_en="Number of meetings")

    output = load_seed()

    action.refresh_from_db()
    assert action.description_fr == "Texte revu par le PMT"
    assert Action.objects.filter(pk=added.pk).exists()
    assert added.indicators.count() == 1
    assert "kept 1 action edited in the portal" in output
    assert "kept 1 action added in the portal" in output
    assert "kept 1 indicator added in the portal" in output
    assert "Seed content loaded: 0 rows created or updated." in output


def test_a_changed_seed_updates_untouched_rows_only(seeded, monkeypatch):
    fifth = Session.objects.get(number=5, part=Session.Part.SECOND)
    first, second, third = fifth.agenda_items.order_by("date", "start_time")[:3]
    second.title_fr = "Titre corrigé par le PMT"
    second.save()
    morocco = Country.objects.get(iso_code="MA")
    Country.objects.filter(iso_code="TN").update(name_fr="Tunisie (revu)")
    objectives = list(fifth.objectives.order_by("order"))
    objectives[1].title_en = "Edited objective"
    objectives[1].save()
    # A new version of the seed data: new titles, new country names, and the 5th session's
    # second and third objectives dropped.
    sessions = copy.deepcopy(sessions_seed_data.SESSIONS)
    row = next(session for session in sessions if session["number"] == 5)
    items = row["agenda"][0]["items"]
    for item in items[:3]:
        item["title"] = {**item["title"], "fr": item["title"]["fr"] + " (v2)"}
    row["objectives"] = row["objectives"][:1]
    monkeypatch.setattr(sessions_seed_data, "SESSIONS", sessions)
    countries = copy.deepcopy(directory_seed_data.COUNTRIES)
    for country in countries:
        if country["iso_code"] in ("MA", "TN"):
            country["name"] = {**country["name"], "fr": country["name"]["fr"] + " (v2)"}
    monkeypatch.setattr(directory_seed_data, "COUNTRIES", countries)

    output = load_seed()

    for item in (first, second, third):
        item.refresh_from_db()
    assert first.title_fr.endswith(" (v2)")
    assert third.title_fr.endswith(" (v2)")
    assert second.title_fr == "Titre corrigé par le PMT"
    morocco.refresh_from_db()
    assert morocco.name_fr == "Maroc (v2)"
    assert Country.objects.get(iso_code="TN").name_fr == "Tunisie (revu)"
    # Of the dropped objectives, the untouched one goes and the edited one stays.
    assert list(fifth.objectives.order_by("order").values_list("pk", flat=True)) == [
        objectives[0].pk,
        objectives[1].pk,
    ]
    assert "    1 objectives removed" in output
    assert "kept 1 objective edited in the portal" in output
    assert "    2 agenda items updated" in output
    assert "    1 countries updated" in output
    assert "Seed content loaded: 4 rows created or updated." in output
    assert "Seed content loaded: 0 rows created or updated." in load_seed()


def test_a_reset_that_would_clash_with_a_row_people_added_says_so_and_changes_nothing(seeded):
    goal = StrategicGoal.objects.get(plan__code="B", number=6)
    goal.number = 9
    goal.save()
    StrategicGoal.objects.create(plan=goal.plan, number=6, title_en="A goal of PMT's own")

    with pytest.raises(
        CommandError,
        match=r"^Nothing was loaded: strategic goal “6\. Organisational aspects”: Strategic goal "
        r"with this Plan and Number already exists\. Correct it in the admin",
    ):
        load_seed("--reset", "--no-input")

    goal.refresh_from_db()
    assert goal.number == 9
    assert StrategicGoal.objects.filter(plan=goal.plan, number=6, title_en="A goal of PMT's own")


# --- The seeds as written (issue 16) ------------------------------------------------------------


def plain_seed_text(prefix: str) -> str:
    """The seed's words without its Markdown (bold, superscripts)."""
    text = re.sub(r"\*\*|\*|</?sup>", "", seed_text(prefix))
    return " ".join(text.split())


def test_second_session_is_the_report_and_nothing_more(seeded, client):
    second = Session.objects.get(number=2)
    source = plain_seed_text("001")
    paragraphs = [block for block in second.background_en.split("\n\n") if block.strip()]

    # No objectives made up from the press release, no expert: the report names none.
    assert second.objectives.count() == 0
    assert second.experts.count() == 0
    # Each paragraph of the report is on the page once: background or the roadmap outcome.
    texts = [*paragraphs, *second.outcomes.values_list("description_en", flat=True)]
    for text in texts:
        assert normalised(text) in source
    sentences = [s for text in texts for s in re.split(r"(?<=\.) ", normalised(text))]
    assert len(sentences) == len(set(sentences))
    # Ms. Dania Samoul is the contact person, as the report says.
    assert normalised(second.contact_en) in source
    assert "Dania Samoul" in second.contact_en
    for language in ("fr", "ar"):
        assert "dania.samoul@euromed-justice.eu" in getattr(second, f"contact_{language}")

    response = client.get(second.get_absolute_url())
    page = response.content.decode()
    assert "not announced" not in page  # a held session: its venue is not "to be announced"
    assert page.count("The session debating national platforms developed a roadmap") == 1
    assert page.count("Challenges facing their national responses") == 1
    assert 'id="contact-title"' in page
    assert 'id="experts-title"' not in page
    assert 'id="objectives-title"' not in page


def test_fifth_session_names_only_the_speakers_the_seed_names(seeded):
    fifth = Session.objects.get(number=5, part=Session.Part.SECOND)
    source = seed_text("002")
    named = {}
    for item in fifth.agenda_items.all():
        assert item.organisations.count() == 0, item.title_en  # never guessed from the title
        if item.speakers_en:
            named[item.start_time.strftime("%H:%M")] = item.speakers_en
    assert named == {"09:00": "EuroMed Justice Key Experts", "14:00": "PMT"}
    assert "5th CrimEx Session by the EuroMed Justice Key Experts" in source
    assert "introduction by PMT" in source


def _the_seed_before_issue_16() -> list[dict]:
    """The sessions as the seed wrote them before issue 16: objectives and an expert made up for
    the 2nd session, a summary repeated in its background, speakers guessed for the 5th."""
    sessions = copy.deepcopy(sessions_seed_data.SESSIONS)
    second = next(row for row in sessions if row["number"] == 2)
    fifth = next(row for row in sessions if row["number"] == 5)
    second["summary"] = {
        "en": "During the second session the CrimEx members discussed.",
        "fr": "Au cours de la deuxième session, les membres de CrimEx ont examiné.",
        "ar": "خلال الدورة الثانية، ناقش أعضاء CrimEx.",
    }
    second["objectives"] = [
        {"title": {"en": "Models of national coordination"}, "description": None},
        {"title": {"en": "Work on the Gaps and Legal analyses"}, "description": None},
    ]
    second["experts"] = [
        {"name": "Dania Samoul", "honorific": "Ms.", "organisation": "EMJ", "affiliation": None}
    ]
    second["contact"] = None
    fifth["agenda"][0]["items"][1]["organisations"] = ["INTERPOL"]
    return sessions


def test_a_database_seeded_before_issue_16_gets_the_seed_as_written(seeded, monkeypatch):
    monkeypatch.setattr(sessions_seed_data, "SESSIONS", _the_seed_before_issue_16())
    load_seed()
    second = Session.objects.get(number=2)
    _made_up, edited = second.objectives.order_by("order")
    edited.title_en = "Gaps and Legal analyses, as PMT put it"
    edited.save()
    interpol_item = Session.objects.get(number=5).agenda_items.get(
        organisations__acronym="INTERPOL"
    )
    monkeypatch.undo()

    output = load_seed()

    second.refresh_from_db()
    assert list(second.objectives.all()) == [edited]  # people's edits stay, the rest goes
    assert second.experts.count() == 0
    assert second.summary_en == ""
    assert "Dania Samoul" in second.contact_en
    assert interpol_item.organisations.count() == 0
    assert "kept 1 objective edited in the portal" in output
    assert "    1 objectives removed" in output
    assert "    1 experts removed" in output
    assert "Seed content loaded: 0 rows created or updated." in load_seed()


def test_a_session_edited_in_the_portal_keeps_its_text_when_the_seed_changes(seeded, monkeypatch):
    monkeypatch.setattr(sessions_seed_data, "SESSIONS", _the_seed_before_issue_16())
    load_seed()
    second = Session.objects.get(number=2)
    second.summary_fr = "Résumé écrit par le PMT"
    second.save()
    monkeypatch.undo()

    output = load_seed()

    second.refresh_from_db()
    assert second.summary_fr == "Résumé écrit par le PMT"
    assert second.contact_en == ""  # the seed's new contact waits for --reset
    assert "kept 1 CrimEx session edited in the portal" in output


def test_about_page_carries_the_euromed_justice_project_and_contact_of_seed_001(seeded):
    project = Page.objects.get(slug="euromed-justice")
    source = plain_seed_text("001")
    blocks = [block for block in project.body_en.split("\n\n") if block.strip()]

    assert len(blocks) == 2
    for block in blocks:
        assert normalised(block) in source
    assert blocks[0].startswith("EuroMed Justice (2016-2018) is an EU-funded project")
    assert blocks[1].endswith("Ms. Dania Samoul: dania.samoul@euromed-justice.eu.")
    for language in ("fr", "ar"):
        body = getattr(project, f"body_{language}")
        assert body.count("\n\n") == 1
        assert "dania.samoul@euromed-justice.eu" in body
        assert "2016-2018" in body


def test_police_strategy_page_is_seed_004_as_written(seeded):
    from crimex_portal.pages.models import StrategyObjective

    source = plain_seed_text("004")
    page = Page.objects.get(slug="police-strategy")
    objectives_page = Page.objects.get(slug="police-strategy-objectives")

    for block in [*page.body_en.split("\n\n"), objectives_page.body_en]:
        assert normalised(block) in source
    assert page.summary_en in source
    # Core areas and crosscutting subjects: the seed's two lists, in its order.
    core = ", ".join(
        area.name_en.lower()
        for area in CrimeArea.objects.filter(category=CrimeArea.Category.CORE).order_by("order")
    )
    assert core.replace(", drug", ", and drug") in source
    objectives = list(StrategyObjective.objects.select_related("crime_area"))
    assert [objective.number for objective in objectives] == [1, 2, 3, 4, 5]
    for objective in objectives:
        assert f"{objective.number}. {objective.title_en} Objective: " in source
        assert f"Objective: {normalised(objective.objective_en)}" in source
        considerations = objective.consideration_list()
        assert considerations
        for consideration in considerations:
            assert f"- {consideration}" in source
        assert objective.crime_area.category == CrimeArea.Category.CORE
        # The same structure in French and Arabic.
        for language in ("fr", "ar"):
            translated_lines = getattr(objective, f"considerations_{language}").splitlines()
            assert len(translated_lines) == len(considerations)
            assert getattr(objective, f"title_{language}")
            assert getattr(objective, f"objective_{language}")
    # Every relevant consideration of the seed is on the page.
    assert sum(len(objective.consideration_list()) for objective in objectives) == source.count(
        "- "
    )
    assert [objective.crime_area.slug for objective in objectives] == [
        "terrorism",
        "irregular-migration-and-human-trafficking",
        "cybercrime",
        "firearms-trafficking",
        "drug-trafficking",
    ]

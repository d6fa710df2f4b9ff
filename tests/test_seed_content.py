"""load_seed_content reproduces the source documents, and a second run changes nothing."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from crimex_portal.pages.models import Page
from directory.models import Country, CrimeArea, Organisation
from sessions.models import Session

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
    assert normalised(second.summary_en) in re.sub(r"\*\*", "", seed_text("001"))


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

"""The illustrative demo fiches: invented, clearly marked, and never citing a legal fact."""

import datetime
import io
import re
from collections import Counter

import pytest
from django.utils import timezone

from crimex_portal.seeding import SeedTally
from directory.models import Country
from fiches.demo import DEMO_MEASURES, REVIEWER_LABEL, load_demo_fiches
from fiches.models import Fiche, Instrument
from fiches.translation import FICHE_TEXT_FIELDS

pytestmark = pytest.mark.django_db

REFERENCE_LOADER = "fiches.seed.load_fiche_reference_data"
DEMO_LOADER = "fiches.demo.load_demo_fiches"
LANGUAGES = ("en", "fr", "ar")
MEASURE_CODES = ("501", "502", "503", "401", "702", "406", "901")
SOUTH_PARTNERS = ("DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "TN")
ARTICLE_NUMBER = re.compile(r"\b(art\.|article|المادة)\s*\d", re.IGNORECASE)
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
ILLUSTRATIVE = {
    "en": ("Illustrative",),
    "fr": ("Exemple illustratif", "À titre illustratif"),
    "ar": ("مثال توضيحي", "على سبيل التوضيح"),
}


def with_fiche_loaders(loaders: list[str]) -> list[str]:
    """The fiche loaders, should the shared settings list not name them yet."""
    loaders = [loader for loader in loaders if loader != DEMO_LOADER]
    if REFERENCE_LOADER not in loaders:
        loaders.append(REFERENCE_LOADER)
    return [*loaders, DEMO_LOADER]


@pytest.fixture
def fiches_seeded(settings, request) -> io.StringIO:
    settings.CRIMEX_SEED_LOADERS = with_fiche_loaders(settings.CRIMEX_SEED_LOADERS)
    return request.getfixturevalue("seeded")


def fiche_texts(fiche: Fiche) -> dict[tuple[str, str], str]:
    return {
        (field, language): getattr(fiche, f"{field}_{language}")
        for field in FICHE_TEXT_FIELDS
        for language in LANGUAGES
    }


def fiches_snapshot() -> list[tuple]:
    return [
        (
            row,
            sorted(fiche.instruments.values_list("slug", flat=True)),
            sorted(fiche.accepted_languages.values_list("code", flat=True)),
            sorted(fiche.channels.values_list("code", flat=True)),
        )
        for fiche, row in zip(
            Fiche.objects.order_by("pk"), Fiche.objects.order_by("pk").values(), strict=True
        )
    ]


def test_one_demo_fiche_per_south_partner_country_and_measure(fiches_seeded):
    fiches = Fiche.objects.select_related("country", "measure")

    assert fiches.count() == 9 * 7 == 63
    assert all(fiche.is_demo for fiche in fiches)
    assert {(fiche.country.iso_code, fiche.measure.code) for fiche in fiches} == {
        (country, measure) for country in SOUTH_PARTNERS for measure in MEASURE_CODES
    }
    assert [measure.code for measure in DEMO_MEASURES] == list(MEASURE_CODES)
    for fiche in fiches:
        assert fiche.receiving_authority.acronym == f"MoJ-{fiche.country.iso_code}"
        assert fiche.executing_authority.acronym == "PGOs"
        assert fiche.reviewer_label == REVIEWER_LABEL
        assert fiche.accepted_languages.exists()
        assert "central-authority" in fiche.channels.values_list("code", flat=True)


def test_morocco_freezing_of_assets_is_complete_in_three_languages(fiches_seeded):
    fiche = Fiche.objects.get(country__iso_code="MA", measure__code="501")

    assert fiche.applicability == Fiche.Applicability.APPLICABLE
    assert fiche.is_demo
    for (field, language), text in fiche_texts(fiche).items():
        assert text.strip(), (field, language)
        if language == "ar":
            assert ARABIC_LETTER.search(text), field
    assert "Morocco" in fiche.national_description_en
    assert "au Maroc" in fiche.national_description_fr
    assert "المغرب" in fiche.national_description_ar
    assert set(fiche.accepted_languages.values_list("code", flat=True)) == {"ar", "fr"}
    assert set(fiche.channels.values_list("code", flat=True)) == {"central-authority", "interpol"}
    assert set(fiche.instruments.values_list("slug", flat=True)) == {"untoc", "uncac"}
    assert fiche.dual_criminality == Fiche.DualCriminality.DEPENDS


def test_every_measure_has_exactly_one_country_where_it_is_not_applicable(fiches_seeded):
    not_applicable = Fiche.objects.filter(applicability=Fiche.Applicability.NOT_APPLICABLE)

    assert Counter(not_applicable.values_list("measure__code", flat=True)) == dict.fromkeys(
        MEASURE_CODES, 1
    )
    # A different country each time.
    assert len(set(not_applicable.values_list("country__iso_code", flat=True))) == 7
    for fiche in not_applicable.select_related("measure", "alternative_measure"):
        assert fiche.national_description_en.startswith(
            "Illustrative example showing a measure that is not available"
        )
        if fiche.alternative_measure:
            assert fiche.alternative_measure.code in MEASURE_CODES
            assert fiche.alternative_measure != fiche.measure
            assert "see the alternative measure" in fiche.national_description_en
        assert not fiche.instruments.exists()


def test_extradition_of_nationals_is_shown_as_partly_applicable(fiches_seeded):
    extradition = Fiche.objects.filter(measure__code="901").select_related("country")

    for fiche in extradition:
        if fiche.applicability == Fiche.Applicability.NOT_APPLICABLE:
            continue
        assert fiche.dual_criminality == Fiche.DualCriminality.REQUIRED
        assert set(fiche.channels.values_list("code", flat=True)) == {
            "central-authority",
            "diplomatic",
            "interpol",
        }
        if fiche.country.iso_code == "IL":
            assert fiche.applicability == Fiche.Applicability.APPLICABLE
        else:
            assert fiche.applicability == Fiche.Applicability.PARTLY
            assert "own nationals may be refused" in fiche.national_description_en
    hearings_with_direct_contact = Fiche.objects.filter(
        measure__code="702", channels__code="direct-judicial"
    ).values_list("country__iso_code", flat=True)
    assert set(hearings_with_direct_contact) <= {"DZ", "MA", "TN"}


def test_demo_texts_are_marked_illustrative_and_cite_no_article(fiches_seeded):
    for fiche in Fiche.objects.all():
        for (field, language), text in fiche_texts(fiche).items():
            assert not ARTICLE_NUMBER.search(text), (fiche, field, language, text)
            assert not re.search(r"\d", text), (fiche, field, language, text)
            if text:
                assert text.startswith(ILLUSTRATIVE[language]), (fiche, field, language)


def test_only_universal_conventions_are_attached(fiches_seeded):
    attached = Instrument.objects.filter(fiches__isnull=False).distinct()

    assert set(attached.values_list("slug", flat=True)) == {"untoc", "uncac"}
    assert set(attached.values_list("kind", flat=True)) == {Instrument.Kind.UNIVERSAL}


def test_some_demo_fiches_are_due_for_review(fiches_seeded):
    fiches = list(Fiche.objects.all())
    due = [fiche for fiche in fiches if fiche.is_due_for_review()]

    assert 5 <= len(due) <= len(fiches) // 4
    assert all(fiche.last_reviewed_on <= timezone.localdate() for fiche in fiches)


def test_no_demo_fiches_without_demo_content(settings, request):
    settings.CRIMEX_DEMO_CONTENT = False
    settings.CRIMEX_SEED_LOADERS = with_fiche_loaders(settings.CRIMEX_SEED_LOADERS)

    request.getfixturevalue("seeded")

    assert not Fiche.objects.exists()
    assert Country.objects.filter(group=Country.Group.SOUTH_PARTNER).count() == 9


def test_loading_twice_changes_nothing(fiches_seeded):
    before = fiches_snapshot()
    tally = SeedTally()

    load_demo_fiches(tally)

    assert tally == {"fiches unchanged": 63}
    assert fiches_snapshot() == before


def test_a_later_run_keeps_review_dates_and_what_editors_changed(fiches_seeded):
    fiche = Fiche.objects.get(country__iso_code="MA", measure__code="501")
    reviewed = datetime.date(2020, 1, 1)
    Fiche.objects.filter(pk=fiche.pk).update(
        last_reviewed_on=reviewed, national_description_fr="Modifié"
    )
    fiche.channels.clear()
    tally = SeedTally()

    load_demo_fiches(tally)

    fiche.refresh_from_db()
    assert fiche.last_reviewed_on == reviewed
    assert fiche.national_description_fr == "Modifié"
    assert not fiche.channels.exists()
    assert tally["fiches unchanged"] == 62
    assert tally.kept_sentences() == ["kept 1 fiche edited in the portal"]

    reset = SeedTally(reset=True)
    load_demo_fiches(reset)

    fiche.refresh_from_db()
    assert fiche.last_reviewed_on == reviewed  # set when the fiche was created, never again
    assert fiche.national_description_fr.startswith("Exemple illustratif\u202f: au Maroc")
    assert set(fiche.channels.values_list("code", flat=True)) == {"central-authority", "interpol"}
    assert reset["fiches restored"] == 1


def test_validated_or_edited_fiches_are_left_to_their_editors(fiches_seeded, member):
    validated = Fiche.objects.get(country__iso_code="TN", measure__code="502")
    Fiche.objects.filter(pk=validated.pk).update(is_demo=False, national_law_en="Validated text")
    edited = Fiche.objects.get(country__iso_code="LB", measure__code="406")
    Fiche.objects.filter(pk=edited.pk).update(costs_en="Edited in the portal")
    tally = SeedTally()

    load_demo_fiches(tally)

    validated.refresh_from_db()
    edited.refresh_from_db()
    assert not validated.is_demo
    assert validated.national_law_en == "Validated text"
    assert edited.costs_en == "Edited in the portal"
    assert tally == {"fiches unchanged": 61}
    assert tally.kept_sentences() == ["kept 2 fiches edited in the portal"]


def test_a_real_fiche_is_never_taken_for_a_demo_one(fiches_seeded):
    """A fiche a national editor wrote where the demo would put one (on a database seeded before
    fingerprints, or after the demo fiche was deleted and its record with it): kept as written,
    not recorded as seeded, so that not even --reset overwrites it."""
    from crimex_portal.pages.models import SeededRow

    real = Fiche.objects.get(country__iso_code="MA", measure__code="702")
    SeededRow.objects.filter(object_id=real.pk, key__startswith="fiches.fiche:").delete()
    Fiche.objects.filter(pk=real.pk).update(is_demo=False, national_law_en="Code, art. 1")
    tally = SeedTally(reset=True)

    load_demo_fiches(tally)

    real.refresh_from_db()
    assert (real.is_demo, real.national_law_en) == (False, "Code, art. 1")
    assert tally.kept_sentences() == ["kept 1 fiche added in the portal"]
    assert tally.overwrites == []

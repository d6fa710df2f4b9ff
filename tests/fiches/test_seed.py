"""The reference data of the EuroMed Fiches: groups, measures, channels, instruments."""

import io
import re

import pytest
from django.core.management import call_command

from crimex_portal.seeding import SeedTally
from directory.models import ContactRole, Organisation
from fiches import seed_data
from fiches.models import Channel, Instrument, Measure, MeasureGroup
from fiches.seed import load_fiche_reference_data

pytestmark = pytest.mark.django_db

ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
LANGUAGES = ("en", "fr", "ar")
SOUTH_PARTNER_COUNTRIES = ("DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "TN")
FIXED_MEASURES = {
    "401": "Information on bank accounts and banking operations",
    "406": "Electronic evidence (stored computer data)",
    "501": "Freezing of assets",
    "502": "Confiscation",
    "503": "Asset tracing",
    "702": "Hearing of witnesses",
    "901": "Extradition",
}


def assert_trilingual(row, field: str) -> None:
    texts = [getattr(row, f"{field}_{language}") for language in LANGUAGES]
    assert all(text and text.strip() for text in texts), (row, field)
    assert ARABIC_LETTER.search(getattr(row, f"{field}_ar")), (row, field)
    assert not ARABIC_LETTER.search(getattr(row, f"{field}_fr")), (row, field)


def test_ten_groups_in_order(seeded):
    groups = list(MeasureGroup.objects.order_by("order"))

    assert [group.code for group in groups] == [str(number) for number in range(1, 11)]
    assert groups[0].name_en == "Interception and tracing of telecommunications"
    assert groups[-1].name_en.startswith("Informal cooperation")
    for group in groups:
        assert_trilingual(group, "name")


def test_measures(seeded):
    measures = list(Measure.objects.select_related("group").order_by("order"))

    assert 36 <= len(measures) <= 40
    assert [measure.code for measure in measures] == [row["code"] for row in seed_data.MEASURES]
    for code, name in FIXED_MEASURES.items():
        assert Measure.objects.get(code=code).name_en == name
    for measure in measures:
        # The code is the group number times 100 plus the rank in the group.
        assert measure.code[:-2] == measure.group.code, measure
        assert_trilingual(measure, "name")
        assert_trilingual(measure, "description")
    differing = [measure for measure in measures if measure.name_fr != measure.name_en]
    assert len(differing) >= 0.8 * len(measures)


def test_every_group_has_measures_numbered_from_one(seeded):
    for group in MeasureGroup.objects.all():
        codes = list(group.measures.order_by("order").values_list("code", flat=True))
        assert codes == [f"{group.code}{rank:02d}" for rank in range(1, len(codes) + 1)], group


def test_measures_point_at_contact_roles(seeded):
    def roles(code: str) -> set[str]:
        return set(Measure.objects.get(code=code).contact_roles.values_list("code", flat=True))

    assert roles("401") == {"asset-recovery"}
    assert roles("406") == {"cybercrime-24-7"}
    assert roles("1004") == {"liaison-magistrate"}
    for code in ("501", "502", "503"):
        assert roles(code) == {"asset-recovery"}
    used = {code for row in seed_data.MEASURES for code in row["contact_roles"]}
    assert used <= set(ContactRole.objects.values_list("code", flat=True))


def test_channels(seeded):
    channels = list(Channel.objects.order_by("order"))

    assert [channel.code for channel in channels] == [
        "central-authority",
        "direct-judicial",
        "diplomatic",
        "interpol",
    ]
    for channel in channels:
        assert_trilingual(channel, "name")


def test_instruments(seeded):
    instruments = {instrument.slug: instrument for instrument in Instrument.objects.all()}

    assert {
        "untoc",
        "uncac",
        "vienna-1988",
        "riyadh-1983",
        "arab-toc-2010",
        "arab-it-2010",
        "budapest-2001",
        "ets-30",
        "ma-be-mla-1997",
        "ma-fr-mla-2008",
        "dz-fr-mla-2016",
        "tn-fr-1972",
    } <= set(instruments)
    assert (instruments["untoc"].year, instruments["untoc"].kind) == (2000, "universal")
    assert (instruments["riyadh-1983"].year, instruments["riyadh-1983"].kind) == (1983, "regional")
    assert instruments["dz-fr-mla-2016"].kind == "bilateral"
    for instrument in instruments.values():
        assert_trilingual(instrument, "short_name")
        assert_trilingual(instrument, "name")


def test_ministries_of_justice_of_the_south_partner_countries(seeded):
    for iso_code in SOUTH_PARTNER_COUNTRIES:
        ministry = Organisation.objects.get(acronym=f"MoJ-{iso_code}")
        assert ministry.country.iso_code == iso_code
        assert ministry.kind == Organisation.Kind.MINISTRY
        assert all((ministry.name_en, ministry.name_fr, ministry.name_ar))
    morocco = Organisation.objects.get(acronym="MoJ-MA")
    assert (morocco.name_en, morocco.name_fr, morocco.name_ar) == (
        "Ministry of Justice (Morocco)",
        "Ministère de la Justice (Maroc)",
        "وزارة العدل (المغرب)",
    )


def test_second_run_changes_nothing(seeded):
    snapshot = {
        model: list(model.objects.order_by("pk").values())
        for model in (MeasureGroup, Measure, Channel, Instrument)
    }
    roles_before = {
        measure.code: set(measure.contact_roles.values_list("pk", flat=True))
        for measure in Measure.objects.all()
    }
    tally = SeedTally()

    load_fiche_reference_data(tally)

    assert {what for what in tally if not what.endswith("unchanged")} == set()
    assert tally["measures unchanged"] == len(seed_data.MEASURES)
    for model, rows in snapshot.items():
        assert list(model.objects.order_by("pk").values()) == rows
    assert {
        measure.code: set(measure.contact_roles.values_list("pk", flat=True))
        for measure in Measure.objects.all()
    } == roles_before
    output = io.StringIO()
    call_command("load_seed_content", stdout=output)
    assert "Seed content loaded: 0 rows created or updated." in output.getvalue()


def test_a_row_changed_in_the_portal_is_kept_and_reset_restores_it(seeded):
    measure = Measure.objects.get(code="901")
    measure.name_fr = "Extradition (modifié)"
    measure.save()
    measure.contact_roles.clear()
    tally = SeedTally()

    load_fiche_reference_data(tally)

    measure.refresh_from_db()
    assert measure.name_fr == "Extradition (modifié)"
    assert not measure.contact_roles.exists()
    assert tally.kept_sentences() == ["kept 1 measure edited in the portal"]
    assert tally.changed == 0

    reset = SeedTally(reset=True)
    load_fiche_reference_data(reset)

    measure.refresh_from_db()
    assert measure.name_fr == "Extradition"
    assert set(measure.contact_roles.values_list("code", flat=True)) == {"central-authority"}
    assert reset["measures restored"] == 1
    (line,) = reset.overwrites
    assert line.startswith("measure “")
    assert "name [fr]: “Extradition (modifié)” → “Extradition”" in line


def test_missing_contact_roles_are_reported(db):
    with pytest.raises(LookupError, match=r"directory\.seed\.load_reference_data"):
        load_fiche_reference_data(SeedTally())

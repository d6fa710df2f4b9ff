"""The fictional demo directory, the contact generator and the search benchmark."""

import datetime
import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from directory import seed_data
from directory.demo import NATIONAL_ORGANISATION
from directory.models import Contact, Country, Organisation, Visibility

pytestmark = pytest.mark.django_db

FICTIONAL_SURNAMES = ("Exemple", "Fictif", "Demo")
FICTIONAL_PHONE = re.compile(r"^\+\d{1,3} 00 00 00 0\d\d$")


def generate(*arguments: str) -> str:
    output = io.StringIO()
    call_command("generate_directory", *arguments, stdout=output)
    return output.getvalue()


def contacts_snapshot() -> list[tuple]:
    return [
        (
            row,
            sorted(contact.roles.values_list("code", flat=True)),
            sorted(contact.languages.values_list("code", flat=True)),
            sorted(contact.specialisations.values_list("slug", flat=True)),
        )
        for contact, row in zip(
            Contact.objects.order_by("pk"),
            Contact.objects.order_by("pk").values(),
            strict=True,
        )
    ]


def test_every_south_partner_country_has_four_demo_contacts(seeded):
    for country in Country.objects.filter(group=Country.Group.SOUTH_PARTNER):
        contacts = Contact.objects.filter(country=country)
        assert contacts.count() == 4, country
        assert {contact.organisation.acronym for contact in contacts} == {NATIONAL_ORGANISATION}
        codes = set(contacts.values_list("roles__code", flat=True))
        assert {"central-authority", "asset-recovery", "cybercrime-24-7"} <= codes
        assert codes & {"emj-contact-point", "ejn-contact-point"}
        assert contacts.filter(roles__code="cybercrime-24-7", handles_urgent_requests=True)


def test_every_international_organisation_has_a_demo_contact(seeded):
    international = Organisation.objects.filter(country__isnull=True).exclude(
        acronym=NATIONAL_ORGANISATION
    )
    assert international.count() == 18
    for organisation in international:
        (contact,) = organisation.contacts.all()
        assert contact.country.group == Country.Group.EU_MEMBER_STATE


def test_demo_contacts_are_obviously_fictional_and_consented(seeded):
    contacts = Contact.objects.all()
    assert contacts.count() == 9 * 4 + 18
    for contact in contacts:
        assert contact.is_demo
        assert contact.email.endswith(".invalid")
        assert contact.consent_date is not None
        assert contact.name_en == contact.name_fr
        assert contact.name_en.split()[-1] in FICTIONAL_SURNAMES
        assert FICTIONAL_PHONE.match(contact.phone), contact.phone
        assert all((contact.function_en, contact.function_fr, contact.function_ar))
        assert contact.languages.exists()
        assert contact.specialisations.exists()
        if contact.country.group == Country.Group.SOUTH_PARTNER:
            assert contact.name_ar.split()[-1] in ("مثال", "وهمي", "تجريبي")


def test_a_french_speaking_asset_recovery_contact_in_morocco(seeded):
    found = Contact.objects.filter(
        country__iso_code="MA", roles__code="asset-recovery", languages__code="fr"
    )
    assert found.count() == 1
    assert found.get().is_demo


def test_demo_titles_read_in_each_language_and_gender(seeded, member_client):
    judge = Contact.objects.get(country__iso_code="MA", roles__code="emj-contact-point")
    assert (judge.title_en, judge.title_fr, judge.title_ar) == ("Judge", "Juge", "القاضي")
    prosecutor = Contact.objects.get(country__iso_code="DZ", roles__code="central-authority")
    assert (prosecutor.title_fr, prosecutor.title_ar) == ("Procureur", "وكيل النيابة")
    head_of_unit = Contact.objects.get(country__iso_code="DZ", roles__code="asset-recovery")
    assert (head_of_unit.title_fr, head_of_unit.title_ar) == ("Mme", "السيدة")

    page = member_client.get(f"/ar/directory/contacts/{judge.pk}/").content.decode()
    assert f"<h1>القاضي {judge.name_ar}</h1>" in page
    # Lists are separated as Arabic writes them.
    assert "العربية، الفرنسية" in page
    # Typed in Arabic, the title finds the entry from any language's page.
    found = member_client.get("/en/directory/", {"q": "القاضي", "country": "MA"})
    assert judge in [contact for contact, _personal in found.context["entries"]]


def test_demo_contacts_exercise_the_stale_flag_and_field_visibility(seeded):
    contacts = list(Contact.objects.all())
    stale = [contact for contact in contacts if contact.is_stale()]
    assert 5 <= len(stale) <= len(contacts) // 4
    assert all(contact.last_verified <= timezone.localdate() for contact in contacts)
    assert any(
        contact.mobile and contact.mobile_visibility == Visibility.PMT for contact in contacts
    )
    assert any(
        contact.address and contact.address_visibility == Visibility.PMT for contact in contacts
    )
    assert any(
        contact.address and contact.address_visibility == Visibility.MEMBERS for contact in contacts
    )
    # Every crime area is someone's specialisation.
    assert set(Contact.objects.values_list("specialisations__slug", flat=True)) == {
        row["slug"] for row in seed_data.CRIME_AREAS
    }


def test_loading_twice_changes_nothing(seeded):
    before = contacts_snapshot()
    output = io.StringIO()

    call_command("load_seed_content", stdout=output)

    assert "Seed content loaded: 0 rows created or updated." in output.getvalue()
    assert contacts_snapshot() == before


def test_a_later_run_keeps_what_pmt_changed_and_reset_restores_the_seed(seeded):
    contact = Contact.objects.get(email="youssef.fictif@demo-ma.invalid")
    verified = datetime.date(2020, 1, 1)
    Contact.objects.filter(pk=contact.pk).update(last_verified=verified, title_en="Dr")
    contact.languages.clear()
    output = io.StringIO()

    call_command("load_seed_content", stdout=output)

    contact.refresh_from_db()
    assert (contact.last_verified, contact.title_en) == (verified, "Dr")
    assert not contact.languages.exists()
    assert "kept 1 contact edited in the portal" in output.getvalue()
    assert "Seed content loaded: 0 rows created or updated." in output.getvalue()

    output = io.StringIO()
    call_command("load_seed_content", "--reset", "--no-input", stdout=output)

    contact.refresh_from_db()
    assert contact.last_verified == verified  # set when the entry was created, never again
    assert contact.title_en == "Mr."
    assert set(contact.languages.values_list("code", flat=True)) == {"ar", "fr", "es"}
    announced = output.getvalue().split("Seed content loaded")[0]
    assert "contact “Youssef Fictif”: languages spoken: [] → [Arabic, French, Spanish]" in announced
    assert "title [en]: “Dr” → “Mr.”" in announced


def test_generate_directory_creates_searchable_contacts(seeded):
    demo_count = Contact.objects.count()

    output = generate("50", "--seed", "7")

    generated = Contact.objects.filter(email__endswith="@generated.invalid")
    assert generated.count() == 50
    assert Contact.objects.count() == demo_count + 50
    assert re.search(r"Created 50 fictional contacts in \d+\.\d\d s\.", output)
    for contact in generated.prefetch_related("roles", "languages", "specialisations"):
        assert contact.is_demo
        assert contact.consent_date is not None
        assert contact.search_text == contact.build_search_text()
        assert contact.search_text
        assert list(contact.roles.all())
        assert list(contact.languages.all())
        assert list(contact.specialisations.all())
        assert contact.name_en.split()[-2] in FICTIONAL_SURNAMES
    # Each run is the same with the same seed.
    first_run = list(generated.order_by("pk").values_list("name", "country_id", "title"))
    generate("50", "--seed", "7", "--delete")
    second_run = list(generated.order_by("pk").values_list("name", "country_id", "title"))
    assert second_run == first_run


def test_generate_directory_query_count_does_not_grow_with_n(seeded, django_assert_max_num_queries):
    if connection.vendor == "sqlite":
        pytest.skip("SQLite allows 999 parameters a query: its bulk inserts split every 33 rows")
    with django_assert_max_num_queries(20) as fifty:
        generate("50", "--seed", "1")
    with django_assert_max_num_queries(len(fifty.captured_queries)):
        generate("500", "--seed", "2")

    assert Contact.objects.filter(email__endswith="@generated.invalid").count() == 550


def test_generate_directory_delete_removes_only_generated_contacts(seeded):
    demo_count = Contact.objects.count()
    generate("30", "--seed", "3")

    output = generate("5", "--delete", "--seed", "4")

    assert "Removed 30 generated contacts." in output
    assert Contact.objects.filter(email__endswith="@generated.invalid").count() == 5
    assert Contact.objects.count() == demo_count + 5


@pytest.mark.parametrize("count", ["0", "-3", "200001"])
def test_generate_directory_refuses_counts_out_of_range(db, count):
    with pytest.raises(CommandError, match="between 1 and 200000"):
        generate(count)


def test_benchmark_directory_reports_the_acceptance_search(seeded):
    from directory import selectors

    if not hasattr(selectors, "contact_search"):
        pytest.skip("directory.selectors.contact_search is not written yet")
    generate("60", "--seed", "5")
    output = io.StringIO()

    call_command("benchmark_directory", "--runs", "2", stdout=output)

    text = output.getvalue()
    assert f"{Contact.objects.count()} contacts, database " in text
    acceptance = re.search(
        r"^country=MA role=asset-recovery language=fr +median +[\d.]+ ms +p95 +[\d.]+ ms +"
        r"(\d+) queries +(\d+) found$",
        text,
        re.MULTILINE,
    )
    assert acceptance, text
    assert int(acceptance[2]) >= 1  # the Moroccan demo contact at least
    assert len(re.findall(r" median .* ms .* p95 .* ms ", text)) == 6
    assert "median is under 100 ms" in text.splitlines()[-1]


@pytest.mark.django_db
def test_no_invented_people_where_demo_content_is_off(settings):
    from django.core.management import call_command

    from directory.models import Contact

    settings.CRIMEX_DEMO_CONTENT = False
    call_command("load_seed_content", stdout=io.StringIO())
    assert not Contact.objects.filter(is_demo=True).exists()

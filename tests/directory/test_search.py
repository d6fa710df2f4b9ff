import datetime

import pytest
import vobject
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.audit.models import AuditEvent
from directory.models import Contact, ContactRevision, OutdatedReport
from tests.factories import (
    ContactFactory,
    CountryFactory,
    OrganisationFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    return [contact.name for contact, _personal in response.context["entries"]]


def test_french_speaking_asset_recovery_contact_in_morocco_with_two_filters(
    member_client, morocco, pgos
):
    wanted = ContactFactory(
        name_en="Nadia Testcase",
        country=morocco,
        organisation=pgos,
        with_codes={"roles": ["asset-recovery"], "languages": ["fr", "ar"]},
    )
    ContactFactory(
        name_en="Omar Testcase",
        country=morocco,
        organisation=pgos,
        with_codes={"roles": ["asset-recovery"], "languages": ["ar"]},
    )
    ContactFactory(
        name_en="Sami Testcase",
        country=morocco,
        organisation=pgos,
        with_codes={"roles": ["central-authority"], "languages": ["fr"]},
    )

    response = member_client.get(
        reverse("directory:index"), {"country": "MA", "role": "asset-recovery", "language": "fr"}
    )
    assert "Nadia Testcase" in names(response)
    assert not {"Omar Testcase", "Sami Testcase"} & set(names(response))

    vcard_response = member_client.get(reverse("directory:contact_vcf", args=[wanted.pk]))
    card = vobject.readOne(vcard_response.content.decode())
    assert card.fn.value == "Nadia Testcase"
    assert card.email.value == wanted.email
    assert card.org.value == [pgos.name]
    assert vcard_response["Content-Type"] == "text/vcard; charset=utf-8"


@pytest.mark.parametrize(
    "query", ["elodie", "ÉLODIE", "ben salàh", "Elodie Parquet", "élodie pgos", "Judge Elodie"]
)
def test_search_ignores_case_and_accents(member_client, pgos, morocco, query):
    ContactFactory(
        name_en="Élodie Ben Sàlah",
        country=morocco,
        organisation=pgos,
        function_en="Parquet général",
    )
    assert names(member_client.get(reverse("directory:index"), {"q": query})) == [
        "Élodie Ben Sàlah"
    ]


@pytest.mark.parametrize("query", ["أسيل", "اسيل", "أَسِيل اختبار"])
def test_search_in_arabic_script_ignores_vowel_marks_and_hamza(member_client, pgos, morocco, query):
    ContactFactory(
        name_en="Aseel Testcase", name_ar="أسِيل اختِبار", country=morocco, organisation=pgos
    )
    assert names(member_client.get(reverse("directory:index"), {"q": query})) == ["Aseel Testcase"]


def test_contacts_without_consent_are_for_pmt_staff_only(member_client, pgos, morocco):
    hidden = ContactFactory(
        name_en="Karim Sansaccord", consent_date=None, organisation=pgos, country=morocco
    )
    assert names(member_client.get(reverse("directory:index"), {"q": "sansaccord"})) == []
    assert member_client.get(hidden.get_absolute_url()).status_code == 404

    log_in_with_two_factor(
        member_client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    assert names(member_client.get(reverse("directory:index"), {"q": "sansaccord"})) == [
        "Karim Sansaccord"
    ]


def test_personal_fields_follow_their_visibility(member_client, pgos, morocco):
    contact = ContactFactory(
        organisation=pgos, country=morocco, mobile="+212 00 00 00 099", mobile_visibility="pmt"
    )
    page = member_client.get(contact.get_absolute_url()).content.decode()
    assert contact.email in page
    assert "+212 00 00 00 099" not in page
    card = vobject.readOne(
        member_client.get(reverse("directory:contact_vcf", args=[contact.pk])).content.decode()
    )
    assert all("099" not in tel.value for tel in card.contents.get("tel", []))


def test_views_and_exports_are_audit_logged(client, pgos, morocco):
    coordinator = UserFactory(roles=[roles.COORDINATOR], two_factor=True)
    log_in_with_two_factor(client, coordinator)
    contact = ContactFactory(organisation=pgos, country=morocco)
    client.get(contact.get_absolute_url())
    client.get(reverse("directory:search_vcf"), {"country": "MA"})
    actions = list(AuditEvent.objects.filter(actor=coordinator).values_list("action", flat=True))
    assert "directory_entry_viewed" in actions
    assert "export_vcard" in actions


def test_search_result_vcard_holds_every_match(client, pgos, morocco):
    log_in_with_two_factor(client, UserFactory(roles=[roles.COORDINATOR], two_factor=True))
    for number in range(3):
        ContactFactory(name_en=f"Batch Testcase {number}", organisation=pgos, country=morocco)
    content = client.get(reverse("directory:search_vcf"), {"q": "batch testcase"}).content.decode()
    cards = list(vobject.readComponents(content))
    assert sorted(card.fn.value for card in cards) == [f"Batch Testcase {n}" for n in range(3)]


def test_csv_export_is_for_coordinators(client, member_client, pgos, morocco):
    ContactFactory(name_en="Lina Testcase", organisation=pgos, country=morocco)
    assert member_client.get(reverse("directory:search_csv")).status_code == 403
    log_in_with_two_factor(client, UserFactory(roles=[roles.COORDINATOR], two_factor=True))
    response = client.get(reverse("directory:search_csv"), {"country": "MA"})
    assert "Lina Testcase" in response.content.decode("utf-8-sig")


def test_stale_entries_are_flagged_and_listed_for_pmt(client, member_client, pgos, morocco):
    old = ContactFactory(
        name_en="Ancien Testcase",
        organisation=pgos,
        country=morocco,
        last_verified=datetime.date(2020, 1, 1),
    )
    assert "To verify" in member_client.get(old.get_absolute_url()).content.decode()
    assert member_client.get(reverse("directory:to_verify")).status_code == 403

    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    assert "Ancien Testcase" in client.get(reverse("directory:to_verify")).content.decode()
    client.post(reverse("directory:mark_verified", args=[old.pk]))
    old.refresh_from_db()
    assert not old.is_stale()


def test_member_reports_an_outdated_entry_and_pmt_resolves_it(client, member_client, pgos, morocco):
    contact = ContactFactory(organisation=pgos, country=morocco)
    member_client.post(
        reverse("directory:report_outdated", args=[contact.pk]),
        {"comment": "She moved to the ministry in March."},
    )
    report = OutdatedReport.objects.get()
    pmt = UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    log_in_with_two_factor(client, pmt)
    assert "moved to the ministry" in client.get(reverse("directory:to_verify")).content.decode()
    client.post(reverse("directory:resolve_report", args=[report.pk]))
    report.refresh_from_db()
    assert report.resolved_by == pmt


def test_member_edits_own_entry_and_pmt_sees_the_history(client, pgos, morocco):
    owner = UserFactory(roles=[roles.MEMBER], two_factor=True)
    contact = ContactFactory(organisation=pgos, country=morocco, user=owner, phone="+212 1")
    log_in_with_two_factor(client, owner)
    client.post(
        reverse("directory:my_entry"),
        {
            "title": "Judge",
            "function": "Investigating judge",
            "email": contact.email,
            "phone": "+212 00 00 00 777",
            "mobile": "",
            "address": "",
            "languages": [],
        },
    )
    contact.refresh_from_db()
    assert contact.phone == "+212 00 00 00 777"
    revision = ContactRevision.objects.get(contact=contact)
    assert revision.changed_by == owner
    assert revision.changes["phone"] == ["+212 1", "+212 00 00 00 777"]


def test_members_cannot_edit_someone_elses_entry(member_client, member, pgos, morocco):
    ContactFactory(organisation=pgos, country=morocco)  # not linked to the member
    response = member_client.get(reverse("directory:my_entry"))
    assert "not linked to a directory entry" in response.content.decode()
    assert "form" not in response.context or response.context.get("form") is None


def test_organisation_page_lists_its_contacts(member_client, morocco):
    office = OrganisationFactory(country=morocco)
    ContactFactory(name_en="Rim Testcase", organisation=office, country=morocco)
    page = member_client.get(reverse("directory:organisation", args=[office.pk])).content.decode()
    assert "Rim Testcase" in page
    assert "1 contact<" in page
    assert 'rel="next"' not in page


def test_organisation_page_shows_a_page_of_contacts_at_a_time(
    member_client, morocco, django_assert_max_num_queries
):
    office = OrganisationFactory(country=morocco)
    url = reverse("directory:organisation", args=[office.pk])
    ContactFactory.create_batch(3, organisation=office, country=morocco)
    with django_assert_max_num_queries(30) as few:
        member_client.get(url)
    ContactFactory.create_batch(30, organisation=office, country=morocco)
    with django_assert_max_num_queries(len(few.captured_queries)):
        first = member_client.get(url)
    assert len(first.context["entries"]) == 25
    assert "33 contacts" in first.content.decode()
    assert 'rel="next"' in first.content.decode()
    second = member_client.get(url, {"page": 2})
    assert len(second.context["entries"]) == 8
    names = {contact.pk for contact, _personal in first.context["entries"]}
    assert names.isdisjoint(contact.pk for contact, _personal in second.context["entries"])


def test_search_query_count_is_flat_as_the_directory_grows(
    member_client, pgos, django_assert_max_num_queries
):
    morocco = CountryFactory()  # a country of its own: the demo directory stays out of the count
    params = {"country": morocco.iso_code, "role": "asset-recovery", "language": "fr"}
    codes = {"roles": ["asset-recovery"], "languages": ["fr"], "specialisations": ["terrorism"]}
    for _ in range(3):
        ContactFactory(organisation=pgos, country=morocco, with_codes=codes)
    with django_assert_max_num_queries(30) as few:
        member_client.get(reverse("directory:index"), params)
    for _ in range(30):
        ContactFactory(organisation=pgos, country=morocco, with_codes=codes)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = member_client.get(reverse("directory:index"), params)
    assert response.context["page"].paginator.count == 33


def test_contact_page_query_count(member_client, pgos, morocco, django_assert_max_num_queries):
    contact = ContactFactory(
        organisation=pgos,
        country=morocco,
        with_codes={"roles": ["asset-recovery"], "languages": ["fr", "ar"]},
    )
    with django_assert_max_num_queries(20):
        member_client.get(contact.get_absolute_url())
    assert Contact.objects.count() >= 1


def test_a_search_that_finds_nothing_says_so_and_offers_to_drop_each_filter(
    member_client, pgos, morocco
):
    ContactFactory(name_en="Nadia Testcase", country=morocco, organisation=pgos)
    url = reverse("directory:index")

    response = member_client.get(url, {"q": "Zyxwvut", "country": "MA", "urgent": "on"})

    page = response.content.decode()
    assert response.context["page"].paginator.count == 0
    assert "0 contacts" in page
    assert "No contact matches." in page
    removals = dict(response.context["filter_removals"])
    assert set(removals) == {
        "Search: Zyxwvut",
        "Country: Morocco",
        "Handles urgent requests (24/7)",
    }
    # Each link keeps the other filters and drops its own; following one finds the contact.
    assert removals["Search: Zyxwvut"] == f"{url}?country=MA&urgent=on"
    assert removals["Country: Morocco"] == f"{url}?q=Zyxwvut&urgent=on"
    for link in removals.values():
        assert f'href="{link.replace("&", "&amp;")}"' in page
    without_text = member_client.get(f"{url}?country=MA")
    assert "Nadia Testcase" in names(without_text)

"""Attack: a member without the export permission takes the whole directory home as one vCard
(a search with no filter), while the CSV of the same search needs that permission."""

import pytest
import vobject
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.audit.models import AuditEvent
from tests.factories import ContactFactory, UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def contacts(pgos, morocco) -> list:
    return [
        ContactFactory(name_en=f"Bulk Testcase {n}", organisation=pgos, country=morocco)
        for n in range(3)
    ]


def test_a_member_cannot_download_a_search_result_as_vcard(member_client, member, contacts):
    response = member_client.get(reverse("directory:search_vcf"))  # no filter: everybody

    assert response.status_code == 403
    assert "BEGIN:VCARD" not in response.content.decode()
    assert not AuditEvent.objects.filter(
        actor=member, action=AuditEvent.Action.EXPORT_VCARD
    ).exists()


def test_a_member_still_downloads_one_contact_s_vcard(member_client, contacts):
    response = member_client.get(reverse("directory:contact_vcf", args=[contacts[0].pk]))

    assert response.status_code == 200
    assert vobject.readOne(response.content.decode()).fn.value == "Bulk Testcase 0"


def test_the_search_vcard_button_shows_only_to_those_who_may_export(
    client, member_client, contacts
):
    search = {"q": "bulk testcase"}
    page = member_client.get(reverse("directory:index"), search).content.decode()
    assert reverse("directory:search_vcf") not in page
    assert reverse("directory:search_csv") not in page

    log_in_with_two_factor(client, UserFactory(roles=[roles.COORDINATOR], two_factor=True))
    page = client.get(reverse("directory:index"), search).content.decode()
    assert reverse("directory:search_vcf") in page
    response = client.get(reverse("directory:search_vcf"), search)
    cards = list(vobject.readComponents(response.content.decode()))
    assert sorted(card.fn.value for card in cards) == [f"Bulk Testcase {n}" for n in range(3)]
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORT_VCARD)
    assert event.details["contacts"] == 3

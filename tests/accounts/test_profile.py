import pytest
from django.core import mail
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.accounts.models import CorrectionRequest
from crimex_portal.audit.models import AuditEvent
from directory.models import Country
from tests.factories import CountryFactory, OrganisationFactory, UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db


def test_profile_needs_login(client):
    for name in ("accounts:profile", "accounts:request_correction"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_member_sees_who_they_are_and_chooses_their_language(member_client, member, seeded):
    morocco = Country.objects.get(iso_code="MA")
    member.first_name, member.last_name, member.function = "Amal", "Test", "judge"
    member.country, member.organisation = morocco, OrganisationFactory(name_en="Test Court")
    member.save()

    page = member_client.get(reverse("accounts:profile")).content.decode()
    for fact in (member.email, "Amal Test", "Morocco", "Test Court", "Judge"):
        assert fact in page
    assert reverse("accounts:request_correction") in page
    assert reverse("mfa_index") in page
    assert 'name="first_name"' not in page
    assert 'name="country"' not in page

    response = member_client.post(reverse("accounts:profile"), {"preferred_language": "ar"})

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.preferred_language == "ar"


def test_bad_profile_input_is_refused_and_changes_nothing(member_client, member):
    response = member_client.post(reverse("accounts:profile"), {"preferred_language": "xx"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    member.refresh_from_db()
    assert member.preferred_language == "en"


def test_member_asks_pmt_for_a_correction_and_pmt_handle_it(
    client, member_client, member, django_capture_on_commit_callbacks
):
    pmt = UserFactory(
        roles=[roles.PMT_STAFF], is_staff=True, two_factor=True, preferred_language="fr"
    )
    UserFactory(roles=[roles.COORDINATOR], email="coordinator@example.test")

    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(
            reverse("accounts:request_correction"),
            {"what_is_wrong": "My surname is misspelt.", "should_be": "Benali, not Ben Ali."},
        )

    assert response["Location"] == reverse("accounts:profile")
    correction = CorrectionRequest.objects.get()
    assert (correction.user, correction.should_be) == (member, "Benali, not Ben Ali.")
    assert correction.is_open
    # PMT staff (who may change accounts) hear of it, in their language; nobody else.
    assert [message.to for message in mail.outbox] == [[pmt.email]]
    assert "/fr/admin/accounts/correctionrequest/" in mail.outbox[0].body
    assert "misspelt" not in mail.outbox[0].body  # the member's words stay in the portal
    assert "is with PMT staff" in member_client.get(reverse("accounts:profile")).content.decode()
    assert AuditEvent.objects.filter(action="correction_requested", actor=member).exists()

    log_in_with_two_factor(client, pmt)
    listing = client.get(
        reverse("admin:accounts_correctionrequest_changelist") + "?state=open"
    ).content.decode()
    assert str(member) in listing
    detail = client.get(
        reverse("admin:accounts_correctionrequest_change", args=[correction.pk])
    ).content.decode()
    assert "Benali, not Ben Ali." in detail
    assert reverse("admin:accounts_user_change", args=[member.pk]) in detail
    client.post(
        reverse("admin:accounts_correctionrequest_changelist"),
        {"action": "mark_handled", "_selected_action": [correction.pk]},
    )

    correction.refresh_from_db()
    assert (correction.is_open, correction.handled_by) == (False, pmt)
    assert AuditEvent.objects.filter(action="correction_handled", actor=pmt).count() == 1
    assert (
        "is with PMT staff" not in member_client.get(reverse("accounts:profile")).content.decode()
    )


def test_an_empty_correction_request_is_refused(member_client):
    response = member_client.post(
        reverse("accounts:request_correction"), {"what_is_wrong": " ", "should_be": ""}
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not CorrectionRequest.objects.exists()


def test_members_cannot_read_correction_requests_in_the_admin(member_client):
    url = reverse("admin:accounts_correctionrequest_changelist")
    assert member_client.get(url).status_code == 302  # to the login: not staff


def test_member_without_two_factor_sees_the_warning(client):
    client.force_login(UserFactory())
    content = client.get(reverse("accounts:profile")).content.decode()
    assert "Two-factor authentication is not on yet" in content


def test_profile_query_count_is_flat(member_client, django_assert_max_num_queries):
    CountryFactory.create_batch(2)
    with django_assert_max_num_queries(12) as few:
        member_client.get(reverse("accounts:profile"))
    CountryFactory.create_batch(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        member_client.get(reverse("accounts:profile"))

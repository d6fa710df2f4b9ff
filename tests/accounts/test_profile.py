import pytest
from django.urls import reverse

from directory.models import Country
from tests.factories import CountryFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_profile_needs_login(client):
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_member_edits_own_profile(member_client, member, seeded):
    morocco = Country.objects.get(iso_code="MA")
    page = member_client.get(reverse("accounts:profile")).content.decode()
    assert member.email in page
    assert reverse("mfa_index") in page

    response = member_client.post(
        reverse("accounts:profile"),
        {
            "first_name": "Amal",
            "last_name": "Test",
            "country": morocco.pk,
            "organisation": "",
            "function": "judge",
            "preferred_language": "ar",
        },
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.first_name, member.country, member.function, member.preferred_language) == (
        "Amal",
        morocco,
        "judge",
        "ar",
    )


def test_bad_profile_input_is_refused_and_changes_nothing(member_client, member):
    response = member_client.post(
        reverse("accounts:profile"),
        {"first_name": "X", "last_name": "Y", "function": "astronaut", "preferred_language": "xx"},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    member.refresh_from_db()
    assert member.function != "astronaut"


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

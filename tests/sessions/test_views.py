import pytest
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from tests.factories import SessionFactory, UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db


def test_session_list_shows_published_sessions_only(client):
    SessionFactory(title_en="Published topic")
    SessionFactory(title_en="Draft topic", is_published=False)

    content = client.get(reverse("crimex_sessions:list")).content.decode()

    assert "Published topic" in content
    assert "Draft topic" not in content


def test_unpublished_session_is_hidden_from_visitors_and_shown_to_staff(client):
    draft = SessionFactory(is_published=False)
    url = reverse("crimex_sessions:detail", args=[draft.pk])
    assert client.get(url).status_code == 404

    log_in_with_two_factor(
        client, UserFactory(is_staff=True, roles=[roles.PMT_STAFF], two_factor=True)
    )
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "5th CrimEx session, Second Part"),
        ("fr", "5e session CrimEx, Deuxième partie"),
        ("ar", "الدورة الخامسة لفريق CrimEx، الجزء الثاني"),
    ],
)
def test_session_label_reads_naturally_in_each_language(language, expected):
    session = SessionFactory(number=5, part=2)
    with translation.override(language):
        assert session.label == expected


@pytest.mark.parametrize(
    ("status", "says_not_announced"),
    [("planned", True), ("held", False), ("cancelled", False)],
)
def test_a_session_without_venue_says_not_announced_only_while_planned(
    client, status, says_not_announced
):
    session = SessionFactory(status=status, venue_city_en="", venue_country=None)

    content = client.get(session.get_absolute_url()).content.decode()

    assert ("not announced" in content) is says_not_announced


def test_a_held_session_with_a_venue_shows_it(client):
    session = SessionFactory(status="held", venue_city_en="Valletta")

    content = client.get(session.get_absolute_url()).content.decode()

    assert "Valletta" in content
    assert "not announced" not in content

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

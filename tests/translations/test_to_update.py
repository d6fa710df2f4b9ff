"""Issue 16: PMT staff's list of translations to update, by object and field; nobody else's."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from crimex_portal.accounts import roles
from sessions.models import Session
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db
URL = reverse("translations:to_update")
CONFIRM = reverse("translations:confirm")


def client_with(*role_names: str, **attributes) -> Client:
    client = Client()
    user = UserFactory(roles=list(role_names), two_factor=True, **attributes)
    log_in_with_two_factor(client, user)
    return client


@pytest.fixture
def pmt_client() -> Client:
    return client_with(roles.PMT_STAFF, is_staff=True)


def outdated_session(**fields) -> Session:
    session = SessionFactory(title_en="Seizure", title_fr="Saisie", title_ar="الحجز", **fields)
    session.title_en = "Seizure and confiscation"
    session.save()
    return session


def test_pmt_see_each_outdated_translation_by_object_and_field_with_links(pmt_client):
    session = outdated_session()
    SessionFactory(title_en="Current", title_fr="Actuel")
    item = AgendaItemFactory(session=session, title_en="Opening", title_fr="Ouverture")
    item.title_en = "Opening words"
    item.save()

    html = pmt_client.get(URL).content.decode()

    assert html.count("<tr data-translation-outdated>") == 2
    assert escape(str(session)) in html
    assert "Current" not in html
    assert reverse("admin:crimex_sessions_session_change", args=[session.pk]) in html
    assert session.get_absolute_url() in html
    assert "French, Arabic" in html


def test_pmt_confirm_a_translation_still_right(pmt_client):
    session = outdated_session()
    response = pmt_client.post(
        CONFIRM,
        {"model": "crimex_sessions.Session", "pk": session.pk, "field": "title", "language": "fr"},
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert not session.translation_outdated("title", "fr")
    assert session.translation_outdated("title", "ar")


@pytest.mark.parametrize(
    "role",
    [roles.MEMBER, roles.COORDINATOR, roles.FICHE_EDITOR],
    ids=["member", "coordinator", "editor"],
)
def test_other_roles_neither_see_the_list_nor_confirm(role):
    session = outdated_session()
    client = client_with(roles.MEMBER, role)
    assert client.get(URL).status_code == 403
    forged = {
        "model": "crimex_sessions.Session",
        "pk": session.pk,
        "field": "title",
        "language": "fr",
    }
    assert client.post(CONFIRM, forged).status_code == 403
    session.refresh_from_db()
    assert session.translation_outdated("title", "fr")


def test_visitors_are_sent_to_log_in(client):
    assert client.get(URL).status_code == 302
    assert client.post(CONFIRM, {}).status_code == 302


@pytest.mark.parametrize(
    "forged",
    [
        {"model": "accounts.User", "pk": "1", "field": "email", "language": "fr"},
        {"model": "crimex_sessions.Session", "field": "registration_deadline", "language": "fr"},
        {"model": "crimex_sessions.Session", "field": "title", "language": "en"},
        {"model": "nothing", "field": "title", "language": "fr"},
    ],
)
def test_a_forged_confirmation_changes_nothing(pmt_client, forged):
    session = outdated_session()
    forged.setdefault("pk", session.pk)
    assert pmt_client.post(CONFIRM, forged).status_code == 404
    session.refresh_from_db()
    assert session.translation_outdated("title", "fr")


def make_outdated_rows(count: int) -> None:
    for _ in range(count):
        outdated_session()
        action = ActionFactory(description_fr="Former")
        action.description_en = "Changed"
        action.save()


def test_the_list_takes_the_same_queries_with_ten_times_the_rows(
    pmt_client, django_assert_num_queries
):
    make_outdated_rows(2)
    pmt_client.get(URL)  # warm the session and permission caches
    # One query per translated model, whatever the rows: 31 with the outbox, releases,
    # glossary, library, police strategy, decisions and follow-ups.
    with django_assert_num_queries(31) as captured:
        pmt_client.get(URL)
    make_outdated_rows(18)
    with django_assert_num_queries(len(captured.captured_queries)):
        html = pmt_client.get(URL).content.decode()
    assert html.count("<tr data-translation-outdated>") == 40

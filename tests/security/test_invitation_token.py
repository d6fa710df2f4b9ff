"""The invitation link's token leaves the address bar at once: pages, their Referer headers and
the access log's later lines never hold it (as allauth does for password-reset keys)."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.accounts.models import User
from crimex_portal.accounts.services import invitation_create
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Mediterranean-cooperation-2026"


@pytest.fixture
def link(django_capture_on_commit_callbacks) -> str:
    pmt = UserFactory(roles=[roles.PMT_STAFF], is_staff=True)
    with django_capture_on_commit_callbacks(execute=True):
        invitation_create(
            invited_by=pmt,
            email="invitee@example.test",
            first_name="Nadia",
            last_name="Haddad",
            role=roles.MEMBER,
        )
    return re.search(r"https?://\S+", mail.outbox[-1].body).group(0)


def token_of(link: str) -> str:
    return link.rstrip("/").rsplit("/", 1)[-1]


def test_the_token_leaves_the_url_on_first_use(link):
    invitee = Client()
    token = token_of(link)

    response = invitee.get(link)

    assert response.status_code == 302
    assert token not in response["Location"]
    page = invitee.get(response["Location"])
    assert page.status_code == 200
    assert token not in page.content.decode()
    assert "Nadia" in page.content.decode()

    accepted = invitee.post(response["Location"], {"password1": PASSWORD, "password2": PASSWORD})
    assert accepted.status_code == 302
    assert User.objects.get(email="invitee@example.test").check_password(PASSWORD)


def test_the_token_less_address_is_nothing_without_the_session(link):
    first = Client()
    token_less = first.get(link)["Location"]

    stranger = Client()
    assert stranger.get(token_less).status_code == 404
    stranger.post(token_less, {"password1": PASSWORD, "password2": PASSWORD})
    assert not User.objects.filter(email="invitee@example.test").exists()


def test_an_unusable_link_still_says_why(link):
    invitee = Client()
    invitee.post(invitee.get(link)["Location"], {"password1": PASSWORD, "password2": PASSWORD})
    invitee.post(reverse("account_logout"))

    again = Client().get(link)
    assert again.status_code == 410
    assert "already used" in again.content.decode()

"""A cached header carries forms (log out, language): each visitor gets their own CSRF token
in it, never the one of whoever filled the cache, and the forms work."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from crimex_portal.accounts import roles
from tests.factories import UserFactory, enable_totp, log_in_with_two_factor

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def member_client(name: str) -> Client:
    user = UserFactory(roles=[roles.MEMBER], first_name=name, last_name="Tester")
    enable_totp(user)
    return log_in_with_two_factor(Client(enforce_csrf_checks=True), user)


def test_each_visitor_gets_a_token_of_their_own_and_their_own_name():
    first, second = member_client("Amina"), member_client("Karim")
    url = reverse("actionplans:index")
    first.get(url)  # fills the cache
    page = second.get(url).content.decode()
    assert "crimex-fragment-csrf-placeholder" not in page
    assert "Karim Tester" in page
    assert "Amina Tester" not in page
    tokens = TOKEN.findall(page)
    assert tokens
    # The token served works for this visitor: the language form posts.
    response = second.post(
        reverse("set_language"),
        {"csrfmiddlewaretoken": tokens[0], "language": "fr", "next": url},
    )
    assert response.status_code == 302


def test_a_name_changed_shows_in_the_header_at_once():
    user = UserFactory(roles=[roles.MEMBER], first_name="Amina", last_name="Tester")
    enable_totp(user)
    client = log_in_with_two_factor(Client(), user)
    url = reverse("actionplans:index")
    assert "Amina Tester" in client.get(url).content.decode()
    user.first_name = "Samira"
    user.save()
    assert "Samira Tester" in client.get(url).content.decode()


def test_anonymous_visitors_each_get_their_own_token():
    url = reverse("pages:about")
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first_page = first.get(url).content.decode()
    second_page = second.get(url).content.decode()
    assert TOKEN.findall(first_page)
    assert "crimex-fragment-csrf-placeholder" not in second_page
    response = second.post(
        reverse("set_language"),
        {"csrfmiddlewaretoken": TOKEN.findall(second_page)[0], "language": "ar", "next": url},
    )
    assert response.status_code == 302

"""Every URL of the portal, walked as each kind of user: restricted pages refuse the wrong roles.

A new URL fails this test until it is declared below as public, members-only, staff-only or an
account page (allauth's own), with sample arguments when it takes any.
"""

import pytest
from django.contrib.admin import site as admin_site
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from crimex_portal.accounts import roles
from sessions.models import Session
from tests.factories import UserFactory

PUBLIC, MEMBERS, STAFF, ACCOUNT = "public", "members", "staff", "account"

# url name -> access. Names of namespaced URLs carry their namespace.
DECLARED: dict[str, str] = {
    "health": PUBLIC,
    "set_language": PUBLIC,
    "pages:home": PUBLIC,
    "pages:about": PUBLIC,
    "crimex_sessions:list": PUBLIC,
    "crimex_sessions:detail": PUBLIC,
    "directory:index": MEMBERS,
    "actionplans:index": MEMBERS,
    "fiches:index": MEMBERS,
}
# Whole namespaces: the admin is staff-only by construction (Django checks is_staff and the
# model permissions); allauth's pages (login, password reset, ...) serve anonymous visitors.
DECLARED_PREFIXES = {"admin:": STAFF}
ACCOUNT_NAMES_PREFIX = "account_"
UNNAMED_ALLOWED = {"favicon.ico"}


def sample_kwargs(name: str) -> dict:
    if name == "crimex_sessions:detail":
        return {"pk": Session.objects.get(number=5).pk}
    return {}


def walk(patterns, namespace: str = "", prefix: str = "") -> list[tuple[str, str]]:
    """(name, route) of every URL pattern under the root URLconf."""
    found = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            found += walk(pattern.url_patterns, inner, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            # Unnamed patterns inside a namespace (the admin's redirects) belong to it.
            name = f"{namespace}{pattern.name or ''}"
            found.append((name, prefix + str(pattern.pattern)))
    return found


def access_of(name: str) -> str | None:
    if name in DECLARED:
        return DECLARED[name]
    for prefix, access in DECLARED_PREFIXES.items():
        if name.startswith(prefix):
            return access
    if name.startswith(ACCOUNT_NAMES_PREFIX) or name.startswith("mfa_"):
        return ACCOUNT
    return None


def test_every_url_is_declared():
    undeclared = [
        (name, route)
        for name, route in walk(get_resolver().url_patterns)
        if access_of(name) is None and route not in UNNAMED_ALLOWED
    ]
    assert undeclared == [], "declare these URLs in tests/test_access.py"


@pytest.fixture
def users(db) -> dict:
    return {
        "anonymous": None,
        "non-member": UserFactory(),
        "member": UserFactory(roles=[roles.MEMBER]),
        "coordinator": UserFactory(roles=[roles.COORDINATOR]),
        "pmt": UserFactory(roles=[roles.PMT_STAFF], is_staff=True),
    }


EXPECTED_STATUS = {
    PUBLIC: {"anonymous": 200, "non-member": 200, "member": 200, "coordinator": 200, "pmt": 200},
    MEMBERS: {"anonymous": 302, "non-member": 403, "member": 200, "coordinator": 200, "pmt": 200},
}


def page_urls(access: str) -> list[str]:
    names = [
        name for name, _route in walk(get_resolver().url_patterns) if access_of(name) == access
    ]
    return sorted(set(names) - {"health", "set_language"})


@pytest.mark.parametrize("access", [PUBLIC, MEMBERS])
@pytest.mark.parametrize("role", ["anonymous", "non-member", "member", "coordinator", "pmt"])
def test_pages_answer_each_role_as_declared(client, seeded, users, access, role):
    if users[role]:
        client.force_login(users[role])
    for name in page_urls(access):
        for language in ("en", "ar"):
            with translation.override(language):
                url = reverse(name, kwargs=sample_kwargs(name))
            response = client.get(url)
            expected = EXPECTED_STATUS[access][role]
            assert response.status_code == expected, f"{role} on {url}"
            if expected == 302:
                assert response["Location"].startswith(reverse("account_login"))


def admin_changelists() -> list[str]:
    return [
        reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        for model in admin_site._registry
    ]


@pytest.mark.parametrize("role", ["anonymous", "non-member", "member", "coordinator"])
def test_admin_refuses_everybody_but_staff(client, users, role):
    if users[role]:
        client.force_login(users[role])
    for url in [reverse("admin:index"), *admin_changelists()]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("admin:login"))


def test_pmt_staff_reach_the_admin_of_sessions_directory_and_pages(client, seeded, users):
    client.force_login(users["pmt"])
    for model in (
        "crimex_sessions_session",
        "directory_country",
        "directory_organisation",
        "directory_crimearea",
        "pages_page",
        "accounts_user",
    ):
        assert client.get(reverse(f"admin:{model}_changelist")).status_code == 200, model
        assert client.get(reverse(f"admin:{model}_add")).status_code == 200, model


def test_pmt_staff_read_the_audit_trail_but_cannot_change_it(client, users):
    client.force_login(users["pmt"])
    client.get(reverse("pages:home"))  # the login itself is an audit event

    assert client.get(reverse("admin:audit_auditevent_changelist")).status_code == 200
    assert client.get(reverse("admin:audit_auditevent_add")).status_code == 403

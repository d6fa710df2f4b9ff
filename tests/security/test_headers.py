"""The headers of every response: a strict Content-Security-Policy, a Permissions-Policy that
switches the browser's powerful features off, Cache-Control that keeps members' pages and files
out of shared caches, and HSTS preload only when asked for.

The browser's own view of the policy (no violation on any main page, the scripts still work) is
tests/security/test_csp_browser.py."""

import json
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from crimex_portal.accounts.services import invitation_create
from sessions.models import Session, SessionDocument
from tests.factories import (
    AgendaItemFactory,
    SessionDocumentFactory,
    UserFactory,
    log_in_with_two_factor,
)
from tests.test_access import (
    COORDINATORS,
    MEMBERS,
    PMT,
    PUBLIC,
    page_urls,
    sample_kwargs,
)
from tests.test_settings import run_manage

PASSWORD = "correct-horse-battery"
EXPECTED_CSP = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# Features nobody on the portal needs; each must be refused to every origin, the portal's too.
SWITCHED_OFF = {
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "serial",
    "hid",
    "midi",
    "display-capture",
    "accelerometer",
    "gyroscope",
    "magnetometer",
}


def directives(header: str) -> dict[str, list[str]]:
    """`a b c; d e` as {"a": ["b", "c"], "d": ["e"]}."""
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name.lower()] = values
    return parsed


def permissions(header: str) -> dict[str, str]:
    """`camera=(), fullscreen=(self)` as {"camera": "()", "fullscreen": "(self)"}."""
    return dict(item.strip().split("=", 1) for item in header.split(",") if item.strip())


def cache_directives(header: str) -> dict[str, str]:
    found = {}
    for part in header.split(","):
        name, _, value = part.strip().partition("=")
        if name:
            found[name.lower()] = value
    return found


# Status codes a cache may store without any Cache-Control (RFC 9110, 15.1: "heuristically
# cacheable"), and with them the freshness it then guesses itself.
HEURISTICALLY_CACHEABLE = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501}


def shared_cache_may_store(response) -> bool:
    """What a shared cache (a reverse proxy, a CDN, a company's proxy) decides, as RFC 9111
    section 3 tells it: it stores a response unless told not to (no-store, private), when the
    response says how long it stays fresh or its status is heuristically cacheable. The requests
    here carry no Authorization header: members are known by their session cookie."""
    control = cache_directives(response.get("Cache-Control", ""))
    if "no-store" in control or "private" in control:
        return False
    explicit = {"public", "max-age", "s-maxage"} & control.keys() or response.has_header("Expires")
    return bool(explicit) or response.status_code in HEURISTICALLY_CACHEABLE


@pytest.fixture
def staff(db):
    """Every role at once: the user who sees the most pages."""
    user = UserFactory(
        roles=[roles.MEMBER, roles.COORDINATOR, roles.PMT_STAFF], is_staff=True, two_factor=True
    )
    RecoveryCodes.activate(user)  # their page and their download are private too
    return user


def members_only_document() -> SessionDocument:
    return SessionDocumentFactory(visibility=SessionDocument.Visibility.MEMBERS)


def session_without_documents() -> Session:
    """For the admin's session page: its file widget asks a private document for its URL, which
    private storage refuses (a fault of the admin's document inline, left to its own work)."""
    return AgendaItemFactory().session


def restricted_urls() -> list[str]:
    """Every page and file a logged-in member, coordinator or PMT staff opens with GET: the
    portal's, the account pages, the admin's, in English and Arabic."""
    urls = []
    for access in (PUBLIC, MEMBERS, COORDINATORS, PMT):
        for name in page_urls(access):
            for language in ("en", "ar"):
                with translation.override(language):
                    urls.append(reverse(name, kwargs=sample_kwargs(name)))
    session = session_without_documents()
    urls += [
        reverse("crimex_sessions:document", args=[members_only_document().pk]),
        reverse("actionplans:export", kwargs={"code": "A", "file_format": "csv"}),
        reverse("accounts:profile"),
        reverse("mfa_index"),
        reverse("mfa_view_recovery_codes"),
        reverse("mfa_download_recovery_codes"),
        reverse("account_change_password"),
        reverse("account_email"),
        reverse("admin:index"),
        reverse("admin:crimex_sessions_session_changelist"),
        reverse("admin:crimex_sessions_session_change", args=[session.pk]),
        reverse("admin:directory_contact_changelist"),
        reverse("admin:audit_auditevent_changelist"),
        "/en/no-such-page/",
    ]
    return urls


# --- Cache-Control --------------------------------------------------------------------------


def test_a_shared_cache_is_never_allowed_to_store_what_a_logged_in_user_sees(client, seeded, staff):
    """The attack: a proxy between the members and the portal keeps a copy of a member's
    directory page, export or document, and serves it to the next person who asks, or keeps it
    on its disk. Every response to a logged-in user says `private, no-store`."""
    log_in_with_two_factor(client, staff)
    storable = []
    for url in restricted_urls():
        response = client.get(url)
        if shared_cache_may_store(response):
            storable.append(f"{url} ({response.status_code}, {response.get('Cache-Control')})")
        elif response.status_code == 200:
            control = cache_directives(response["Cache-Control"])
            assert {"private", "no-store"} <= control.keys(), url
            assert "public" not in control
    assert not storable, "a shared cache may store:\n" + "\n".join(storable)


def test_evidence_and_reports_downloads_are_private(client, seeded, staff):
    """The files behind the links (evidence of a progress update, a generated report) that
    test_access.py's sample arguments point at, downloaded by the one who may."""
    log_in_with_two_factor(client, staff)
    for name in ("actionplans:update_evidence", "reports:download", "directory:contact_vcf"):
        response = client.get(reverse(name, kwargs=sample_kwargs(name)))
        assert response.status_code == 200, name
        assert not shared_cache_may_store(response), name


def test_a_visitor_half_way_through_the_login_gets_private_pages(client, db):
    """After the password and before the TOTP code the visitor is not logged in yet, but the
    session holds who they are: the code page is theirs alone."""
    user = UserFactory(roles=[roles.MEMBER], password=PASSWORD, two_factor=True)
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    code_page = client.get(response["Location"])

    assert code_page.status_code == 200
    assert not shared_cache_may_store(code_page)


def test_public_pages_seen_anonymously_stay_cacheable(client, seeded):
    """What everybody may see is not made uncacheable: the public pages and public documents."""
    session = Session.objects.get(number=5)
    public_document = SessionDocumentFactory(
        session=session, visibility=SessionDocument.Visibility.PUBLIC
    )
    for url in (
        reverse("pages:home"),
        reverse("pages:about"),
        reverse("crimex_sessions:list"),
        reverse("crimex_sessions:detail", args=[session.pk]),
        reverse("crimex_sessions:calendar", args=[session.pk]),
        reverse("crimex_sessions:document", args=[public_document.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert shared_cache_may_store(response), url


def test_after_logging_out_public_pages_are_cacheable_again(client, seeded, staff):
    log_in_with_two_factor(client, staff)
    assert not shared_cache_may_store(client.get(reverse("pages:home")))

    client.post(reverse("account_logout"))

    assert shared_cache_may_store(client.get(reverse("pages:home")))


# --- Content-Security-Policy and Permissions-Policy -----------------------------------------


def sample_responses(client, staff) -> dict[str, object]:
    """Responses of every kind: public and private pages, a redirect, an error, a download, a
    JSON answer, the admin and the health probe."""
    responses = {
        "home (anonymous)": client.get(reverse("pages:home")),
        "login": client.get(reverse("account_login")),
        "directory (anonymous: redirect)": client.get(reverse("directory:index")),
        "health": client.get(reverse("health")),
        "favicon": client.get("/favicon.ico"),
        "not found": client.get("/en/no-such-page/"),
    }
    log_in_with_two_factor(client, staff)
    responses |= {
        "directory": client.get(reverse("directory:index")),
        "vCard": client.get(
            reverse("directory:contact_vcf", kwargs=sample_kwargs("directory:contact_vcf"))
        ),
        "report JSON": client.get(
            reverse("reports:detail", kwargs=sample_kwargs("reports:detail")) + "?format=json"
        ),
        "admin": client.get(
            reverse("admin:crimex_sessions_session_change", args=[Session.objects.get(number=5).pk])
        ),
        "language switch": client.post(reverse("set_language"), {"language": "ar", "next": "/"}),
    }
    log_in_with_two_factor(client, UserFactory(two_factor=True))  # no role: refused
    responses["forbidden"] = client.get(reverse("directory:index"))
    return responses


def test_every_response_carries_the_strict_content_security_policy(client, seeded, staff):
    for what, response in sample_responses(client, staff).items():
        assert response.has_header("Content-Security-Policy"), what
        assert directives(response["Content-Security-Policy"]) == EXPECTED_CSP, what
        assert "unsafe" not in response["Content-Security-Policy"], what


def test_every_response_switches_the_powerful_features_off(client, seeded, staff):
    for what, response in sample_responses(client, staff).items():
        assert response.has_header("Permissions-Policy"), what
        policy = permissions(response["Permissions-Policy"])
        assert policy.keys() >= SWITCHED_OFF, what
        assert all(allowlist == "()" for allowlist in policy.values()), what


# --- No inline script or style for the policy to block ----------------------------------------


class InlineCode(HTMLParser):
    """Collects what a `default-src 'self'` policy blocks in a page: <script> with code in it
    (JSON data blocks are data, not code), <style>, style="..." and on...="..." attributes,
    javascript: links."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._script: dict | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes:
            self._script = attributes
        if tag == "style":
            self.found.append("<style>")
        for name, value in attrs:
            if name == "style" or re.fullmatch(r"on[a-z]+", name):
                self.found.append(f'<{tag} {name}="{(value or "")[:40]}">')
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f'<{tag} {name}="{value[:40]}">')

    def handle_data(self, data: str) -> None:
        code = self._script is not None and self._script.get("type") != "application/json"
        if code and data.strip():
            self.found.append(f"<script>{data.strip()[:40]}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def test_the_inline_code_finder_finds_what_the_policy_blocks():
    page = (
        '<p style="color:red">x</p><button onclick="go()">y</button><style>p{}</style>'
        '<script>alert(1)</script><a href="javascript:go()">z</a>'
        '<script type="application/json">{"data": 1}</script><script src="/s.js"></script>'
    )
    assert len(inline_code(page)) == 5


def test_no_page_holds_inline_script_or_style(client, seeded, staff):
    """Every page a visitor, a member enrolling two-factor or a logged-in user opens, rendered by
    the server: nothing inline that the policy would block (test_csp_browser.py proves it in
    Chromium for the main pages)."""
    invitation = invitation_create(
        invited_by=staff,
        email="invitee@example.test",
        first_name="Invited",
        last_name="Member",
        role=roles.MEMBER,
    )
    enrolling = UserFactory(roles=[roles.MEMBER], password=PASSWORD)  # no two-factor yet
    visits = {
        None: [
            reverse("account_login"),
            reverse("account_reset_password"),
            urlsplit(invitation.link).path,
        ],
        enrolling: [reverse("mfa_activate_totp")],
        staff: [
            *restricted_urls(),
            reverse("admin:crimex_sessions_session_add"),
            reverse("admin:fiches_fiche_changelist"),
            reverse("admin:directory_contact_add"),
            reverse("admin:accounts_invitation_add"),
        ],
    }
    problems = []
    for user, urls in visits.items():
        client.logout()
        if user is enrolling:  # through the login form: enrolment asks for a recent login
            client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
        elif user:
            log_in_with_two_factor(client, user)
        for url in urls:
            response = client.get(url)
            assert response.status_code in (200, 302, 404), url  # 302: asks to log in again
            if "text/html" in response.get("Content-Type", "") and response.status_code == 200:
                problems += [f"{url}: {found}" for found in inline_code(response.content.decode())]
    assert not problems, "\n".join(problems)


# --- HSTS -----------------------------------------------------------------------------------

HSTS_PROBE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "preload": settings.SECURE_HSTS_PRELOAD,
    "seconds": settings.SECURE_HSTS_SECONDS,
    "silenced": settings.SILENCED_SYSTEM_CHECKS,
}))
"""
PRODUCTION = {
    "DJANGO_DEBUG": "False",
    "DJANGO_SECRET_KEY": "a-long-random-production-key-0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a",
    "DJANGO_ALLOWED_HOSTS": "crimex.example.org",
}


def hsts(**variables: str) -> dict:
    result = run_manage("-c", HSTS_PROBE, **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_hsts_preload_is_off_unless_asked_for():
    """Preloading puts the domain in the browsers' built-in lists, for months: an operator's
    decision, never a default. HSTS itself is on for a year."""
    production = hsts(**PRODUCTION)
    assert production["preload"] is False
    assert production["seconds"] == 60 * 60 * 24 * 365

    assert hsts(**PRODUCTION, DJANGO_SECURE_HSTS_PRELOAD="True")["preload"] is True


def test_only_the_preload_warning_is_silenced():
    assert hsts(**PRODUCTION)["silenced"] == ["security.W021"]


def test_check_deploy_stays_clean_when_preload_is_asked_for():
    """tests/test_settings.py checks CI's case: preload off, its warning silenced."""
    deploy_check = ("manage.py", "check", "--deploy", "--fail-level", "WARNING")
    result = run_manage(*deploy_check, **PRODUCTION, DJANGO_SECURE_HSTS_PRELOAD="True")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout

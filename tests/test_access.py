"""Every URL of the portal, walked as each kind of user: restricted pages refuse the wrong roles.

A new URL fails this test until it is declared below as public, members-only, staff-only or an
account page (allauth's own), with sample arguments when it takes any.
"""

import pytest
from django.contrib.admin import site as admin_site
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from actionplans.models import ActionPlan, Indicator
from crimex_portal.accounts import roles
from crimex_portal.reports.models import Report
from directory.models import Organisation
from sessions.models import Registration, Session, SessionDocument
from tests.factories import (
    PDF_BYTES,
    ContactFactory,
    FollowUpFactory,
    LibraryFileFactory,
    ProgressUpdateFactory,
    SessionDocumentFactory,
    SessionFactory,
    UserFactory,
    enable_totp,
    log_in_with_two_factor,
)

PUBLIC, MEMBERS, STAFF, ACCOUNT = "public", "members", "staff", "account"
MEMBERS_POST = "members-post"  # actions: GET is refused, POST checks as MEMBERS
PMT = "pmt"  # restricted pages for PMT staff outside the admin
COORDINATORS = "coordinators"  # members who may also export and record progress
AUTHOR = "author"  # a draft MLA request's pages: its author's only, a 404 for every other member

# url name -> access. Names of namespaced URLs carry their namespace.
DECLARED: dict[str, str] = {
    "health": PUBLIC,
    "accounts:profile": ACCOUNT,
    "accounts:request_correction": ACCOUNT,
    "accounts:accept_invitation": ACCOUNT,
    "set_language": PUBLIC,
    "pages:home": PUBLIC,
    "pages:about": PUBLIC,
    "pages:style": PMT,
    "crimex_sessions:list": PUBLIC,
    "crimex_sessions:detail": PUBLIC,
    "crimex_sessions:feed": PUBLIC,
    "crimex_sessions:calendar": PUBLIC,
    # Public documents are public; members-only ones: tests/sessions/test_pages.py.
    "crimex_sessions:document": PUBLIC,
    "crimex_sessions:register": MEMBERS_POST,
    "crimex_sessions:unregister": MEMBERS_POST,
    "crimex_sessions:attendees": PMT,
    "crimex_sessions:attendees_csv": PMT,
    # Released agendas are as public as the session page (tests/sessions/test_releases.py).
    "crimex_sessions:release": PUBLIC,
    "crimex_sessions:changes": PUBLIC,
    "crimex_sessions:changes_feed": PUBLIC,
    # The member's own certificate; another member's: tests/sessions/test_attendance.py.
    "crimex_sessions:certificate": MEMBERS,
    "pages:police_strategy": PUBLIC,
    # Public documents are public; members-only ones: tests/library/test_library.py.
    "library:index": PUBLIC,
    "library:document": PUBLIC,
    "library:file": PUBLIC,
    # What each role finds: tests/search/test_search.py.
    "search:search": PUBLIC,
    "glossary:index": MEMBERS,
    "directory:index": MEMBERS,
    "directory:contact": MEMBERS,
    "directory:contact_vcf": MEMBERS,
    "directory:search_vcf": COORDINATORS,
    "directory:my_entry": MEMBERS,
    "directory:organisations": MEMBERS,
    "directory:organisation": MEMBERS,
    "directory:search_csv": COORDINATORS,
    "directory:to_verify": PMT,
    "directory:report_outdated": MEMBERS_POST,
    "directory:mark_verified": MEMBERS_POST,
    "directory:resolve_report": MEMBERS_POST,
    "actionplans:index": MEMBERS,
    "actionplans:plan": MEMBERS,
    "actionplans:action": MEMBERS,
    "actionplans:dashboard": MEMBERS,
    "actionplans:update": MEMBERS,
    "actionplans:update_evidence": MEMBERS,
    "actionplans:record_update": COORDINATORS,
    "actionplans:export": COORDINATORS,
    "actionplans:submit_update": MEMBERS_POST,
    "actionplans:review_update": MEMBERS_POST,
    "actionplans:review_queue": PMT,
    "fiches:index": MEMBERS,
    "fiches:atlas": MEMBERS,
    "fiches:search": MEMBERS,
    "fiches:measure": MEMBERS,
    "fiches:compare": MEMBERS,
    "fiches:country": MEMBERS,
    "fiches:fiche": MEMBERS,
    "fiches:edit": PMT,  # and a country's fiche editors: tests/fiches/test_views.py
    "fiches:mark_reviewed": MEMBERS_POST,
    "fiches:due_for_review": PMT,
    "reports:request": MEMBERS_POST,  # and coordinators only: tests/reports/test_reports.py
    "reports:detail": COORDINATORS,
    "reports:download": COORDINATORS,
    "translations:to_update": PMT,
    # PMT staff only, and a forged field changes nothing: tests/translations/test_to_update.py.
    "translations:confirm": MEMBERS_POST,
    # The request composer; the authors' own drafts: tests/mla/test_views.py.
    "mla:index": MEMBERS,
    "mla:new": MEMBERS,
    "mla:step": AUTHOR,
    "mla:document": AUTHOR,
    "mla:pdf_download": AUTHOR,
    "mla:docx": AUTHOR,
    "mla:export": AUTHOR,
    "mla:shared": AUTHOR,  # and the contact points it is shared with
    "mla:switch": MEMBERS_POST,
    "mla:finalise": MEMBERS_POST,
    "mla:pdf": MEMBERS_POST,
    "mla:duplicate": MEMBERS_POST,
    "mla:delete": MEMBERS_POST,
    "mla:share": MEMBERS_POST,
    "mla:revoke": MEMBERS_POST,
    "followups:tracking": MEMBERS,
    "followups:tracking_xlsx": COORDINATORS,
    "followups:detail": MEMBERS,
    # and only their owners and PMT staff: tests/followups/test_followups.py
    "followups:update_status": MEMBERS_POST,
    "mycrimex:home": MEMBERS,
    "mycrimex:notifications": MEMBERS,
    "mycrimex:notifications_read": MEMBERS_POST,
    # only the member's own: tests/mycrimex/test_home.py
    "mycrimex:open_notification": MEMBERS,
    "mycrimex:preferences": MEMBERS,
    "mycrimex:reports": MEMBERS,
    "mycrimex:confirm_entry": MEMBERS_POST,
}
# Whole namespaces: the admin is staff-only by construction (Django checks is_staff and the
# model permissions); allauth's pages (login, password reset, ...) serve anonymous visitors.
DECLARED_PREFIXES = {"admin:": STAFF}
ACCOUNT_NAMES_PREFIX = "account_"
UNNAMED_ALLOWED = {"favicon.ico"}


def sample_kwargs(name: str, user=None) -> dict:
    if name.startswith("mla:"):
        return mla_sample(name)
    if name in ("reports:detail", "reports:download"):
        report = Report(kind="session", target_key="1", language="en", title="Report", html="-")
        report.status = Report.Status.DONE
        report.file.save("report.pdf", ContentFile(PDF_BYTES))
        # A report opens for those who asked for it (and PMT staff): tests/security/.
        if user is not None:
            report.requesters.add(user)
        return {"pk": report.pk}
    if name in ("fiches:measure", "fiches:compare"):
        return {"code": "501"}
    if name == "fiches:country":
        return {"iso_code": "MA"}
    if name in ("fiches:fiche", "fiches:edit", "fiches:mark_reviewed"):
        return {"iso_code": "MA", "code": "501"}
    if name.startswith("actionplans:"):
        return actionplan_sample(name)
    if name == "mycrimex:open_notification":
        recipient = user or UserFactory()
        notification, _created = recipient.notifications.get_or_create(
            kind="report_ready", key="access", language="en", text="Ready"
        )
        return {"pk": notification.pk}
    if name in ("followups:detail", "followups:update_status"):
        return {"pk": FollowUpFactory(decision__session=Session.objects.get(number=5)).pk}
    if name in (
        "directory:contact",
        "directory:contact_vcf",
        "directory:report_outdated",
        "directory:mark_verified",
    ):
        return {"pk": ContactFactory(organisation=Organisation.objects.get(acronym="PGOs")).pk}
    if name == "directory:organisation":
        return {"pk": Organisation.objects.get(acronym="PGOs").pk}
    if name == "directory:resolve_report":
        contact = ContactFactory(organisation=Organisation.objects.get(acronym="PGOs"))
        return {"pk": contact.reports.create(comment="Moved").pk}
    if name == "crimex_sessions:document":
        document = SessionDocumentFactory(
            session=Session.objects.get(number=5), visibility=SessionDocument.Visibility.PUBLIC
        )
        return {"pk": document.pk}
    if name in ("library:document", "library:file"):
        version = LibraryFileFactory(document__visibility="public")
        return {"pk": version.pk if name == "library:file" else version.document_id}
    if name == "crimex_sessions:release":
        return {"pk": Session.objects.get(number=5).pk, "number": 1}  # the seeded v1
    if name == "crimex_sessions:certificate":
        session = Session.objects.get(number=5)
        if user is not None:  # an attendee of the held 5th session
            Registration.objects.get_or_create(session=session, user=user)
        return {"pk": session.pk}
    if name.startswith("crimex_sessions:") and name not in (
        "crimex_sessions:list",
        "crimex_sessions:feed",
    ):
        return {"pk": Session.objects.get(number=5).pk}
    return {}


def mla_sample(name: str) -> dict:
    """Someone else's draft: nobody walking the URLs is its author."""
    from directory.models import Country
    from mla.models import MlaRequest, SharedVersion

    draft = MlaRequest.objects.create(
        author=UserFactory(), requested_country=Country.objects.get(iso_code="TN")
    )
    if name == "mla:step":
        return {"pk": draft.pk, "step": 1}
    if name == "mla:pdf_download":
        return {"pk": draft.pk, "report_pk": 1}
    if name == "mla:revoke":
        return {"pk": draft.pk, "share_pk": 1}
    if name == "mla:shared":
        version = SharedVersion.objects.create(request=draft, number=1, snapshot="{}")
        return {"version_pk": version.pk}
    if name in ("mla:index", "mla:new"):
        return {}
    return {"pk": draft.pk}


def actionplan_sample(name: str) -> dict:
    plan = ActionPlan.objects.get(code="A")
    indicator = Indicator.objects.filter(action__goal__plan=plan).first()
    if name in ("actionplans:plan", "actionplans:dashboard"):
        return {"code": plan.code}
    if name == "actionplans:export":
        return {"code": plan.code, "file_format": "xlsx"}
    if name == "actionplans:action":
        return {"pk": indicator.action_id}
    if name == "actionplans:record_update":
        return {"indicator_pk": indicator.pk}
    if name in (
        "actionplans:update",
        "actionplans:update_evidence",
        "actionplans:submit_update",
        "actionplans:review_update",
    ):
        update = ProgressUpdateFactory(
            indicator=indicator,
            evidence_file=SimpleUploadedFile("evidence.pdf", PDF_BYTES),
        )
        return {"pk": update.pk}
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
    with_two_factor = {
        "non-member": UserFactory(),
        "member": UserFactory(roles=[roles.MEMBER]),
        "coordinator": UserFactory(roles=[roles.COORDINATOR]),
        "pmt": UserFactory(roles=[roles.PMT_STAFF], is_staff=True),
    }
    for user in with_two_factor.values():
        enable_totp(user)
    return {
        "anonymous": None,
        "member without 2FA": UserFactory(roles=[roles.MEMBER]),
        "pmt without 2FA": UserFactory(roles=[roles.PMT_STAFF], is_staff=True),
        # The app is on the account, but this session never typed its code.
        "member without the code": UserFactory(roles=[roles.MEMBER], two_factor=True),
        "pmt without the code": UserFactory(
            roles=[roles.PMT_STAFF], is_staff=True, two_factor=True
        ),
        **with_two_factor,
    }


# Sessions logged in with the password alone; the others typed the TOTP code too.
PASSWORD_ONLY = {
    "member without 2FA",
    "pmt without 2FA",
    "member without the code",
    "pmt without the code",
}


def log_in(client, users: dict, role: str) -> None:
    if users[role] is None:
        return
    if role in PASSWORD_ONLY:
        client.force_login(users[role])
    else:
        log_in_with_two_factor(client, users[role])


ROLES = [
    "anonymous",
    "non-member",
    "member without 2FA",
    "member without the code",
    "member",
    "coordinator",
    "pmt",
]
TO_LOGIN, TO_TWO_FACTOR_SETUP, TO_TWO_FACTOR_CODE = "login", "2fa", "2fa code"
EXPECTED = {
    PUBLIC: dict.fromkeys(ROLES, 200),
    MEMBERS_POST: dict.fromkeys(ROLES, 405),
    COORDINATORS: {
        "anonymous": TO_LOGIN,
        "non-member": 403,
        "member without 2FA": TO_TWO_FACTOR_SETUP,
        "member without the code": TO_TWO_FACTOR_CODE,
        "member": 403,
        "coordinator": 200,
        "pmt": 200,
    },
    PMT: {
        "anonymous": TO_LOGIN,
        "non-member": 403,
        "member without 2FA": TO_TWO_FACTOR_SETUP,
        "member without the code": TO_TWO_FACTOR_CODE,
        "member": 403,
        "coordinator": 403,
        "pmt": 200,
    },
    MEMBERS: {
        "anonymous": TO_LOGIN,
        "non-member": 403,
        "member without 2FA": TO_TWO_FACTOR_SETUP,
        "member without the code": TO_TWO_FACTOR_CODE,
        "member": 200,
        "coordinator": 200,
        "pmt": 200,
    },
    AUTHOR: {
        "anonymous": TO_LOGIN,
        "non-member": 403,
        "member without 2FA": TO_TWO_FACTOR_SETUP,
        "member without the code": TO_TWO_FACTOR_CODE,
        "member": 404,
        "coordinator": 404,
        "pmt": 404,
    },
}


def page_urls(access: str) -> list[str]:
    names = [
        name for name, _route in walk(get_resolver().url_patterns) if access_of(name) == access
    ]
    return sorted(set(names) - {"health", "set_language"})


def assert_answer(response, expected, where: str) -> None:
    if expected == TO_LOGIN:
        assert response.status_code == 302, where
        assert response["Location"].startswith(reverse("account_login")), where
    elif expected == TO_TWO_FACTOR_SETUP:
        assert response.status_code == 302, where
        assert response["Location"].startswith(reverse("mfa_activate_totp")), where
    elif expected == TO_TWO_FACTOR_CODE:
        assert response.status_code == 302, where
        assert response["Location"].startswith(reverse("mfa_reauthenticate")), where
    else:
        assert response.status_code == expected, where


@pytest.mark.parametrize("access", [PUBLIC, MEMBERS, MEMBERS_POST, COORDINATORS, PMT, AUTHOR])
@pytest.mark.parametrize("role", ROLES)
def test_pages_answer_each_role_as_declared(client, seeded, users, access, role):
    log_in(client, users, role)
    for name in page_urls(access):
        for language in ("en", "ar"):
            with translation.override(language):
                url = reverse(name, kwargs=sample_kwargs(name, users[role]))
            assert_answer(client.get(url), EXPECTED[access][role], f"{role} on {url}")


def admin_changelists() -> list[str]:
    return [
        reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        for model in admin_site._registry
    ]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", TO_LOGIN),
        ("non-member", 403),
        ("member", 403),
        ("coordinator", 403),
        ("pmt without 2FA", TO_TWO_FACTOR_SETUP),
        ("pmt without the code", TO_TWO_FACTOR_CODE),
    ],
)
def test_admin_refuses_everybody_but_staff_with_two_factor(client, users, role, expected):
    """The admin's login page hands over to allauth's, which asks for the TOTP code."""
    log_in(client, users, role)
    pages = [reverse("admin:index"), *admin_changelists()]
    for url in [*pages, reverse("admin:actionplans_actionplan_import")]:
        response = client.get(url, follow=expected not in (TO_TWO_FACTOR_SETUP, TO_TWO_FACTOR_CODE))
        if expected == TO_LOGIN:
            assert response.redirect_chain[-1][0].startswith(reverse("account_login")), url
        else:
            assert_answer(response, expected, url)


def test_actions_check_access_on_post(client, seeded, users):
    session = SessionFactory()  # upcoming: registration is open
    url = reverse("crimex_sessions:register", args=[session.pk])
    data = {"capacity": "crimex_member"}
    expected = {
        "anonymous": TO_LOGIN,
        "non-member": 403,
        "member without 2FA": TO_TWO_FACTOR_SETUP,
        "member without the code": TO_TWO_FACTOR_CODE,
    }
    for role, answer in expected.items():
        client.logout()
        log_in(client, users, role)
        assert_answer(client.post(url, data), answer, role)
    log_in_with_two_factor(client, users["member"])
    assert client.post(url, data).status_code == 302
    assert session.registrations.filter(user=users["member"]).exists()


def test_pmt_staff_reach_the_admin_of_sessions_directory_and_pages(client, seeded, users):
    log_in_with_two_factor(client, users["pmt"])
    for model in (
        "crimex_sessions_session",
        "directory_country",
        "directory_organisation",
        "directory_crimearea",
        "pages_page",
        "accounts_invitation",
    ):
        assert client.get(reverse(f"admin:{model}_changelist")).status_code == 200, model
        assert client.get(reverse(f"admin:{model}_add")).status_code == 200, model
    # Accounts come by invitation: PMT staff change them, only superusers add them directly.
    assert client.get(reverse("admin:accounts_user_changelist")).status_code == 200
    assert client.get(reverse("admin:accounts_user_add")).status_code == 403


def test_pmt_staff_read_the_audit_trail_but_cannot_change_it(client, users):
    log_in_with_two_factor(client, users["pmt"])
    client.get(reverse("pages:home"))  # the login itself is an audit event

    assert client.get(reverse("admin:audit_auditevent_changelist")).status_code == 200
    assert client.get(reverse("admin:audit_auditevent_add")).status_code == 403

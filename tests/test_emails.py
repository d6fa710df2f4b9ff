"""Every e-mail of the portal in its voice (issue 21): each kind triggered as a user does, for
a French and an Arabic recipient, checked by tests/emails.py (MLA: tests/mla/test_emails.py)."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from crimex_portal.accounts import roles
from crimex_portal.notifications.models import NotificationPreference, OutboxMessage
from crimex_portal.notifications.notify import shared_request_commented
from crimex_portal.notifications.tasks import daily_digests
from tests.emails import IMAGE, SCRIPT, SITE, assert_portal_email
from tests.factories import (
    AgendaItemFactory,
    CountryFactory,
    RegistrationFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
    release_agenda,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "ar"]
TODAY = timezone.localdate()


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.CRIMEX_SITE_URL = SITE


@pytest.fixture
def pmt_client(client):
    staff = UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    return log_in_with_two_factor(client, staff)


def sent_to(email: str) -> list:
    return [message for message in mail.outbox if message.to == [email]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_invitation(pmt_client, language, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = pmt_client.post(
            reverse("admin:accounts_invitation_add"),
            {
                "email": "invitee@example.test",
                "first_name": SCRIPT,
                "last_name": IMAGE,
                "country": CountryFactory(iso_code="MA").pk,
                "organisation": "",
                "function": "prosecutor",
                "role": "Member",
                "preferred_language": language,
            },
        )
    assert response.status_code == 302

    [message] = sent_to("invitee@example.test")
    html = assert_portal_email(
        message,
        language=language,
        says="The Project Management Team of EuroMed Justice invites you to the CrimEx portal, "
        "the restricted area of the EuroMed Justice Expert Group in Criminal Matters.",
        escaped=[SCRIPT],
    )
    assert f'<a href="{SITE}/{language}/accounts/invitation/' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_password_reset(client, language):
    UserFactory(email="juge@example.test", preferred_language=language)

    client.post(reverse("account_reset_password"), {"email": "juge@example.test"})

    [message] = sent_to("juge@example.test")
    html = assert_portal_email(message, language=language, says="Hello,")
    assert f'<a href="{SITE}/{language}/accounts/password/reset/key/' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_registration_confirmation(client, language, django_capture_on_commit_callbacks):
    member = UserFactory(roles=[roles.MEMBER], two_factor=True, preferred_language=language)
    member.first_name = IMAGE
    member.save()
    session = SessionFactory(
        start_date=TODAY + datetime.timedelta(days=20),
        end_date=TODAY + datetime.timedelta(days=21),
        **{f"title_{language}": f"Evidence {SCRIPT}"},
    )
    AgendaItemFactory(session=session)
    release_agenda(session)
    log_in_with_two_factor(client, member)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("crimex_sessions:register", args=[session.pk]), {"capacity": "crimex_member"}
        )

    [message] = sent_to(member.email)
    assert_portal_email(
        message,
        language=language,
        says="The session's page, where you can change or cancel your registration:",
        escaped=[SCRIPT, IMAGE],
    )
    assert message.attachments[0][0] == f"crimex-{session.pk}.ics"  # the calendar still there


def test_an_agenda_change_in_french_and_in_arabic(pmt_client, django_capture_on_commit_callbacks):
    session = SessionFactory(
        start_date=TODAY + datetime.timedelta(days=20),
        end_date=TODAY + datetime.timedelta(days=21),
        title_fr=f"Preuve {SCRIPT}",
        title_ar=f"الأدلة {SCRIPT}",
    )
    opening = AgendaItemFactory(session=session, date=session.start_date)
    release_agenda(session)
    members = {
        language: UserFactory(email=f"{language}@example.test", preferred_language=language)
        for language in LANGUAGES
    }
    for member in members.values():
        RegistrationFactory(session=session, user=member)
    opening.title_fr, opening.title_ar = f"Ouverture {IMAGE}", f"الافتتاح {IMAGE}"
    opening.save()

    # PMT publish the new version with a comment, then send the e-mail from the outbox.
    publish = reverse("admin:crimex_sessions_session_publish_agenda", args=[session.pk])
    pmt_client.post(publish, {"comment_fr": f"Modifié {SCRIPT}", "comment_ar": f"عدّل {SCRIPT}"})
    message = OutboxMessage.objects.get(kind="sessions.release")
    with django_capture_on_commit_callbacks(execute=True):
        pmt_client.post(
            reverse("admin:notifications_outboxmessage_changelist"),
            {"action": "send_messages", "_selected_action": [message.pk]},
        )

    for language, member in members.items():
        [email] = sent_to(member.email)
        assert_portal_email(email, language=language, says="What changed:", escaped=[SCRIPT, IMAGE])
        assert email.attachments[0][0] == f"crimex-{session.pk}.ics"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_notification_at_once_and_in_the_daily_digest(
    language, django_capture_on_commit_callbacks
):
    at_once = UserFactory(email="now@example.test", preferred_language=language)
    daily = UserFactory(email="daily@example.test", preferred_language=language)
    NotificationPreference.objects.create(user=daily, kind="request_commented", frequency="daily")

    with django_capture_on_commit_callbacks(execute=True):
        shared_request_commented(
            request_id=1, comment_id=1, title=f"Gel {SCRIPT}", recipients=[at_once, daily]
        )
    with django_capture_on_commit_callbacks(execute=True):
        daily_digests.delay()  # the nightly task

    [immediate] = sent_to(at_once.email)
    [digest] = sent_to(daily.email)
    assert_portal_email(immediate, language=language, escaped=[SCRIPT])
    assert_portal_email(
        digest,
        language=language,
        says="What happened on the CrimEx portal for you:",
        escaped=[SCRIPT],
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_managers_notice_of_a_correction_request(
    client, language, django_capture_on_commit_callbacks
):
    manager = UserFactory(
        roles=[roles.PMT_STAFF], is_staff=True, two_factor=True, preferred_language=language
    )
    member = UserFactory(roles=[roles.MEMBER], two_factor=True, first_name=SCRIPT, last_name=IMAGE)
    log_in_with_two_factor(client, member)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("accounts:request_correction"),
            {"what_is_wrong": "My surname is misspelt.", "should_be": "Benali."},
        )

    [notice] = sent_to(manager.email)
    assert_portal_email(
        notice,
        language=language,
        says="Read the request, correct the account in the administration if it is right, "
        "and mark the request as handled:",
        escaped=[SCRIPT, IMAGE],
    )

"""Members register on the session page while registration is open: until the session ends,
its optional deadline, or its optional places are taken. Each registration is confirmed by
e-mail, in the member's language, with the session's calendar."""

import datetime

import icalendar
import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from crimex_portal.accounts import roles
from sessions.models import Registration
from sessions.tasks import send_registration_confirmation
from tests.admin_forms import admin_form_as_shown
from tests.factories import (
    AgendaItemFactory,
    RegistrationFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
    release_agenda,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def register(client, session, capacity: str = "crimex_member", **data):
    return client.post(
        reverse("crimex_sessions:register", args=[session.pk]),
        {"capacity": capacity, **data},
        follow=True,
    )


def test_registration_closes_when_the_session_is_over(member_client, member):
    session = SessionFactory(start_date=TODAY - 3 * DAY, end_date=TODAY - 2 * DAY)

    page = member_client.get(session.get_absolute_url()).content.decode()
    response = register(member_client, session)

    assert "Registration is closed: the session is over." in page
    assert reverse("crimex_sessions:register", args=[session.pk]) not in page
    assert "Registration is closed: the session is over." in response.content.decode()
    assert not Registration.objects.filter(session=session).exists()


def test_registration_closes_after_its_deadline(member_client):
    session = SessionFactory(
        start_date=TODAY + 10 * DAY,
        end_date=TODAY + 11 * DAY,
        registration_deadline=TODAY - DAY,
    )

    page = member_client.get(session.get_absolute_url()).content.decode()
    register(member_client, session)

    assert "Registration closed on" in page
    assert not Registration.objects.filter(session=session).exists()
    session.registration_deadline = TODAY + DAY  # the last day counts
    session.save()
    assert (
        "Registration closes after"
        in member_client.get(session.get_absolute_url()).content.decode()
    )
    register(member_client, session)
    assert Registration.objects.filter(session=session).count() == 1


def test_places_are_counted_and_the_last_one_goes_once(client, member_client, member):
    session = SessionFactory(registration_capacity=2)
    RegistrationFactory(session=session)

    assert "1 place left." in member_client.get(session.get_absolute_url()).content.decode()
    register(member_client, session)
    latecomer = UserFactory(roles=[roles.MEMBER], two_factor=True)
    log_in_with_two_factor(member_client, latecomer)
    page = member_client.get(session.get_absolute_url()).content.decode()
    response = register(member_client, session)

    assert "all places are taken" in page
    assert "all places are taken" in response.content.decode()
    assert not Registration.objects.filter(session=session, user=latecomer).exists()
    # Those registered still change their registration when the session is full.
    log_in_with_two_factor(member_client, member)
    register(member_client, session, "expert")
    assert Registration.objects.get(session=session, user=member).capacity == "expert"
    assert session.registrations.count() == 2


def test_pmt_set_a_deadline_and_places_in_the_admin(client):
    session = SessionFactory()
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    url = reverse("admin:crimex_sessions_session_change", args=[session.pk])
    deadline = session.start_date - 7 * DAY

    response = client.post(
        url,
        {
            **admin_form_as_shown(client.get(url)),
            "registration_deadline": deadline.isoformat(),
            "registration_capacity": "40",
        },
    )

    assert response.status_code == 302
    session.refresh_from_db()
    assert (session.registration_deadline, session.registration_capacity) == (deadline, 40)


def test_the_confirmation_is_in_the_members_language_with_the_calendar(
    member_client, member, django_capture_on_commit_callbacks
):
    member.preferred_language = "fr"
    member.save()
    session = SessionFactory(title_fr="La preuve numérique")
    AgendaItemFactory(session=session, title_en="Opening", title_fr="Ouverture")
    release_agenda(session)

    with django_capture_on_commit_callbacks(execute=True):
        register(member_client, session, interpretation_language="ar")
    with django_capture_on_commit_callbacks(execute=True):
        register(member_client, session, interpretation_language="ar")  # unchanged: no e-mail

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [member.email]
    assert message.body.startswith(f"Bonjour {member.first_name},")
    assert "La preuve numérique" in message.body
    assert "Interprétation demandée vers" in message.body
    assert f"/fr/sessions/{session.pk}/" in message.body
    name, content, mimetype = message.attachments[0]
    assert (name, mimetype) == (f"crimex-{session.pk}.ics", "text/calendar")
    events = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert [str(event["summary"]).split(" – ")[0] for event in events] == ["Ouverture"]


def test_the_confirmation_task_sends_once_however_often_it_runs(member, mailoutbox):
    registration = RegistrationFactory(user=member)

    assert send_registration_confirmation(registration.pk) is True
    assert send_registration_confirmation(registration.pk) is False
    assert len(mailoutbox) == 1

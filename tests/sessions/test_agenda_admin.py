"""PMT staff prepare and publish a session with a two-day agenda in the admin."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from crimex_portal.accounts import roles
from crimex_portal.notifications.models import OutboxMessage
from crimex_portal.notifications.services import approve_and_send
from sessions.models import AgendaItem, Session
from sessions.services import TimetableSlot, agenda_conflicts
from tests.admin_forms import admin_form_as_shown
from tests.factories import (
    AgendaItemFactory,
    RegistrationFactory,
    SessionDocumentFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db

INLINES = ("objectives", "experts", "outcomes", "agenda_items", "documents")


@pytest.fixture
def pmt_client(client):
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    return client


def management(prefix: str, total: int, initial: int = 0) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": total,
        f"{prefix}-INITIAL_FORMS": initial,
        f"{prefix}-MIN_NUM_FORMS": 0,
        f"{prefix}-MAX_NUM_FORMS": 1000,
    }


def session_form(**overrides) -> dict:
    data = {
        "number": 7,
        "part": 0,
        "kind": "regular",
        "status": "planned",
        "title_en": "Digital evidence",
        "title_fr": "La preuve numérique",
        "title_ar": "الأدلة الرقمية",
        "start_date": "2031-03-10",
        "end_date": "2031-03-11",
        "venue_city_en": "Tunis",
        "time_zone": "Africa/Tunis",
        "working_languages": ["en", "fr"],
        "interpretation_languages": ["ar"],
    }
    for prefix in INLINES:
        data.update(management(prefix, 0))
    data.update(overrides)
    return data


def agenda(*items: dict) -> dict:
    data = management("agenda_items", len(items))
    for index, item in enumerate(items):
        for key, value in item.items():
            data[f"agenda_items-{index}-{key}"] = value
    return data


DAY_ONE = {
    "date": "2031-03-10",
    "start_time": "09:00",
    "end_time": "10:30",
    "kind": "opening",
    "title_en": "Opening",
    "title_fr": "Ouverture",
    "title_ar": "الافتتاح",
}
DAY_ONE_LATER = {
    "date": "2031-03-10",
    "start_time": "10:30",
    "end_time": "11:00",
    "kind": "break",
    "title_en": "Coffee break",
}
DAY_TWO = {
    "date": "2031-03-11",
    "start_time": "09:00",
    "end_time": "12:00",
    "kind": "debate",
    "title_en": "CrimEx debates",
    "sub_points_en": "Electronic evidence\nCloud providers",
}


def test_pmt_creates_and_publishes_a_two_day_session(pmt_client):
    response = pmt_client.post(
        reverse("admin:crimex_sessions_session_add"),
        session_form(is_published="on", **agenda(DAY_ONE, DAY_ONE_LATER, DAY_TWO)),
    )

    assert response.status_code == 302, response.context["errors"] if response.context else ""
    session = Session.objects.get(number=7)
    assert session.is_published
    assert (session.working_languages, session.interpretation_languages) == (["en", "fr"], ["ar"])
    assert list(session.agenda_items.values_list("date", "start_time")) == [
        (datetime.date(2031, 3, 10), datetime.time(9)),
        (datetime.date(2031, 3, 10), datetime.time(10, 30)),
        (datetime.date(2031, 3, 11), datetime.time(9)),
    ]
    page = pmt_client.get(session.get_absolute_url()).content.decode()
    assert "Cloud providers" not in page  # the working agenda, until PMT publish it
    assert "The agenda has not been published yet." in page

    publish = reverse("admin:crimex_sessions_session_publish_agenda", args=[session.pk])
    warned = pmt_client.post(publish, {"comment_en": "First agenda"})
    assert warned.status_code == 200  # the coffee break has no French title
    assert "“Coffee break” (2031-03-10 10:30) has no title in French." in warned.content.decode()
    confirmed = {"comment_en": "First agenda", "warnings_read": "on"}
    assert pmt_client.post(publish, confirmed).status_code == 302
    page = pmt_client.get(session.get_absolute_url()).content.decode()
    assert "Cloud providers" in page
    assert "Tuesday 11 March 2031" in page


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({**DAY_ONE_LATER, "start_time": "10:00"}, "overlaps"),
        ({**DAY_ONE_LATER, "end_time": "10:00"}, "must end after it starts"),
        ({**DAY_TWO, "date": "2031-03-12"}, "within the session"),
    ],
)
def test_bad_agenda_gets_a_clear_message_and_saves_nothing(pmt_client, item, message):
    response = pmt_client.post(
        reverse("admin:crimex_sessions_session_add"), session_form(**agenda(DAY_ONE, item))
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Session.objects.filter(number=7).exists()


def test_agenda_conflicts_reads_like_a_person_would_say_it():
    day = datetime.date(2031, 3, 10)
    problems = agenda_conflicts(
        [
            TimetableSlot(day, datetime.time(9), datetime.time(10), "Opening"),
            TimetableSlot(day, datetime.time(9, 30), None, "Keynote"),
            TimetableSlot(day + datetime.timedelta(days=1), datetime.time(9, 30), None, "Day two"),
        ]
    )
    assert problems == ["On 2031-03-10, “Keynote” (09:30) overlaps “Opening” (until 10:00)."]


def test_save_as_new_makes_an_unpublished_draft_of_the_next_session(pmt_client):
    session = SessionFactory(
        number=8,
        is_published=True,
        status=Session.Status.HELD,
        start_date=datetime.date(2031, 5, 5),
        end_date=datetime.date(2031, 5, 6),
        title_en="Digital evidence",
        title_fr="La preuve numérique",
    )
    AgendaItemFactory(session=session, date=session.start_date, title_en="Opening")
    AgendaItemFactory(
        session=session,
        date=session.end_date,
        start_time=datetime.time(9),
        end_time=datetime.time(12),
        title_en="CrimEx debates",
    )
    SessionDocumentFactory(session=session)
    RegistrationFactory(session=session)
    url = reverse("admin:crimex_sessions_session_change", args=[session.pk])

    # PMT open the last session and click "Save as new", changing nothing.
    response = pmt_client.post(
        url, {**admin_form_as_shown(pmt_client.get(url)), "_saveasnew": "Save as new"}
    )

    copy = Session.objects.exclude(pk=session.pk).get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:crimex_sessions_session_change", args=[copy.pk])
    assert (copy.number, copy.part) == (9, session.part)
    assert (copy.is_published, copy.status) == (False, Session.Status.PLANNED)
    assert (copy.start_date, copy.end_date) == (None, None)
    assert copy.title_en == "Digital evidence (copy)"
    with translation.override("fr"):  # the copy mark in each language's own words
        assert copy.title_fr == gettext("%(title)s (copy)") % {"title": "La preuve numérique"}
    assert list(copy.agenda_items.values_list("title_en", "start_time")) == [
        ("Opening", datetime.time(9)),
        ("CrimEx debates", datetime.time(9)),
    ]
    assert not copy.documents.exists()
    assert not copy.registrations.exists()
    session.refresh_from_db()  # the original is untouched
    assert (session.is_published, session.status, session.number) == (True, "held", 8)
    assert (session.agenda_items.count(), session.documents.count()) == (2, 1)
    assert session.registrations.count() == 1
    # Members do not see the draft.
    member = Client()
    log_in_with_two_factor(member, UserFactory(roles=[roles.MEMBER], two_factor=True))
    assert member.get(copy.get_absolute_url()).status_code == 404
    assert "(copy)" not in member.get(reverse("crimex_sessions:list")).content.decode()

    changelist = pmt_client.get(reverse("admin:crimex_sessions_session_changelist"))
    assert "Digital evidence (copy)" in changelist.content.decode()

    # The draft cannot be published before it has dates.
    copy_url = reverse("admin:crimex_sessions_session_change", args=[copy.pk])
    shown = admin_form_as_shown(pmt_client.get(copy_url))
    response = pmt_client.post(copy_url, {**shown, "is_published": "on"})
    assert response.status_code == 200
    assert "Set the session&#x27;s dates before publishing it." in response.content.decode()
    copy.refresh_from_db()
    assert not copy.is_published

    # PMT set its dates: the agenda's days move with them.
    response = pmt_client.post(
        copy_url, {**shown, "start_date": "2032-03-01", "end_date": "2032-03-02"}
    )
    assert response.status_code == 302, response.context and response.context["errors"]
    assert list(copy.agenda_items.values_list("date", flat=True)) == [
        datetime.date(2032, 3, 1),
        datetime.date(2032, 3, 2),
    ]


def test_saving_the_agenda_emails_nobody_and_a_release_queues_one_email_per_member(
    pmt_client, django_capture_on_commit_callbacks
):
    session = SessionFactory(
        number=10,
        is_published=True,
        start_date=datetime.date(2031, 3, 10),
        end_date=datetime.date(2031, 3, 11),
    )
    item = AgendaItemFactory(session=session, date=session.start_date, title_en="Opening")
    member = UserFactory(email="judge@example.test", preferred_language="fr")
    RegistrationFactory(session=session, user=member)
    url = reverse("admin:crimex_sessions_session_change", args=[session.pk])
    publish = reverse("admin:crimex_sessions_session_publish_agenda", args=[session.pk])
    first_save = session_form(
        number=10,
        is_published="on",
        **agenda(
            {
                "date": "2031-03-10",
                "start_time": "09:00",
                "end_time": "10:00",
                "kind": "opening",
                "title_en": "Opening",
                "id": item.pk,
                "session": session.pk,
            }
        ),
    )
    first_save["agenda_items-INITIAL_FORMS"] = 1
    with django_capture_on_commit_callbacks(execute=True):
        pmt_client.post(url, first_save)
        pmt_client.post(publish, {"warnings_read": "on"})  # v1

    moved = {**first_save, "agenda_items-0-start_time": "09:30", "agenda_items-0-end_time": "10:30"}
    with django_capture_on_commit_callbacks(execute=True):
        pmt_client.post(url, moved)
        pmt_client.post(url, moved)  # saved twice: no e-mail per save
        response = pmt_client.post(publish, {"comment_en": "Later", "warnings_read": "on"})  # v2
        pmt_client.post(publish, {"warnings_read": "on"})  # unchanged since v2: no v3, no message
    assert mail.outbox == []
    assert list(session.releases.values_list("number", flat=True)) == [2, 1]
    outbox = OutboxMessage.objects.filter(kind="sessions.release")
    assert outbox.count() == 2  # one per release, each waiting for review
    message = outbox.get(source_id=session.releases.get(number=2).pk)
    assert response["Location"] == reverse(
        "admin:notifications_outboxmessage_change", args=[message.pk]
    )
    with django_capture_on_commit_callbacks(execute=True):
        approve_and_send(message=message, user=None)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["judge@example.test"]
    assert mail.outbox[0].subject.startswith("10e session CrimEx")  # in the member's French
    assert "lundi 10 mars" in mail.outbox[0].body
    assert "09:00–10:00" in mail.outbox[0].body
    assert "09:30–10:30" in mail.outbox[0].body
    assert AgendaItem.objects.get(pk=item.pk).start_time == datetime.time(9, 30)

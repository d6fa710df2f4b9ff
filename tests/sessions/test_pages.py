import datetime

import icalendar
import pytest
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from crimex_portal.audit.models import AuditEvent
from sessions.models import Registration, Session
from tests.factories import (
    AgendaItemFactory,
    RegistrationFactory,
    SessionDocumentFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
    release_agenda,
)

pytestmark = pytest.mark.django_db


def url_in(language: str, name: str, *args) -> str:
    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def fifth(seeded) -> Session:
    return Session.objects.get(number=5, part=Session.Part.SECOND)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Wednesday 24 January 2018", "Coffee Break", "CrimEx Presidium", "Victoria Palau"]),
        ("fr", ["mercredi 24 janvier 2018", "5e session CrimEx, Deuxième partie"]),
        ("ar", ["الأربعاء", "الدورة الخامسة لمجموعة CrimEx، الجزء الثاني"]),
    ],
)
def test_fifth_session_page_in_each_language(client, fifth, language, expected):
    content = client.get(url_in(language, "crimex_sessions:detail", fifth.pk)).content.decode()
    for text in expected:
        assert text in content


def test_session_list_is_a_table_of_sessions(client, seeded):
    content = client.get(reverse("crimex_sessions:list")).content.decode()
    # Seeds 001 and 002, and the demo's upcoming 6th session, marked as demo.
    assert content.count('<th scope="row">') == 3
    assert "Ways to enhance informal cooperation" in content
    upcoming, past = content.split('id="past-title"')
    assert "Demo: obtaining electronic evidence" in upcoming
    assert '<span class="badge badge--warning">Demo</span>' in upcoming
    assert "Demo" not in past


def test_members_only_documents_are_listed_and_served_to_members_only(client, member, fifth):
    public = SessionDocumentFactory(session=fifth, title_en="Agenda (public)", visibility="public")
    private = SessionDocumentFactory(session=fifth, title_en="Draft conclusions")

    page = client.get(fifth.get_absolute_url()).content.decode()
    assert "Agenda (public)" in page
    assert "Draft conclusions" not in page
    assert client.get(public.get_absolute_url()).status_code == 200
    refused = client.get(private.get_absolute_url())
    assert refused.status_code == 302
    assert refused["Location"].startswith(reverse("account_login"))

    log_in_with_two_factor(client, member)
    assert "Draft conclusions" in client.get(fifth.get_absolute_url()).content.decode()
    response = client.get(private.get_absolute_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert response["Cache-Control"] == "private, no-store"
    assert 'attachment; filename="' in response["Content-Disposition"]


def test_members_file_has_no_public_url(fifth):
    document = SessionDocumentFactory(session=fifth)
    # Its only address is the view that checks access; the storage itself has none.
    assert document.file.url == document.get_absolute_url()
    with pytest.raises(ValueError, match="no URL"):
        document.file.storage.url(document.file.name)


def test_non_members_are_refused_members_files(client, fifth):
    document = SessionDocumentFactory(session=fifth)
    log_in_with_two_factor(client, UserFactory(two_factor=True))
    assert client.get(document.get_absolute_url()).status_code == 403


def test_unpublished_sessions_documents_are_hidden(client, member):
    document = SessionDocumentFactory(
        session=SessionFactory(is_published=False), visibility="public"
    )
    assert client.get(document.get_absolute_url()).status_code == 404


def test_session_calendar_parses_back_with_the_venue_time_zone(client, db):
    session = SessionFactory(
        time_zone="Africa/Tunis",
        start_date=datetime.date(2031, 3, 10),
        end_date=datetime.date(2031, 3, 11),
    )
    AgendaItemFactory(
        session=session, title_en="Opening", start_time=datetime.time(9), end_time=datetime.time(10)
    )
    AgendaItemFactory(
        session=session,
        title_en="Conclusions",
        date=session.end_date,
        start_time=datetime.time(14, 45),
        end_time=None,
        kind="conclusions",
    )
    release_agenda(session)

    response = client.get(reverse("crimex_sessions:calendar", args=[session.pk]))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert [str(event["summary"]).split(" – ")[0] for event in events] == ["Opening", "Conclusions"]
    opening = events[0]
    assert opening.decoded("dtstart") == datetime.datetime(2031, 3, 10, 9, tzinfo=session.zone)
    assert opening["dtstart"].params["TZID"] == "Africa/Tunis"
    assert opening.decoded("dtend").hour == 10
    assert "dtend" not in events[1]
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Africa/Tunis"]
    assert len({str(event["uid"]) for event in events}) == 2


def test_feed_lists_published_sessions_as_all_day_events(client, seeded):
    SessionFactory(is_published=False, title_en="Secret draft")
    calendar = icalendar.Calendar.from_ical(client.get(reverse("crimex_sessions:feed")).content)
    events = calendar.walk("VEVENT")
    assert len(events) == 3  # seeds 001 and 002, and the demo session
    assert sum("Demo:" in str(event["summary"]) for event in events) == 1
    assert all("Secret draft" not in str(event["summary"]) for event in events)
    fifth = next(event for event in events if "informal cooperation" in str(event["summary"]))
    assert fifth.decoded("dtstart") == datetime.date(2018, 1, 24)
    assert fifth.decoded("dtend") == datetime.date(2018, 1, 26)  # exclusive end


def test_member_registers_updates_and_cancels(member_client, member):
    session = SessionFactory()
    url = reverse("crimex_sessions:register", args=[session.pk])

    member_client.post(url, {"capacity": "crimex_member", "interpretation_language": "ar"})
    member_client.post(url, {"capacity": "expert", "interpretation_language": ""})
    registration = Registration.objects.get(session=session, user=member)
    assert (registration.capacity, registration.interpretation_language) == ("expert", "")
    page = member_client.get(session.get_absolute_url()).content.decode()
    assert "You are registered" in page

    member_client.post(reverse("crimex_sessions:unregister", args=[session.pk]))
    assert not Registration.objects.filter(session=session).exists()


def test_bad_registration_changes_nothing(member_client):
    session = SessionFactory()
    member_client.post(
        reverse("crimex_sessions:register", args=[session.pk]), {"capacity": "astronaut"}
    )
    assert not Registration.objects.exists()


def test_pmt_sees_and_exports_the_attendee_list(client, member):
    session = SessionFactory()
    RegistrationFactory(
        session=session,
        user=UserFactory(first_name="Leïla", last_name="Nour"),
        interpretation_language="ar",
    )
    pmt = UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)

    log_in_with_two_factor(client, member)
    assert client.get(reverse("crimex_sessions:attendees", args=[session.pk])).status_code == 403
    log_in_with_two_factor(client, pmt)
    assert (
        "Leïla"
        in client.get(reverse("crimex_sessions:attendees", args=[session.pk])).content.decode()
    )
    csv = client.get(reverse("crimex_sessions:attendees_csv", args=[session.pk]))
    text = csv.content.decode("utf-8-sig")
    assert text.splitlines()[1].startswith("Nour,Leïla,")
    assert "Arabic" in text
    assert AuditEvent.objects.filter(action="export_csv", actor=pmt).count() == 1


def test_session_page_query_count_is_flat(client, member, django_assert_max_num_queries):
    session = SessionFactory()
    AgendaItemFactory.create_batch(2, session=session)
    SessionDocumentFactory.create_batch(2, session=session)
    log_in_with_two_factor(client, member)
    with django_assert_max_num_queries(30) as few:
        client.get(session.get_absolute_url())
    for hour in range(10, 30):
        AgendaItemFactory(
            session=session,
            start_time=datetime.time(hour % 24),
            end_time=None,
            title_en=f"Item {hour}",
        )
    SessionDocumentFactory.create_batch(20, session=session)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(session.get_absolute_url())


def test_session_list_query_count_is_flat_with_documents(client, django_assert_max_num_queries):
    SessionDocumentFactory.create_batch(2)
    with django_assert_max_num_queries(6) as few:
        client.get(reverse("crimex_sessions:list"))
    SessionDocumentFactory.create_batch(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("crimex_sessions:list"))

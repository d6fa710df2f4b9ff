"""Agenda releases: numbered versions members read, the changes between them in the reader's
language, the calendar that follows them, and the warnings PMT get before a release."""

import datetime

import icalendar
import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from crimex_portal.notifications.models import Delivery, OutboxMessage
from crimex_portal.notifications.services import approve_and_send
from sessions.models import AgendaItem, AgendaRelease, Session
from sessions.releases import (
    change_lines,
    compute_changes,
    release_warnings,
    snapshot_items,
)
from tests.factories import (
    AgendaItemFactory,
    RegistrationFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
    release_agenda,
)

pytestmark = pytest.mark.django_db

DAY = datetime.date(2031, 3, 10)


def two_day_session(**kwargs) -> Session:
    return SessionFactory(
        start_date=DAY,
        end_date=DAY + datetime.timedelta(days=1),
        working_languages=["en", "fr"],
        interpretation_languages=["ar", "fr"],
        time_zone="Africa/Tunis",
        **kwargs,
    )


def item(session: Session, title: str, start: int, end: int, **kwargs) -> AgendaItem:
    return AgendaItemFactory(
        session=session,
        title_en=title,
        title_fr=kwargs.pop("title_fr", f"{title} (fr)"),
        start_time=datetime.time(start),
        end_time=datetime.time(end),
        **kwargs,
    )


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"crimex_sessions:{name}", kwargs=kwargs)


# --- The differences -------------------------------------------------------------------------


def test_changes_name_what_was_added_removed_moved_retitled_and_who_speaks():
    session = two_day_session()
    opening = item(session, "Opening", 9, 10, speakers_en="Ms Haddad")
    debate = item(session, "Debate", 10, 11)
    dropped = item(session, "Coffee", 11, 12)
    before = snapshot_items(AgendaItem, session.pk)
    opening.speakers_en = "Mr Benali"
    opening.save()
    debate.date, debate.start_time, debate.end_time = session.end_date, datetime.time(14), None
    debate.title_en = "Open debate"
    debate.save()
    dropped.delete()
    item(session, "Conclusions", 16, 17, title_fr="Conclusions générales")

    changes = compute_changes(before, snapshot_items(AgendaItem, session.pk))

    assert [entry["title"]["en"] for entry in changes["added"]] == ["Conclusions"]
    assert [entry["title"]["en"] for entry in changes["removed"]] == ["Coffee"]
    assert changes["moved"] == [
        {
            "title": changes["moved"][0]["title"],
            "from": {"date": "2031-03-10", "start": "10:00", "end": "11:00"},
            "to": {"date": "2031-03-11", "start": "14:00", "end": None},
        }
    ]
    assert changes["retitled"][0]["to"]["en"] == "Open debate"
    assert changes["speakers"][0]["to"]["en"] == "Mr Benali"
    lines = [line.text for line in change_lines(changes)]
    assert "Added: “Conclusions”, Monday 10 March, 16:00–17:00." in lines
    assert "Removed: “Coffee” (was Monday 10 March, 11:00–12:00)." in lines
    assert (
        "Moved: “Open debate”, from Monday 10 March, 10:00–11:00 to Tuesday 11 March, 14:00."
        in lines
    )
    assert "Retitled: “Debate” is now “Open debate”." in lines
    assert "Speakers of “Opening”: Mr Benali (before: Ms Haddad)." in lines
    with translation.override("fr"):  # titles in the reader's language, dates in French
        french = " ".join(line.text for line in change_lines(changes))
    assert "Conclusions générales" in french
    assert "mardi 11 mars" in french


# --- Publishing and reading ------------------------------------------------------------------


def test_the_session_page_shows_the_latest_release_and_never_the_working_agenda(client):
    session = two_day_session()
    item(session, "Opening", 9, 10)
    page = client.get(session.get_absolute_url()).content.decode()
    assert "Opening" not in page
    assert "The agenda has not been published yet." in page

    release_agenda(session, comment={"en": "First agenda", "fr": "Premier ordre du jour"})
    item(session, "Secret draft item", 11, 12)  # PMT keep working: members do not see it yet

    page = client.get(session.get_absolute_url()).content.decode()
    assert "Opening" in page
    assert "Secret draft item" not in page
    assert "Version 1" in page
    release_page = client.get(url("release", pk=session.pk, number=1)).content.decode()
    assert "Opening" in release_page
    assert "First agenda" in release_page
    assert client.get(url("release", pk=session.pk, number=2)).status_code == 404


def test_the_changes_page_lists_releases_newest_first_in_the_readers_language(client):
    session = two_day_session()
    opening = item(session, "Opening", 9, 10, title_fr="Ouverture")
    release_agenda(session, comment={"en": "First agenda"})
    opening.start_time, opening.end_time = datetime.time(9, 30), datetime.time(10, 30)
    opening.save()
    release_agenda(session, comment={"en": "Later start", "fr": "Début retardé"})

    page = client.get(url("changes", "fr", pk=session.pk)).content.decode()

    assert page.index('id="v2"') < page.index('id="v1"')
    assert "Début retardé" in page
    assert "Ouverture" in page
    assert "lundi 10 mars, 09:00–10:00" in page
    assert "lundi 10 mars, 09:30–10:30" in page
    feed = client.get(url("changes_feed", "fr", pk=session.pk))
    assert feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode()
    assert body.count("<entry>") == 2
    assert "Début retardé" in body
    assert "09:30–10:30" in body


def test_an_unpublished_session_has_no_release_pages_for_members(member_client):
    session = two_day_session(is_published=False)
    item(session, "Opening", 9, 10)
    release_agenda(session)
    for name, kwargs in (
        ("release", {"number": 1}),
        ("changes", {}),
        ("changes_feed", {}),
        ("calendar", {}),
    ):
        assert member_client.get(url(name, pk=session.pk, **kwargs)).status_code == 404


# --- The calendar ----------------------------------------------------------------------------


def events_of(client: Client, session: Session) -> dict[str, icalendar.Event]:
    response = client.get(url("calendar", pk=session.pk))
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["summary"]).split(" – ")[0]: event for event in calendar.walk("VEVENT")}


def test_the_calendar_follows_the_latest_release_with_sequences_and_cancellations(client):
    session = two_day_session()
    opening = item(session, "Opening", 9, 10)
    item(session, "Debate", 10, 11)
    dropped = item(session, "Coffee", 11, 12)
    release_agenda(session)
    first = events_of(client, session)
    assert {name: int(event["sequence"]) for name, event in first.items()} == {
        "Opening": 0,
        "Debate": 0,
        "Coffee": 0,
    }

    opening.start_time, opening.end_time = datetime.time(8), datetime.time(9)
    opening.save()
    dropped.delete()
    item(session, "Not released yet", 15, 16)
    assert "Not released yet" not in events_of(client, session)  # the working agenda
    release_agenda(session)

    events = events_of(client, session)
    assert int(events["Opening"]["sequence"]) == 1
    assert events["Opening"].decoded("dtstart") == datetime.datetime(
        2031, 3, 10, 8, tzinfo=session.zone
    )
    assert int(events["Debate"]["sequence"]) == 0
    assert str(events["Coffee"]["status"]) == "CANCELLED"
    assert int(events["Coffee"]["sequence"]) == 1
    assert str(events["Coffee"]["uid"]) == str(first["Coffee"]["uid"])


# --- Warnings before a release ---------------------------------------------------------------


def test_pmt_are_warned_of_what_members_should_not_see():
    session = two_day_session()
    item(session, "Opening", 9, 10, speakers_en="Ms Haddad, Mr Benali")
    item(session, "Parallel workshop", 9, 11, title_fr="", speakers_en="Mr Benali")
    item(session, "Excursion", 9, 10, date=DAY + datetime.timedelta(days=5))

    warnings = release_warnings(session, snapshot_items(AgendaItem, session.pk))

    text = "\n".join(warnings)
    assert "“Excursion” is on 2031-03-15, outside the session's dates." in text
    assert "overlaps" in text
    assert "“Parallel workshop” (2031-03-10 09:00) has no title in French." in text
    assert "Mr Benali speaks at the same time in “Opening” and “Parallel workshop”." in text


def test_a_clean_agenda_gets_no_warning():
    session = two_day_session()
    item(session, "Opening", 9, 10, speakers_en="Ms Haddad")
    item(session, "Debate", 10, 11, speakers_en="Ms Haddad")
    assert release_warnings(session, snapshot_items(AgendaItem, session.pk)) == []


# --- Who may publish, and what members may read ----------------------------------------------


@pytest.mark.parametrize("role", [roles.MEMBER, roles.COORDINATOR])
def test_members_and_coordinators_cannot_publish_an_agenda(client, role):
    session = two_day_session()
    item(session, "Opening", 9, 10)
    RegistrationFactory(session=session)
    user = UserFactory(roles=[role], is_staff=True, two_factor=True)  # even with staff status
    log_in_with_two_factor(client, user)
    publish = reverse("admin:crimex_sessions_session_publish_agenda", args=[session.pk])

    assert client.get(publish).status_code == 403
    assert client.post(publish, {"warnings_read": "on"}).status_code == 403
    assert not AgendaRelease.objects.exists()
    assert not OutboxMessage.objects.exists()


def test_a_member_reads_no_page_or_file_with_the_unreleased_working_agenda(member_client):
    session = two_day_session()
    item(session, "Opening", 9, 10)
    release_agenda(session)
    item(session, "Secret draft item", 11, 12)
    RegistrationFactory(session=session)

    for address in (
        session.get_absolute_url(),
        url("release", pk=session.pk, number=1),
        url("changes", pk=session.pk),
        url("changes_feed", pk=session.pk),
        url("calendar", pk=session.pk),
    ):
        response = member_client.get(address)
        assert response.status_code == 200
        assert b"Secret draft item" not in response.content, address


# --- The journey -----------------------------------------------------------------------------


def test_pmt_move_an_item_publish_v2_review_the_email_and_members_follow_the_change(
    client, django_capture_on_commit_callbacks
):
    session = two_day_session()
    opening = item(session, "Opening", 9, 10, title_fr="Ouverture")
    item(session, "Debate", 10, 11)
    member = UserFactory(email="procureure@example.test", preferred_language="fr")
    RegistrationFactory(session=session, user=member)
    RegistrationFactory(session=session, user=UserFactory(email="judge@example.test"))
    pmt = UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    log_in_with_two_factor(client, pmt)
    publish = reverse("admin:crimex_sessions_session_publish_agenda", args=[session.pk])
    client.post(publish, {"comment_en": "First agenda"})
    OutboxMessage.objects.all().delete()  # v1's e-mails, tested elsewhere

    # PMT move the opening to the afternoon of day two, see what will change, publish v2.
    opening.date, opening.start_time, opening.end_time = (
        session.end_date,
        datetime.time(14),
        datetime.time(15),
    )
    opening.save()
    preview = client.get(publish).content.decode()
    assert "Moved: “Opening”" in preview
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            publish, {"comment_en": "The opening moves", "comment_fr": "L’ouverture est déplacée"}
        )
    message = OutboxMessage.objects.get(kind="sessions.release")
    assert response["Location"] == reverse(
        "admin:notifications_outboxmessage_change", args=[message.pk]
    )
    assert mail.outbox == []  # waiting for review

    # The outbox holds the member's e-mail in French, listing the move.
    french = message.deliveries.get(email="procureure@example.test")
    assert french.language == "fr"
    assert "L’ouverture est déplacée" in french.body
    assert "Ouverture" in french.body
    assert "lundi 10 mars, 09:00–10:00" in french.body
    assert "mardi 11 mars, 14:00–15:00" in french.body
    assert "Arabe" in french.body or "arabe" in french.body  # interpretation languages
    page = client.get(reverse("admin:notifications_outboxmessage_change", args=[message.pk]))
    assert page.status_code == 200

    # PMT send it.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:notifications_outboxmessage_changelist"),
            {"action": "send_messages", "_selected_action": [message.pk]},
        )
    assert sorted(email.to[0] for email in mail.outbox) == [
        "judge@example.test",
        "procureure@example.test",
    ]
    sent = next(email for email in mail.outbox if email.to == ["procureure@example.test"])
    name, content, mimetype = sent.attachments[0]
    assert (name, mimetype) == (f"crimex-{session.pk}.ics", "text/calendar")
    attached = {
        str(event["uid"]): event for event in icalendar.Calendar.from_ical(content).walk("VEVENT")
    }
    assert any(int(event["sequence"]) == 1 for event in attached.values())
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}

    # The changes page shows v1 -> v2, and the calendar carries the new time, sequence 1.
    changes = client.get(url("changes", pk=session.pk)).content.decode()
    assert "Version 2" in changes
    assert "Version 1" in changes
    assert "The opening moves" in changes
    opening_event = events_of(client, session)["Opening"]
    assert opening_event.decoded("dtstart") == datetime.datetime(
        2031, 3, 11, 14, tzinfo=session.zone
    )
    assert int(opening_event["sequence"]) == 1
    # At most one e-mail per release: approving again sends nothing more.
    assert not approve_and_send(message=message, user=pmt)
    assert len(mail.outbox) == 2


# --- Seeds -----------------------------------------------------------------------------------


def test_the_seeded_fifth_session_starts_with_release_v1_and_a_second_run_adds_none(seeded):
    fifth = Session.objects.get(number=5, part=Session.Part.SECOND)
    assert list(fifth.releases.values_list("number", flat=True)) == [1]
    assert fifth.releases.get().items == snapshot_items(AgendaItem, fifth.pk)

    call_command("load_seed_content", verbosity=0)

    assert list(fifth.releases.values_list("number", flat=True)) == [1]
    assert not OutboxMessage.objects.exists()


# --- Query counts ----------------------------------------------------------------------------


def session_with_releases(count: int, items: int) -> Session:
    session = two_day_session()
    rows = [
        item(session, f"Item {index}", 8 + index % 10, 9 + index % 10) for index in range(items)
    ]
    for version in range(count):
        row = rows[version % len(rows)]
        row.title_en = f"Item retitled in v{version + 2}"
        row.save()
        release_agenda(session, comment={"en": f"Version {version + 1}"})
    return session


@pytest.mark.parametrize(
    ("name", "queries"),
    [
        ("changes", 2),  # the session, its releases
        ("changes_feed", 2),
        ("release", 3),  # the session, the release, the latest number
        ("calendar", 2),  # the session, its releases
        ("detail", 10),  # the session page: its content, the latest release, content versions
    ],
)
def test_release_pages_need_as_many_queries_with_ten_times_the_data(
    client, name, queries, django_assert_num_queries
):
    small = session_with_releases(count=2, items=3)
    large = session_with_releases(count=20, items=30)

    def get(session: Session) -> None:
        kwargs = {"pk": session.pk, **({"number": 2} if name == "release" else {})}
        assert client.get(url(name, **kwargs)).status_code == 200

    with django_assert_num_queries(queries):
        get(small)
    with django_assert_num_queries(queries):
        get(large)


def test_an_arabic_members_email_keeps_time_ranges_readable(django_capture_on_commit_callbacks):
    session = two_day_session()
    opening = item(session, "Opening", 9, 10, title_ar="الافتتاح")
    release_agenda(session)
    RegistrationFactory(session=session, user=UserFactory(preferred_language="ar"))
    opening.start_time, opening.end_time = datetime.time(11), datetime.time(12)
    opening.save()

    release = release_agenda(session, notify=True)

    delivery = Delivery.objects.get(message__source_id=release.pk)
    assert delivery.language == "ar"
    assert "الافتتاح" in delivery.body
    assert "\u206609:00–10:00\u2069" in delivery.body  # isolated left to right
    assert f"/ar/sessions/{session.pk}/changes/" in delivery.body
    assert f"/ar/sessions/{session.pk}/agenda/v/2/" in delivery.body

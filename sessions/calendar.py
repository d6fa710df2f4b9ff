"""Sessions and their agendas as iCalendar (RFC 5545): one event per agenda item, in the venue's
time zone, and a feed of all published sessions."""

import datetime
from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from crimex_portal.downloads import attachment
from sessions.models import AgendaItem, Session

PRODUCT_ID = "-//EuroMed Justice//CrimEx portal//EN"


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def _venue(session: Session) -> str:
    return ", ".join(str(part) for part in (session.venue_city, session.venue_country) if part)


def _item_event(item: AgendaItem, session: Session, request: HttpRequest) -> Event:
    event = Event()
    event.add("uid", f"crimex-agenda-item-{item.pk}@{request.get_host()}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", item.starts_at())
    if item.end_time:
        event.add("dtend", item.ends_at())
    event.add("summary", f"{item.title} – {session.label}")
    details = [item.description, *item.sub_point_list(), item.speakers]
    description = "\n".join(text for text in details if text)
    if description:
        event.add("description", description)
    if _venue(session):
        event.add("location", _venue(session))
    event.add("url", request.build_absolute_uri(session.get_absolute_url()))
    event.add("categories", [item.get_kind_display()])
    return event


def _session_event(session: Session, request: HttpRequest) -> Event:
    event = Event()
    event.add("uid", f"crimex-session-{session.pk}@{request.get_host()}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.start_date)
    event.add("dtend", session.end_date + datetime.timedelta(days=1))  # all-day: end is exclusive
    event.add("summary", f"{session.label}: {session.title}")
    if session.summary:
        event.add("description", session.summary)
    if _venue(session):
        event.add("location", _venue(session))
    event.add("url", request.build_absolute_uri(session.get_absolute_url()))
    if session.status == Session.Status.CANCELLED:
        event.add("status", "CANCELLED")
    return event


def session_calendar(session: Session, request: HttpRequest) -> Calendar:
    """The session's agenda item by item; a session without an agenda yet is one all-day event."""
    calendar = _calendar(str(session.label))
    items = list(session.agenda_items.all())
    if items:
        for item in items:
            item.session = session  # spares a query per item for the time zone
            calendar.add_component(_item_event(item, session, request))
    else:
        calendar.add_component(_session_event(session, request))
    calendar.add_missing_timezones()
    return calendar


def sessions_feed(sessions: Iterable[Session], request: HttpRequest) -> Calendar:
    calendar = _calendar("CrimEx sessions")
    for session in sessions:
        calendar.add_component(_session_event(session, request))
    return calendar


def ics_response(calendar: Calendar, filename: str, *, private: bool = False) -> HttpResponse:
    """Published sessions are the same for everybody; an unpublished one (staff preview) is
    `private`."""
    return attachment(
        HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8"),
        filename,
        private=private,
    )

"""Sessions and their agendas as iCalendar (RFC 5545): one event per agenda item, in the venue's
time zone, and a feed of all published sessions. Links and identifiers use `site_url`, the
portal's address as the request shows it, or CRIMEX_SITE_URL in e-mails."""

import datetime
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from crimex_portal.downloads import attachment
from sessions.models import Session

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


def _host(site_url: str) -> str:
    return urlsplit(site_url).netloc


def _link(site_url: str, session: Session) -> str:
    return site_url.rstrip("/") + session.get_absolute_url()


def _released_event(
    item: dict, sequence: int, session: Session, site_url: str, stamp: datetime.datetime
) -> Event:
    """An item of the latest release; `sequence` says how often it changed (RFC 5545 3.8.7.4),
    so calendars replace the copy they hold."""
    from sessions.releases import in_language, released_item

    shown = released_item(item)
    event = Event()
    event.add("uid", f"crimex-agenda-item-{item['id']}@{_host(site_url)}")
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add(
        "dtstart", datetime.datetime.combine(shown.date, shown.start_time, tzinfo=session.zone)
    )
    if shown.end_time:
        event.add(
            "dtend", datetime.datetime.combine(shown.date, shown.end_time, tzinfo=session.zone)
        )
    event.add("summary", f"{in_language(item['title'])} – {session.label}")
    details = [shown.description, *shown.sub_point_list(), shown.speakers]
    description = "\n".join(text for text in details if text)
    if description:
        event.add("description", description)
    if _venue(session):
        event.add("location", _venue(session))
    event.add("url", _link(site_url, session))
    event.add("categories", [shown.get_kind_display()])
    return event


def _session_event(session: Session, site_url: str) -> Event:
    event = Event()
    event.add("uid", f"crimex-session-{session.pk}@{_host(site_url)}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.start_date)
    event.add("dtend", session.end_date + datetime.timedelta(days=1))  # all-day: end is exclusive
    event.add("summary", f"{session.label}: {session.title}")
    if session.summary:
        event.add("description", session.summary)
    if _venue(session):
        event.add("location", _venue(session))
    event.add("url", _link(site_url, session))
    if session.status == Session.Status.CANCELLED:
        event.add("status", "CANCELLED")
    return event


def session_calendar(session: Session, site_url: str) -> Calendar:
    """The latest release of the session's agenda, item by item, with the items it no longer
    has as cancelled events; before the first release, one all-day event (a draft without
    dates has none)."""
    from sessions.releases import sequences_and_cancelled

    calendar = _calendar(str(session.label))
    calendar.add("method", "PUBLISH")
    releases = sorted(session.releases.all(), key=lambda release: release.number)
    latest = releases[-1] if releases else None
    if latest is not None:
        sequence, cancelled = sequences_and_cancelled(releases)
        for item in latest.items:
            calendar.add_component(
                _released_event(item, sequence[item["id"]], session, site_url, latest.published_at)
            )
        for item, item_sequence in cancelled:
            event = _released_event(item, item_sequence, session, site_url, latest.published_at)
            event.add("status", "CANCELLED")
            calendar.add_component(event)
    if (latest is None or not latest.items) and session.has_dates:
        calendar.add_component(_session_event(session, site_url))
    calendar.add_missing_timezones()
    return calendar


def sessions_feed(sessions: Iterable[Session], site_url: str) -> Calendar:
    calendar = _calendar("CrimEx sessions")
    for session in sessions:
        if session.has_dates:
            calendar.add_component(_session_event(session, site_url))
    return calendar


def ics_response(calendar: Calendar, filename: str) -> HttpResponse:
    return attachment(
        HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8"), filename
    )

"""Preparing the next session from a past one: an unpublished draft without dates, whose agenda
keeps the previous one's structure (days, times, kinds) with its titles still to be written.

Until a draft has dates, its agenda's days are relative: each item keeps a date, and the first
of those dates is day 1 (the admin moves them all when PMT set the session's dates)."""

import datetime
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext

from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from sessions.models import AgendaItem, Session

# The day 1 of a draft without dates nor items: any date would do, the days count from it.
RELATIVE_DAYS_FROM = datetime.date(2000, 1, 3)
# Items that are structure rather than content keep their titles ("Coffee break", "Lunch").
PAUSES = (AgendaItem.Kind.BREAK, AgendaItem.Kind.LUNCH)
# What a session carries over to the next one: where, how, in which languages.
CARRIED_OVER = (
    "kind",
    "venue_country",
    "time_zone",
    "working_languages",
    "interpretation_languages",
    "registration_capacity",
)


def as_draft(values: dict[str, Any], original: Session) -> dict[str, Any]:
    """The values of a session made from `original` as an unpublished, planned draft: the next
    free number and no dates, unless whoever made it changed them already. Shared by "Save as
    new" in the admin and "Prepare the next session"."""
    values["is_published"] = False
    values["status"] = Session.Status.PLANNED
    part = values.get("part", original.part)
    if values.get("number", original.number) == original.number:
        values["number"] = Session.objects.next_free_number(after=original.number, part=part)
    if (values.get("start_date"), values.get("end_date")) == (
        original.start_date,
        original.end_date,
    ):
        values["start_date"] = values["end_date"] = None
    return values


def to_be_written(language: str) -> str:
    with translation.override(language):
        return gettext("[To be written]")


def titles_to_be_written() -> dict[str, str]:
    return {f"title_{code}": to_be_written(code) for code, _name in settings.LANGUAGES}


@transaction.atomic
def session_prepare_next(*, session: Session, request: HttpRequest | None = None) -> Session:
    """A draft of the session after `session`: number + 1, no dates, its agenda's structure
    with titles to be written; no registrations, documents, objectives nor experts."""
    # The session after one held in parts is a session of its own, until PMT say otherwise.
    values = {name: getattr(session, name) for name in CARRIED_OVER}
    values["part"] = Session.Part.WHOLE
    for code, _name in settings.LANGUAGES:
        values[f"venue_city_{code}"] = getattr(session, f"venue_city_{code}")
        values[f"moderation_{code}"] = getattr(session, f"moderation_{code}")
    values = as_draft(
        {**values, "start_date": session.start_date, "end_date": session.end_date}, session
    )
    draft = Session(**values, **titles_to_be_written())
    draft.full_clean()
    draft.save()
    draft.participating_countries.set(session.participating_countries.all())
    items = []
    for item in session.agenda_items.order_by("date", "start_time", "pk"):
        titles = (
            {f"title_{code}": getattr(item, f"title_{code}") for code, _n in settings.LANGUAGES}
            if item.kind in PAUSES
            else titles_to_be_written()
        )
        copy = AgendaItem(
            session=draft,
            date=item.date,  # relative until the draft has dates: the first one is day 1
            start_time=item.start_time,
            end_time=item.end_time,
            kind=item.kind,
            **titles,
        )
        copy.full_clean()
        items.append(copy)
    AgendaItem.objects.bulk_create(items)
    record_event(
        action=AuditEvent.Action.ADMIN_CHANGE,
        request=request,
        target=draft,
        change="prepared as the next session",
        prepared_from=session.pk,
    )
    return draft


def first_agenda_day(session: Session) -> datetime.date:
    """The date that is day 1 of the agenda: the session's start, or on a draft without dates,
    the first day its items have."""
    if session.start_date:
        return session.start_date
    first = min(
        (item.date for item in session.agenda_items.all()), default=None
    )  # prefetched by the timetable's selector
    return first or RELATIVE_DAYS_FROM


def day_number(session: Session, date: datetime.date) -> int:
    return (date - first_agenda_day(session)).days + 1

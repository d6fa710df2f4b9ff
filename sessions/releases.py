"""Agenda releases, as pretalx does its schedule: PMT edit the working agenda (the AgendaItem
rows), "Publish the agenda" freezes it as version n (an AgendaRelease) with a comment, the
differences from the version before are computed once and stored language-neutral, and each
reader sees them in their language. The calendar and the session page follow the latest release.
"""

import datetime
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.text import lines_of
from sessions.models import AgendaItem, AgendaRelease, Registration, Session

TEXT_FIELDS = ("title", "description", "sub_points", "speakers", "moderator")
# What an attendee's calendar shows of an item: a change of these raises the event's SEQUENCE.
EVENT_FIELDS = ("date", "start", "end", "kind", *TEXT_FIELDS)


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def snapshot_items(item_model: type[models.Model], session_id: int) -> list[dict]:
    """The session's working agenda as plain data, in time order. Takes the model so that a
    migration can call it with its historical AgendaItem."""
    codes = language_codes()
    names = [f"{name}_{code}" for name in TEXT_FIELDS for code in codes]
    rows = (
        item_model.objects.filter(session_id=session_id)
        .order_by("date", "start_time", "pk")
        .values("pk", "date", "start_time", "end_time", "kind", *names)
    )
    through = item_model.organisations.through
    acronyms: dict[int, list[str]] = {}
    links = (
        through.objects.filter(agendaitem__session_id=session_id)
        .order_by("organisation__acronym")
        .values_list("agendaitem_id", "organisation__acronym")
    )
    for item_id, acronym in links:
        acronyms.setdefault(item_id, []).append(acronym)
    return [
        {
            "id": row["pk"],
            "date": row["date"].isoformat(),
            "start": row["start_time"].strftime("%H:%M"),
            "end": row["end_time"].strftime("%H:%M") if row["end_time"] else None,
            "kind": row["kind"],
            **{name: {code: row[f"{name}_{code}"] or "" for code in codes} for name in TEXT_FIELDS},
            "organisations": acronyms.get(row["pk"], []),
        }
        for row in rows
    ]


def compute_changes(old: list[dict] | None, new: list[dict]) -> dict:
    """What changed from `old` to `new`, by item: added, removed, moved (day or time), retitled,
    speakers changed. Each entry carries the titles it needs, so a release alone can say it."""
    if old is None:
        return {"first": True, "added": [], "removed": [], "moved": [], "retitled": []}
    before = {item["id"]: item for item in old}
    after = {item["id"]: item for item in new}
    changes: dict = {"added": [], "removed": [], "moved": [], "retitled": [], "speakers": []}
    for item in new:
        previous = before.get(item["id"])
        if previous is None:
            changes["added"].append(_when(item) | {"title": item["title"]})
            continue
        if _when(previous) != _when(item):
            changes["moved"].append(
                {"title": item["title"], "from": _when(previous), "to": _when(item)}
            )
        if previous["title"] != item["title"]:
            changes["retitled"].append({"from": previous["title"], "to": item["title"]})
        if previous["speakers"] != item["speakers"]:
            changes["speakers"].append(
                {"title": item["title"], "from": previous["speakers"], "to": item["speakers"]}
            )
    for item in old:
        if item["id"] not in after:
            changes["removed"].append(_when(item) | {"title": item["title"]})
    return changes


def _when(item: dict) -> dict:
    return {"date": item["date"], "start": item["start"], "end": item["end"]}


def has_changes(changes: dict) -> bool:
    return any(changes.get(name) for name in ("added", "removed", "moved", "retitled", "speakers"))


# --- Reading a release in the reader's language ----------------------------------------------


def in_language(texts: dict, language: str | None = None) -> str:
    """The text in the active language, else English, else any language it has."""
    language = (language or translation.get_language() or "en")[:2]
    return texts.get(language) or texts.get("en") or next((t for t in texts.values() if t), "")


def _time_range(when: dict) -> str:
    times = f"{when['start']}–{when['end']}" if when.get("end") else when["start"]
    if translation.get_language_bidi():
        # Isolated left to right (U+2066 ... U+2069): in Arabic text a range would read backwards.
        return f"\u2066{times}\u2069"
    return times


def describe_when(when: dict) -> str:
    day = date_format(datetime.date.fromisoformat(when["date"]), "l j F")
    return _("%(day)s, %(time)s") % {"day": day, "time": _time_range(when)}


@dataclass(frozen=True)
class ChangeLine:
    kind: str  # added, removed, moved, retitled, speakers
    text: str


def change_lines(changes: dict) -> list[ChangeLine]:
    """The differences, one sentence each, in the active language."""
    lines = []
    if changes.get("first"):
        return [ChangeLine("first", _("First published version of the agenda."))]
    for entry in changes.get("added", []):
        lines.append(
            ChangeLine(
                "added",
                _("Added: “%(title)s”, %(when)s.")
                % {"title": in_language(entry["title"]), "when": describe_when(entry)},
            )
        )
    for entry in changes.get("removed", []):
        lines.append(
            ChangeLine(
                "removed",
                _("Removed: “%(title)s” (was %(when)s).")
                % {"title": in_language(entry["title"]), "when": describe_when(entry)},
            )
        )
    for entry in changes.get("moved", []):
        lines.append(
            ChangeLine(
                "moved",
                _("Moved: “%(title)s”, from %(old)s to %(new)s.")
                % {
                    "title": in_language(entry["title"]),
                    "old": describe_when(entry["from"]),
                    "new": describe_when(entry["to"]),
                },
            )
        )
    for entry in changes.get("retitled", []):
        lines.append(
            ChangeLine(
                "retitled",
                _("Retitled: “%(old)s” is now “%(new)s”.")
                % {"old": in_language(entry["from"]), "new": in_language(entry["to"])},
            )
        )
    for entry in changes.get("speakers", []):
        lines.append(
            ChangeLine(
                "speakers",
                _("Speakers of “%(title)s”: %(new)s (before: %(old)s).")
                % {
                    "title": in_language(entry["title"]),
                    "new": in_language(entry["to"]) or _("none"),
                    "old": in_language(entry["from"]) or _("none"),
                },
            )
        )
    return lines


@dataclass(frozen=True)
class Acronym:
    acronym: str


class ReleasedOrganisations(list):
    """The organisations of a released item, read as templates read a relation: `.all`."""

    def all(self) -> list[Acronym]:
        return self


@dataclass(frozen=True)
class ReleasedItem:
    """An item of a release as the agenda shows it, in the active language."""

    date: datetime.date
    start_time: datetime.time
    end_time: datetime.time | None
    kind: str
    title: str
    description: str
    sub_points: str
    speakers: str
    moderator: str
    organisation_acronyms: list[str] = field(default_factory=list)

    def get_kind_display(self) -> str:
        return str(AgendaItem.Kind(self.kind).label) if self.kind in AgendaItem.Kind else ""

    def sub_point_list(self) -> list[str]:
        return lines_of(self.sub_points)

    @property
    def organisations(self) -> ReleasedOrganisations:
        return ReleasedOrganisations(Acronym(name) for name in self.organisation_acronyms)


def released_item(data: dict) -> ReleasedItem:
    return ReleasedItem(
        date=datetime.date.fromisoformat(data["date"]),
        start_time=datetime.time.fromisoformat(data["start"]),
        end_time=datetime.time.fromisoformat(data["end"]) if data["end"] else None,
        kind=data["kind"],
        organisation_acronyms=data.get("organisations", []),
        **{name: in_language(data[name]) for name in TEXT_FIELDS},
    )


@dataclass(frozen=True)
class ReleasedDay:
    date: datetime.date
    items: list[ReleasedItem]


def release_days(release: AgendaRelease | None) -> list[ReleasedDay]:
    if release is None:
        return []
    items = [released_item(data) for data in release.items]
    return [
        ReleasedDay(date, list(day)) for date, day in itertools.groupby(items, lambda i: i.date)
    ]


# --- Before publishing: what PMT should look at ----------------------------------------------


def _minutes(value: str) -> int:
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


def _overlap(first: dict, second: dict) -> bool:
    if first["date"] != second["date"]:
        return False
    first_end = _minutes(first["end"] or first["start"])
    second_end = _minutes(second["end"] or second["start"])
    return (
        _minutes(first["start"]) < second_end and _minutes(second["start"]) < first_end
    ) or first["start"] == second["start"]


def _speaker_names(texts: dict) -> set[str]:
    names = re.split(r",|;|\n| and | et | و", texts.get("en") or in_language(texts))
    return {" ".join(name.split()).casefold() for name in names if name.strip()}


def release_warnings(session: Session, items: list[dict]) -> list[str]:
    """What PMT are warned of before a release: items outside the session's dates, overlapping
    items, an item without a title in a working language, a speaker booked twice at once."""
    from sessions.services import TimetableSlot, agenda_conflicts

    warnings = []
    names = dict(settings.LANGUAGES)
    if session.has_dates:
        for item in items:
            day = datetime.date.fromisoformat(item["date"])
            if not session.start_date <= day <= session.end_date:
                warnings.append(
                    _("“%(title)s” is on %(date)s, outside the session's dates.")
                    % {"title": in_language(item["title"]), "date": item["date"]}
                )
    warnings += agenda_conflicts(
        TimetableSlot(
            date=datetime.date.fromisoformat(item["date"]),
            start=datetime.time.fromisoformat(item["start"]),
            end=datetime.time.fromisoformat(item["end"]) if item["end"] else None,
            title=in_language(item["title"]),
        )
        for item in items
    )
    for item in items:
        for code in session.working_languages:
            if not item["title"].get(code, "").strip():
                warnings.append(
                    _("“%(title)s” (%(date)s %(start)s) has no title in %(language)s.")
                    % {
                        "title": in_language(item["title"]),
                        "date": item["date"],
                        "start": item["start"],
                        "language": names.get(code, code),
                    }
                )
    for first, second in itertools.combinations(items, 2):
        if not _overlap(first, second):
            continue
        for name in sorted(_speaker_names(first["speakers"]) & _speaker_names(second["speakers"])):
            warnings.append(
                _("%(speaker)s speaks at the same time in “%(first)s” and “%(second)s”.")
                % {
                    "speaker": name.title(),
                    "first": in_language(first["title"]),
                    "second": in_language(second["title"]),
                }
            )
    return warnings


# --- Publishing ------------------------------------------------------------------------------


def latest_release(session: Session) -> AgendaRelease | None:
    return session.releases.order_by("-number").first()


def working_agenda_changed(session: Session) -> bool:
    """Whether the working agenda differs from the latest release (or was never released)."""
    latest = latest_release(session)
    items = snapshot_items(AgendaItem, session.pk)
    if latest is None:
        return bool(items)
    return latest.items != items


class NothingToRelease(Exception):
    pass


@transaction.atomic
def agenda_publish(
    *,
    session: Session,
    comment: dict[str, str] | None = None,
    user=None,
    request=None,
    notify: bool = True,
) -> AgendaRelease:
    """Freezes the working agenda as the next version, computes what changed, and (with
    `notify`) puts one e-mail per registered member in the outbox for PMT to review."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    previous = latest_release(session)
    items = snapshot_items(AgendaItem, session.pk)
    if previous is not None and previous.items == items:
        raise NothingToRelease(_("The working agenda is the same as the published version."))
    release = AgendaRelease(
        session=session,
        number=(previous.number + 1) if previous else 1,
        items=items,
        changes=compute_changes(previous.items if previous else None, items),
        published_by=user,
        published_at=timezone.now(),
    )
    for code in language_codes():
        setattr(release, f"comment_{code}", (comment or {}).get(code, ""))
    release.full_clean()
    release.save()
    record_event(
        action=AuditEvent.Action.PUBLISHED,
        request=request,
        actor=user,
        target=release,
        release=release.number,
    )
    if notify:
        queue_release_emails(release=release, user=user)
    return release


def queue_release_emails(*, release: AgendaRelease, user=None):
    """One outbox message for the release (never two), one delivery per registered member, in
    their preferred language, with the updated calendar attached when it leaves."""
    from crimex_portal.notifications.services import Attachment, Recipient, queue_message

    registrations = list(
        Registration.objects.filter(session=release.session).select_related("user")
    )
    if not registrations:
        return None
    session = release.session
    subjects, bodies = {}, {}
    for code in language_codes():
        with translation.override(code):
            subjects[code] = _("%(session)s: the agenda is updated (version %(number)s)") % {
                "session": session.label,
                "number": release.number,
            }
            bodies[code] = "\n\n".join(
                text
                for text in (
                    _("The agenda of the %(session)s, “%(title)s”, has a new version.")
                    % {"session": session.label, "title": session.title},
                    getattr(release, f"comment_{code}") or release.comment_en,
                )
                if text
            )
    recipients = []
    for registration in registrations:
        member = registration.user
        language = member.preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            details = release_email_details(release)
        recipients.append(
            Recipient(
                email=member.email,
                user=member,
                language=language,
                details=details,
                attachments=(
                    Attachment(
                        f"crimex-{session.pk}.ics",
                        "text/calendar",
                        builder="sessions.calendar",
                        args={"session_id": session.pk},
                    ),
                ),
            )
        )
    return queue_message(
        kind="sessions.release",
        key=f"sessions.release:{release.pk}",
        subject=subjects,
        body=bodies,
        recipients=recipients,
        source=release,
        created_by=user,
    )


def release_email_details(release: AgendaRelease) -> str:
    """The part of the release e-mail written for one member, in the active language."""
    from sessions.services import _site_link as site_link

    session = release.session
    lines = [_("What changed:"), *(f"- {line.text}" for line in change_lines(release.changes))]
    interpretation = session.interpretation_language_names()
    if interpretation:
        lines += [
            "",
            _("Simultaneous interpretation into: %(languages)s.")
            % {"languages": ", ".join(interpretation)},
        ]
    lines += [
        "",
        _("The agenda: %(link)s") % {"link": site_link(release.get_absolute_url())},
        _("All changes: %(link)s")
        % {"link": site_link(reverse("crimex_sessions:changes", kwargs={"pk": session.pk}))},
        _("The updated calendar (.ics) is attached."),
    ]
    return "\n".join(lines)


def releases_newest_first(session: Session) -> list[AgendaRelease]:
    return list(session.releases.order_by("-number"))


def sequences_and_cancelled(
    releases: Iterable[AgendaRelease],
) -> tuple[dict[int, int], list[tuple[dict, int]]]:
    """From the releases in order: each item's SEQUENCE (how often what its calendar event
    shows changed) and the items removed since, with the sequence of their cancellation."""
    sequence: dict[int, int] = {}
    shown: dict[int, tuple] = {}
    last_seen: dict[int, dict] = {}
    current: set[int] = set()
    for release in sorted(releases, key=lambda release: release.number):
        present = set()
        for item in release.items:
            signature = tuple(str(item.get(name)) for name in EVENT_FIELDS)
            if item["id"] not in sequence:
                sequence[item["id"]] = 0
            elif item["id"] not in current or shown[item["id"]] != signature:
                sequence[item["id"]] += 1
            shown[item["id"]] = signature
            last_seen[item["id"]] = item
            present.add(item["id"])
        for gone in current - present:
            sequence[gone] += 1
        current = present
    cancelled = [(last_seen[pk], sequence[pk]) for pk in last_seen if pk not in current]
    return sequence, cancelled


def session_calendar_bytes(session_id: int) -> bytes:
    """The session's calendar as it is when an e-mail leaves (an outbox attachment builder)."""
    from sessions.calendar import session_calendar

    session = Session.objects.select_related("venue_country").get(pk=session_id)
    return session_calendar(session, settings.CRIMEX_SITE_URL).to_ical()

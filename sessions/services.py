import datetime
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.mail import language_of, portal_email
from sessions.models import Registration, Session
from sessions.selectors import capacities_open_to, registration_state


@dataclass(frozen=True)
class TimetableSlot:
    """What the overlap check needs of an agenda item, saved or still in a form."""

    date: datetime.date
    start: datetime.time
    end: datetime.time | None
    title: str
    row: int | None = None  # which row of a form it comes from, to say it there


def agenda_overlaps(slots: Iterable[TimetableSlot]) -> list[tuple[TimetableSlot, TimetableSlot]]:
    """(earlier, later) for the items of one day that overlap; an item without an end is a
    moment."""
    overlaps = []
    by_date: dict[datetime.date, list[TimetableSlot]] = {}
    for slot in slots:
        by_date.setdefault(slot.date, []).append(slot)
    for _date, day in sorted(by_date.items()):
        day.sort(key=lambda slot: slot.start)
        for earlier, later in itertools.pairwise(day):
            earlier_end = earlier.end or earlier.start
            if later.start < earlier_end or later.start == earlier.start:
                overlaps.append((earlier, later))
    return overlaps


def overlap_message(earlier: TimetableSlot, later: TimetableSlot, day: str = "") -> str:
    return _("On %(date)s, “%(later)s” (%(start)s) overlaps “%(earlier)s” (until %(end)s).") % {
        "date": day or later.date.isoformat(),
        "later": later.title,
        "start": later.start.strftime("%H:%M"),
        "earlier": earlier.title,
        "end": (earlier.end or earlier.start).strftime("%H:%M"),
    }


def agenda_conflicts(slots: Iterable[TimetableSlot]) -> list[str]:
    """Clear messages for the items of one day that overlap."""
    return [overlap_message(earlier, later) for earlier, later in agenda_overlaps(slots)]


@transaction.atomic
def sessions_publish(*, sessions: QuerySet[Session], published: bool, request: HttpRequest) -> int:
    """Publishes (or unpublishes) the sessions not in that state yet, each with its audit event;
    returns how many changed."""
    changing = list(
        Session.objects.filter(pk__in=sessions.values("pk")).exclude(is_published=published)
    )
    Session.objects.filter(pk__in=[session.pk for session in changing]).update(
        is_published=published
    )
    for session in changing:
        record_publication(session=session, published=published, request=request)
    return len(changing)


def record_publication(*, session: Session, published: bool, request: HttpRequest) -> None:
    action = AuditEvent.Action.PUBLISHED if published else AuditEvent.Action.UNPUBLISHED
    record_event(action=action, request=request, target=session)


@transaction.atomic
def registration_save(
    *, session: Session, user, capacity: str, interpretation_language: str = ""
) -> Registration:
    """Registers the member, or changes their registration, while registration is open; the
    member is e-mailed a confirmation, with the session's calendar, once it is committed."""
    from sessions.tasks import send_registration_confirmation

    # Locked, so that two members cannot both take the last place.
    session = Session.objects.select_for_update().get(pk=session.pk)
    registration = Registration.objects.filter(session=session, user=user).first()
    state = registration_state(session, registered=registration is not None)
    if not state.is_open:
        raise ValidationError(state.closed_because)
    if capacity not in dict(capacities_open_to(user)):
        raise ValidationError(_("You cannot register in this capacity."))
    if registration is None:
        # Beyond the places, the member waits for one to free.
        registration = Registration(session=session, user=user, is_waiting=state.full)
    changed = registration.pk is None or (
        registration.capacity,
        registration.interpretation_language,
    ) != (capacity, interpretation_language)
    registration.capacity = capacity
    registration.interpretation_language = interpretation_language
    if changed:
        registration.confirmation_sent_at = None
    registration.full_clean()
    registration.save()
    if changed:
        transaction.on_commit(lambda: send_registration_confirmation.delay(registration.pk))
    return registration


@transaction.atomic
def registration_cancel(*, session: Session, user) -> None:
    """Cancels the member's registration; the place it frees goes to the first member waiting."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    Registration.objects.filter(session=session, user=user).delete()
    registrations_promote(session=session)


@transaction.atomic
def registrations_promote(*, session: Session) -> list[Registration]:
    """Gives the free places to the members waiting, first come first served; each is e-mailed,
    in their language, with the calendar. Call with the session locked (select_for_update), so
    that two cancellations at once never give one place twice."""
    from sessions.tasks import send_registration_confirmation

    if session.registration_capacity is None:
        free = None
    else:
        taken = Registration.objects.filter(session=session, is_waiting=False).count()
        free = max(session.registration_capacity - taken, 0)
        if free == 0:
            return []
    waiting = Registration.objects.select_for_update().filter(session=session, is_waiting=True)
    promoted = list(waiting.order_by("created_at", "pk")[:free] if free else waiting)
    now = timezone.now()
    for registration in promoted:
        registration.is_waiting = False
        registration.promoted_at = now
        registration.confirmation_sent_at = None
        registration.save(update_fields=["is_waiting", "promoted_at", "confirmation_sent_at"])
        transaction.on_commit(lambda pk=registration.pk: send_registration_confirmation.delay(pk))
    return promoted


def _site_link(path: str) -> str:
    """An address for e-mails, which tasks send outside any request."""
    return settings.CRIMEX_SITE_URL.rstrip("/") + path


@transaction.atomic
def registration_confirmation_send(*, registration_id: int) -> bool:
    """E-mails the member their registration, in their language, with the session's calendar
    (.ics). Sends once per change of the registration; returns whether it sent."""
    from sessions import calendar

    registration = (
        Registration.objects.select_for_update(of=("self",))
        .select_related("user", "session__venue_country")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None or registration.confirmation_sent_at is not None:
        return False
    user, session = registration.user, registration.session
    language = language_of(user)
    with translation.override(language):
        context = {
            "session": session,
            "registration": registration,
            "user": user,
            "link": _site_link(session.get_absolute_url()),
        }
        subject = render_to_string("sessions/email/registration_confirmed_subject.txt", context)
        body = render_to_string("sessions/email/registration_confirmed_body.txt", context)
        ics = calendar.session_calendar(session, settings.CRIMEX_SITE_URL).to_ical()
    message = portal_email(
        subject=subject,
        body=body,
        to=[user.email],
        language=language,
        attachments=[(f"crimex-{session.pk}.ics", ics, "text/calendar")],
    )
    registration.confirmation_sent_at = timezone.now()
    registration.save(update_fields=["confirmation_sent_at"])
    message.send()
    return True

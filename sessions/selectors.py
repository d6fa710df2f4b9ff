import datetime
from dataclasses import dataclass
from itertools import groupby

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from crimex_portal.accounts.roles import MEMBERS_AREA
from crimex_portal.accounts.two_factor import needs_two_factor
from sessions.models import (
    AgendaItem,
    Registration,
    Session,
    SessionDocument,
    SessionExpert,
    SessionQuerySet,
)

User = AbstractBaseUser | AnonymousUser


def can_see_members_content(request: HttpRequest) -> bool:
    """A member whose session has shown the second factor (the session, not the account)."""
    user = request.user
    return bool(
        user.is_authenticated and user.has_perm(MEMBERS_AREA) and not needs_two_factor(request)
    )


def sessions_visible_to(user: User) -> SessionQuerySet:
    """Published sessions for everybody; unpublished ones too for staff who can change them."""
    sessions = Session.objects.select_related("venue_country")
    if user.has_perm("crimex_sessions.change_session"):
        return sessions
    return sessions.published()


def session_overview(user: User, *, recent_limit: int | None = None) -> dict[str, list[Session]]:
    visible = sessions_visible_to(user).annotate(
        public_documents=Count(
            "documents", filter=Q(documents__visibility=SessionDocument.Visibility.PUBLIC)
        )
    )
    past = visible.past()
    if recent_limit is not None:
        past = past[:recent_limit]
    return {"upcoming": list(visible.upcoming()), "past": list(past)}


@dataclass(frozen=True)
class AgendaDay:
    date: datetime.date
    items: list[AgendaItem]


def session_for_page(user: User, pk: int, *, members: bool) -> Session:
    """The session with everything its page shows (members' documents only for `members`), in a
    fixed number of queries."""
    documents = SessionDocument.objects.order_by("order", "pk")
    if not members:
        documents = documents.filter(visibility=SessionDocument.Visibility.PUBLIC)
    return (
        _with_content(sessions_visible_to(user), documents)
        # actionplans points at sessions; the page reads the links from this side.
        .prefetch_related("plan_actions__goal__plan")
        .get(pk=pk)
    )


def agenda_days(session: Session) -> list[AgendaDay]:
    items = session.agenda_items.all()  # prefetched in time order
    return [AgendaDay(date, list(day)) for date, day in groupby(items, key=lambda item: item.date)]


def registration_of(session: Session, user: User) -> Registration | None:
    if not user.is_authenticated:
        return None
    return Registration.objects.filter(session=session, user=user).first()


# PMT staff, who prepare the sessions, attend as the Project Management Team; nobody else can.
ATTEND_AS_PMT = "crimex_sessions.change_session"


def capacities_open_to(user: User) -> list[tuple[str, str]]:
    return [
        (value, label)
        for value, label in Registration.Capacity.choices
        if value != Registration.Capacity.PMT or user.has_perm(ATTEND_AS_PMT)
    ]


@dataclass(frozen=True)
class RegistrationState:
    is_open: bool
    closed_because: str = ""  # what the session page says when registration is closed
    places_left: int | None = None  # None: no limit


def registration_state(
    session: Session,
    *,
    registered: bool = False,
    now: datetime.datetime | None = None,
) -> RegistrationState:
    """Whether a member can register (or, when `registered`, change their registration) now.
    Registration closes when the session ends, after its optional deadline, and when its
    optional places are taken; days are counted in the venue's time zone."""
    if not session.is_published or not session.has_dates:
        return RegistrationState(False, _("Registration opens when the session is published."))
    if session.status == Session.Status.CANCELLED:
        return RegistrationState(False, _("Registration is closed: the session is cancelled."))
    today = (now or timezone.now()).astimezone(session.zone).date()
    if today > session.end_date:
        return RegistrationState(False, _("Registration is closed: the session is over."))
    if session.registration_deadline and today > session.registration_deadline:
        return RegistrationState(
            False,
            _("Registration closed on %(date)s.")
            % {"date": date_format(session.registration_deadline, "j F Y")},
        )
    if session.registration_capacity is None:
        return RegistrationState(True)
    places_left = max(session.registration_capacity - session.registrations.count(), 0)
    if places_left == 0 and not registered:
        return RegistrationState(
            False, _("Registration is closed: all places are taken."), places_left=0
        )
    return RegistrationState(True, places_left=places_left)


def attendees(session: Session) -> QuerySet[Registration]:
    return (
        Registration.objects.filter(session=session)
        .select_related("user", "user__country", "user__organisation")
        .order_by("user__last_name", "user__first_name", "user__email")
    )


def sessions_for_report() -> SessionQuerySet:
    """Published sessions with everything their PDF report shows, members-only parts included
    (the report is marked restricted), in a fixed number of queries."""
    registrations = Registration.objects.select_related(
        "user", "user__country", "user__organisation"
    ).order_by("user__last_name", "user__first_name", "user__email")
    return _with_content(
        Session.objects.published().select_related("venue_country"),
        SessionDocument.objects.order_by("order", "pk"),
    ).prefetch_related(Prefetch("registrations", queryset=registrations))


def _with_content(sessions: SessionQuerySet, documents) -> SessionQuerySet:
    """What the session page and the report both show: objectives to documents. The agenda they
    show is the latest release (sessions/releases.py), never the working agenda."""
    return sessions.prefetch_related(
        "objectives",
        "outcomes",
        "participating_countries",
        "participating_organisations",
        Prefetch("experts", queryset=SessionExpert.objects.select_related("organisation")),
        Prefetch("documents", queryset=documents),
    )

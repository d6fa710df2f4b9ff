"""What My CrimEx shows a member, each list short, in a fixed number of queries."""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actionplans.models import ProgressUpdate
from actionplans.selectors import review_queue
from crimex_portal.accounts.roles import EDIT_ANY_FICHE, REVIEW_PROGRESS
from crimex_portal.notifications.models import Delivery, Notification, OutboxMessage
from crimex_portal.reports.models import Report
from directory.models import Contact
from directory.selectors import open_reports
from fiches.selectors import fiches_due_for_review
from followups.models import FollowUp
from followups.selectors import followups_owned_by
from sessions.models import AgendaRelease, Registration
from sessions.releases import ChangeLine, change_lines

SHOWN = 5  # each list's length; a link leads to all
RESOLVES_DIRECTORY_REPORTS = "directory.change_contact"
REVIEWS_OUTBOX = "notifications.change_outboxmessage"


@dataclass
class ReviewItem:
    label: str
    count: int
    url_name: str


@dataclass
class Home:
    registrations: list["NextSession"]
    followups: list[FollowUp]
    drafts: list[ProgressUpdate]
    requests: list[Any]
    to_review: list[ReviewItem]
    reports: list[Report]
    contact: Contact | None
    notifications: list[Notification]
    unread: int
    extra: dict = field(default_factory=dict)


CHANGES_SHOWN = 3  # lines of a session's latest agenda changes


@dataclass
class NextSession:
    registration: Registration
    release: AgendaRelease | None  # the agenda's latest published version
    changes: list[ChangeLine]

    @property
    def session(self):
        return self.registration.session


def next_registrations(user, today: datetime.date | None = None):
    today = today or timezone.localdate()
    return (
        Registration.objects.filter(user=user, session__end_date__gte=today)
        .select_related("session__venue_country")
        .prefetch_related(
            Prefetch("session__releases", queryset=AgendaRelease.objects.order_by("-number"))
        )
        .order_by("session__start_date")
    )


def next_sessions(user) -> list[NextSession]:
    """Registered sessions to come, each with its agenda's latest version and what it changed."""
    shown = []
    for registration in next_registrations(user)[:SHOWN]:
        releases = registration.session.releases.all()
        release = releases[0] if releases else None
        lines = change_lines(release.changes) if release else []
        shown.append(NextSession(registration, release, lines[:CHANGES_SHOWN]))
    return shown


def drafts_of(user):
    return (
        ProgressUpdate.objects.filter(
            author=user,
            review__in=(ProgressUpdate.Review.DRAFT, ProgressUpdate.Review.RETURNED),
        )
        .select_related("indicator", "period")
        .order_by("-updated_at")
    )


def request_drafts_of(user) -> list:
    """The request composer's drafts, once the mla app exists (it may not yet)."""
    if not apps.is_installed("mla"):
        return []
    try:
        from mla.selectors import drafts_of as mla_drafts_of
    except ImportError:
        return []
    return list(mla_drafts_of(user)[:SHOWN])


def items_to_review(user) -> list[ReviewItem]:
    items = []
    if user.has_perm(REVIEW_PROGRESS):
        items.append(
            ReviewItem(
                _("Progress updates to review"), review_queue().count(), "actionplans:review_queue"
            )
        )
    if user.has_perm(RESOLVES_DIRECTORY_REPORTS):
        items.append(
            ReviewItem(
                _("Outdated directory entries reported"),
                open_reports().count(),
                "directory:to_verify",
            )
        )
    if user.has_perm(REVIEWS_OUTBOX):
        pending = OutboxMessage.objects.filter(status=OutboxMessage.Status.PENDING_REVIEW).count()
        failed = Delivery.objects.filter(status=Delivery.Status.FAILED).count()
        items.append(
            ReviewItem(
                _("E-mails waiting in the outbox"),
                pending,
                "admin:notifications_outboxmessage_changelist",
            )
        )
        items.append(
            ReviewItem(
                _("Failed e-mail deliveries"), failed, "admin:notifications_delivery_changelist"
            )
        )
    if user.has_perm(EDIT_ANY_FICHE):
        items.append(
            ReviewItem(
                _("Fiches due for review"), fiches_due_for_review().count(), "fiches:due_for_review"
            )
        )
    return items


def recent_reports(user):
    return (
        Report.objects.filter(Q(requesters=user) | Q(requested_by=user), status=Report.Status.DONE)
        .distinct()
        .order_by("-finished_at")
    )


def notifications_of(user):
    return Notification.objects.filter(recipient=user).order_by("-created_at", "-pk")


def home_for(user) -> Home:
    return Home(
        registrations=next_sessions(user),
        followups=list(followups_owned_by(user).still_open()[:SHOWN]),
        drafts=list(drafts_of(user)[:SHOWN]),
        requests=request_drafts_of(user),
        to_review=items_to_review(user),
        reports=list(recent_reports(user)[:SHOWN]),
        contact=Contact.objects.filter(user=user).select_related("organisation").first(),
        notifications=list(notifications_of(user)[:SHOWN]),
        unread=Notification.objects.filter(recipient=user, read_at__isnull=True).count(),
    )

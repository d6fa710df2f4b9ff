"""Who hears of progress updates and reporting periods (through crimex_portal.notifications)."""

import datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actionplans.models import ProgressUpdate, ReportingPeriod
from crimex_portal.accounts.roles import RECORD_PROGRESS, REVIEW_PROGRESS
from crimex_portal.notifications.events import register_reminder
from crimex_portal.notifications.notify import notify, users_with_perm

CLOSING_NOTICE_DAYS = 14


def _what(update: ProgressUpdate) -> dict:
    return {"indicator": update.indicator.code, "period": update.period.name}


def update_submitted(update: ProgressUpdate) -> None:
    notify(
        kind="progress_submitted",
        key=f"progress_submitted:{update.pk}:{update.submitted_at:%Y%m%d%H%M%S%f}",
        recipients=users_with_perm(REVIEW_PROGRESS),
        exclude=[update.author_id],  # four eyes: the author does not review it
        text=_("A progress update on indicator %(indicator)s (%(period)s) waits for review."),
        params=_what(update),
        url_name="actionplans:update",
        url_args=[update.pk],
    )


def update_reviewed(update: ProgressUpdate) -> None:
    approved = update.review == ProgressUpdate.Review.APPROVED
    notify(
        kind="progress_reviewed",
        key=f"progress_reviewed:{update.pk}:{update.reviewed_at:%Y%m%d%H%M%S%f}",
        recipients=[update.author],
        text=_("Your progress update on indicator %(indicator)s (%(period)s) was approved.")
        if approved
        else _(
            "Your progress update on indicator %(indicator)s (%(period)s) was returned: "
            "read the comment and submit it again."
        ),
        params=_what(update),
        url_name="actionplans:update",
        url_args=[update.pk],
    )


@register_reminder
def periods_closing(today: datetime.date | None = None) -> int:
    """Coordinators who have drafts, or nothing yet, for a period ending within 14 days."""
    today = today or timezone.localdate()
    made = 0
    periods = ReportingPeriod.objects.filter(
        is_locked=False, end__gte=today, end__lte=today + datetime.timedelta(CLOSING_NOTICE_DAYS)
    )
    for period in periods:
        updates = ProgressUpdate.objects.filter(period=period)
        pending = Q(
            pk__in=updates.exclude(
                review__in=(ProgressUpdate.Review.SUBMITTED, ProgressUpdate.Review.APPROVED)
            ).values("author")
        )
        nothing_yet = ~Q(pk__in=updates.values("author"))
        coordinators = users_with_perm(RECORD_PROGRESS).filter(pending | nothing_yet)
        made += len(
            notify(
                kind="period_closing",
                key=f"period_closing:{period.pk}:{period.end.isoformat()}",
                recipients=coordinators,
                text=_("The reporting period %(period)s closes on %(date)s."),
                params={"period": period.name, "date": period.end.isoformat()},
                url_name="actionplans:index",
            )
        )
    return made

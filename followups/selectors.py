import datetime

from django.db.models import F, Prefetch, QuerySet
from django.utils import timezone

from followups.models import Decision, FollowUp
from sessions.models import Session

FOLLOWUP_RELATIONS = ("owner_country", "owner_organisation", "owner_member")


def followups_with_thread() -> QuerySet[FollowUp]:
    """Follow-ups with their owner, decision, session, agenda item, actions and indicators."""
    return FollowUp.objects.select_related(
        *FOLLOWUP_RELATIONS, "decision__session", "decision__agenda_item"
    ).prefetch_related("actions__goal__plan", "indicators")


def decisions_of(session: Session) -> QuerySet[Decision]:
    return (
        Decision.objects.filter(session=session)
        .select_related("agenda_item")
        .prefetch_related(
            Prefetch(
                "followups",
                queryset=FollowUp.objects.select_related(*FOLLOWUP_RELATIONS)
                .prefetch_related("actions__goal__plan", "indicators")
                .order_by("order", "pk"),
            )
        )
        .order_by("order", "pk")
    )


def open_followups_before(session: Session) -> QuerySet[FollowUp]:
    """Follow-ups of earlier sessions still open or in progress: what the next session checks."""
    earlier = Session.objects.exclude(pk=session.pk)
    if session.start_date:
        earlier = earlier.filter(start_date__lt=session.start_date)
    else:
        earlier = earlier.filter(start_date__isnull=False)
    return (
        followups_with_thread()
        .filter(decision__session__in=earlier)
        .still_open()
        .order_by("due_date", "decision__session__start_date", "pk")
    )


def followups_of_action(action) -> QuerySet[FollowUp]:
    return (
        followups_with_thread()
        .filter(actions=action)
        .order_by("decision__session__start_date", "decision__order", "order", "pk")
    )


def followup_for_page(pk: int) -> FollowUp:
    return followups_with_thread().prefetch_related("changes__changed_by").get(pk=pk)


def followups_owned_by(user) -> QuerySet[FollowUp]:
    return followups_with_thread().owned_by(user).order_by(F("due_date").asc(nulls_last=True), "pk")


def tracking_table(
    *, session: Session | None = None, status: str = "", published_only: bool = True
) -> QuerySet[FollowUp]:
    followups = FollowUp.objects.select_related(*FOLLOWUP_RELATIONS, "decision__session").order_by(
        "-decision__session__start_date", "decision__order", "order", "pk"
    )
    if published_only:
        followups = followups.filter(decision__session__is_published=True)
    if session is not None:
        followups = followups.filter(decision__session=session)
    if status:
        followups = followups.filter(status=status)
    return followups


def due_soon_or_overdue(days: int = 7) -> QuerySet[FollowUp]:
    limit = timezone.localdate() + datetime.timedelta(days=days)
    return (
        FollowUp.objects.still_open()
        .filter(due_date__lte=limit)
        .select_related(*FOLLOWUP_RELATIONS)
    )

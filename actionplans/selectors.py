import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, F, Max, OuterRef, Prefetch, QuerySet, Subquery

from actionplans.models import (
    ENTITY_LINKS,
    Action,
    ActionPlan,
    Indicator,
    ProgressUpdate,
    ReportingPeriod,
    StrategicGoal,
)
from crimex_portal.collation import localized_order
from directory.models import Country

APPROVED = ProgressUpdate.Review.APPROVED
STATUSES = [choice for choice, _label in ProgressUpdate.Status.choices]


def _latest_approved(field: str) -> Subquery:
    return Subquery(
        ProgressUpdate.objects.filter(indicator=OuterRef("pk"), review=APPROVED)
        .order_by("-period__start", "-reviewed_at", "-pk")
        .values(field)[:1]
    )


def indicators_with_latest_status() -> QuerySet[Indicator]:
    """Each indicator with the status and value of its latest approved update, any country."""
    return Indicator.objects.annotate(
        latest_status=_latest_approved("status"),
        latest_value=_latest_approved("value"),
        latest_period=_latest_approved("period__name"),
        latest_is_demo=_latest_approved("is_demo"),
    ).order_by("order", "code")


def plans() -> QuerySet[ActionPlan]:
    return ActionPlan.objects.prefetch_related("crime_areas").order_by("code")


def plan_table(code: str) -> ActionPlan:
    """The plan as the source table: goals, actions, entities, indicators with their latest
    approved status, in a fixed number of queries."""
    actions = Action.objects.prefetch_related(
        ENTITY_LINKS, Prefetch("indicators", queryset=indicators_with_latest_status())
    ).order_by("order", "reference")
    return (
        ActionPlan.objects.prefetch_related(
            Prefetch(
                "goals",
                queryset=StrategicGoal.objects.order_by("number").prefetch_related(
                    Prefetch("actions", queryset=actions)
                ),
            ),
            "crime_areas",
        )
        .annotate(action_count=Count("goals__actions"))
        .get(code=code)
    )


def action_detail(pk: int) -> Action:
    return (
        Action.objects.select_related("goal__plan")
        .prefetch_related(
            ENTITY_LINKS,
            "sessions",
            Prefetch("indicators", queryset=indicators_with_latest_status()),
        )
        .get(pk=pk)
    )


def progress_history(action: Action, user) -> QuerySet[ProgressUpdate]:
    """Approved updates of the action's indicators; their own updates too, for coordinators."""
    updates = ProgressUpdate.objects.filter(indicator__action=action)
    if user.is_authenticated:
        mine = updates.filter(author=user)
        updates = updates.filter(review=APPROVED) | mine
    else:
        updates = updates.filter(review=APPROVED)
    return updates.select_related(
        "indicator",
        "period",
        "country",
        "evidence_session",
        "evidence_document",
        "evidence_followup",
        "author",
    ).order_by("indicator__order", "indicator__code", "-period__start", "country__name")


def review_queue() -> QuerySet[ProgressUpdate]:
    return (
        ProgressUpdate.objects.filter(review=ProgressUpdate.Review.SUBMITTED)
        .select_related("indicator__action__goal__plan", "period", "country", "author")
        .order_by("submitted_at")
    )


def updates_of(user) -> QuerySet[ProgressUpdate]:
    return (
        ProgressUpdate.objects.filter(author=user)
        .select_related("indicator__action__goal__plan", "period", "country")
        .order_by("-updated_at")
    )


@dataclass
class StatusCount:
    label: str
    counts: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Series:
    label: str
    points: list[tuple[str, Decimal]]


@dataclass
class DashboardFigures:
    plan: ActionPlan
    by_goal: list[StatusCount]
    by_country: list[StatusCount]
    value_series: list[Series]
    has_demo: bool = False  # invented demo updates count among the approved ones


def dashboard_figures(plan: ActionPlan) -> DashboardFigures:
    """Only approved updates count. An indicator's status is that of its latest approved update
    (per country for the country view); without one it is not started."""
    indicators = list(
        Indicator.objects.filter(action__goal__plan=plan)
        .select_related("action__goal")
        .order_by("action__goal__number", "action__order", "order")
    )
    updates = list(
        ProgressUpdate.objects.filter(indicator__action__goal__plan=plan, review=APPROVED)
        .select_related("period")
        .order_by("period__start", "reviewed_at", "pk")
        .values_list(
            "indicator_id",
            "country_id",
            "period__name",
            "period__start",
            "status",
            "value",
            "is_demo",
        )
    )
    latest_overall: dict[int, str] = {}
    latest_by_country: dict[tuple[int, int], str] = {}
    totals: dict[int, dict[tuple[datetime.date, str], Decimal]] = defaultdict(dict)
    for indicator_id, country_id, period_name, period_start, status, value, _demo in updates:
        latest_overall[indicator_id] = status
        if country_id is not None:
            latest_by_country[indicator_id, country_id] = status
        if value is not None:
            key = (period_start, period_name)
            totals[indicator_id][key] = totals[indicator_id].get(key, Decimal(0)) + value

    goals: dict[int, StatusCount] = {}
    for indicator in indicators:
        goal = indicator.action.goal
        row = goals.setdefault(goal.number, StatusCount(f"{goal.number}. {goal.title}"))
        row.counts[latest_overall.get(indicator.pk, ProgressUpdate.Status.NOT_STARTED)] += 1

    reporting_countries = {country_id for _indicator, country_id in latest_by_country}
    by_country = []
    countries = Country.objects.filter(pk__in=reporting_countries)
    for country in countries.order_by(localized_order(Country, "name")):
        row = StatusCount(country.name)
        for indicator in indicators:
            row.counts[
                latest_by_country.get((indicator.pk, country.pk), ProgressUpdate.Status.NOT_STARTED)
            ] += 1
        by_country.append(row)

    series = [
        Series(
            f"{indicator.code} {indicator.text}",
            [(name, total) for (_start, name), total in sorted(totals[indicator.pk].items())],
        )
        for indicator in indicators
        if indicator.kind == Indicator.Kind.COUNT and totals.get(indicator.pk)
    ]
    has_demo = any(is_demo for *_values, is_demo in updates)
    return DashboardFigures(plan, list(goals.values()), by_country, series, has_demo)


def latest_reported_period(plan: ActionPlan) -> ReportingPeriod | None:
    """The latest reporting period in which an update of the plan was approved."""
    return (
        ReportingPeriod.objects.filter(
            updates__indicator__action__goal__plan=plan, updates__review=APPROVED
        )
        .order_by("-start", "-end")
        .first()
    )


def last_approval_at(plan: ActionPlan) -> datetime.datetime | None:
    """When the plan's figures last changed: the latest approval of one of its updates."""
    return ProgressUpdate.objects.filter(
        indicator__action__goal__plan=plan, review=APPROVED
    ).aggregate(latest=Max("reviewed_at"))["latest"]


def approved_narratives(plan: ActionPlan, period: ReportingPeriod) -> QuerySet[ProgressUpdate]:
    """The approved updates of the plan in that period that say something (a narrative or a
    review comment), in the order of the plan table; regional updates before countries."""
    return (
        ProgressUpdate.objects.filter(
            indicator__action__goal__plan=plan, period=period, review=APPROVED
        )
        .exclude(narrative="", review_comment="")
        .select_related("indicator__action__goal", "country")
        .order_by(
            "indicator__action__goal__number",
            "indicator__action__order",
            "indicator__action__reference",
            "indicator__order",
            "indicator__code",
            F("country__name").asc(nulls_first=True),
            "pk",
        )
    )


def actions_with_followups(plan: ActionPlan) -> QuerySet[Action]:
    """The plan's actions that session decisions' follow-ups serve, with those follow-ups (the
    followups app points at actions; the plan reads the links through the reverse relation)."""
    return (
        Action.objects.filter(goal__plan=plan, followups__isnull=False)
        .distinct()
        .select_related("goal")
        .prefetch_related(
            Prefetch(
                "followups",
                queryset=Action.followups.rel.related_model.objects.select_related(
                    "decision__session", "owner_country", "owner_organisation", "owner_member"
                ).order_by("decision__session__start_date", "decision__order", "order", "pk"),
            )
        )
        .order_by("goal__number", "order", "reference")
    )

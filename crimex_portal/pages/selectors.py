import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.utils import timezone

from actionplans.models import Action, ActionPlan, ProgressUpdate
from actionplans.selectors import indicators_with_latest_status
from crimex_portal.pages.models import Page, StrategyObjective
from directory.models import CrimeArea
from fiches.models import Fiche
from sessions.models import AgendaRelease
from sessions.selectors import session_overview, sessions_visible_to

NOT_STARTED = ProgressUpdate.Status.NOT_STARTED
IN_PROGRESS = ProgressUpdate.Status.IN_PROGRESS
ACHIEVED = ProgressUpdate.Status.ACHIEVED


def page_by_slug(slug: str) -> Page | None:
    return Page.objects.filter(slug=slug).first()


def pages_by_slug(*slugs: str) -> dict[str, Page]:
    """Several pages in one query, by slug; a page not loaded is missing from the result."""
    return {page.slug: page for page in Page.objects.filter(slug__in=slugs)}


def police_strategy() -> dict:
    """The Euromed Police Strategy 2017 page: its texts, the crime areas by category, and the
    objectives with the area each serves, in three queries whatever their number."""
    objectives = list(StrategyObjective.objects.select_related("crime_area"))
    objective_of = {objective.crime_area_id: objective for objective in objectives}
    areas = list(CrimeArea.objects.order_by("order", "slug"))
    for area in areas:
        area.strategy_objective = objective_of.get(area.pk)
    by_category = {category: [] for category in CrimeArea.Category.values}
    for area in areas:
        by_category[area.category].append(area)
    pages = pages_by_slug("police-strategy", "police-strategy-objectives")
    return {
        "page": pages.get("police-strategy"),
        "objectives_page": pages.get("police-strategy-objectives"),
        "core_areas": by_category[CrimeArea.Category.CORE],
        "cross_cutting_areas": by_category[CrimeArea.Category.CROSS_CUTTING],
        "plan_areas": by_category[CrimeArea.Category.ACTION_PLAN],
        "objectives": objectives,
    }


# --- The home page ---------------------------------------------------------------------------

LATEST_CHANGES_ON_HOME = 6


@dataclass(frozen=True)
class StatusShare:
    """One status of a plan's bar: how many actions, and where its segment starts."""

    status: str
    label: str
    count: int
    offset: int


@dataclass(frozen=True)
class PlanProgress:
    plan: ActionPlan
    shares: list[StatusShare]
    total: int
    has_demo: bool  # an invented demo update decides the status of one of its actions


def action_status(indicator_statuses: list[str]) -> str:
    """An action is achieved when all its indicators are, not started while none has moved
    (or it has no indicator), in progress otherwise; each indicator counts with the status of
    its latest approved update, as on the plan's page."""
    started = [status for status in indicator_statuses if status != NOT_STARTED]
    if not started:
        return NOT_STARTED
    if len(started) == len(indicator_statuses) and all(s == ACHIEVED for s in started):
        return ACHIEVED
    return IN_PROGRESS


def plans_progress() -> list[PlanProgress]:
    """Per plan, its actions counted by status, in three queries whatever the plans' size."""
    plans = list(ActionPlan.objects.order_by("code"))
    plan_of_action = dict(Action.objects.values_list("pk", "goal__plan_id"))
    statuses: dict[int, list[str]] = defaultdict(list)
    demo_actions: set[int] = set()
    rows = indicators_with_latest_status().values_list(
        "action_id", "latest_status", "latest_is_demo"
    )
    for action_id, status, is_demo in rows:
        statuses[action_id].append(status or NOT_STARTED)
        if is_demo:
            demo_actions.add(action_id)
    counts: dict[int, Counter] = defaultdict(Counter)
    demo_plans: set[int] = set()
    for action_id, plan_id in plan_of_action.items():
        counts[plan_id][action_status(statuses[action_id])] += 1
        if action_id in demo_actions:
            demo_plans.add(plan_id)
    progress = []
    for plan in plans:
        offset, shares = 0, []
        for status, label in ProgressUpdate.Status.choices[::-1]:  # achieved first
            count = counts[plan.pk][status]
            shares.append(StatusShare(status, label, count, offset))
            offset += count
        progress.append(PlanProgress(plan, shares, offset, plan.pk in demo_plans))
    return progress


@dataclass(frozen=True)
class Change:
    """A line of the home's latest changes: a published agenda or a reviewed fiche."""

    kind: str  # "agenda" or "fiche"
    day: datetime.date
    subject: object  # the AgendaRelease or the Fiche
    is_demo: bool


def latest_changes(user, *, members: bool, limit: int = LATEST_CHANGES_ON_HOME) -> list[Change]:
    """Agenda releases of the sessions the visitor may see and, for members past the second
    factor, the fiches last reviewed; newest first, in two queries."""
    releases = (
        AgendaRelease.objects.filter(session__in=sessions_visible_to(user).values("pk"))
        .select_related("session")
        .order_by("-published_at", "-pk")[:limit]
    )
    changes = [
        Change("agenda", timezone.localdate(release.published_at), release, release.session.is_demo)
        for release in releases
    ]
    if members:
        fiches = (
            Fiche.objects.filter(last_reviewed_on__isnull=False)
            .select_related("country", "measure")
            .order_by("-last_reviewed_on", "-pk")[:limit]
        )
        changes += [
            Change("fiche", fiche.last_reviewed_on, fiche, fiche.is_demo) for fiche in fiches
        ]
    changes.sort(key=lambda change: change.day, reverse=True)
    return changes[:limit]


def home_overview(user, *, members: bool, recent_limit: int) -> dict:
    """Everything the home shows, in a fixed number of queries: the next session (the last one
    held when none is coming), the plans' progress and the latest changes."""
    sessions = session_overview(user, recent_limit=recent_limit + 1)
    upcoming, past = sessions["upcoming"], sessions["past"]
    featured = upcoming[0] if upcoming else (past[0] if past else None)
    return {
        "page": page_by_slug("home"),
        "featured_session": featured,
        "featured_is_coming": bool(upcoming),
        "also_coming": upcoming[1:],
        "recent": [session for session in past if session != featured][:recent_limit],
        "plans_progress": plans_progress(),
        "latest_changes": latest_changes(user, members=members),
    }

"""What the portal-wide search finds of the Action Plans (members only, as their pages): plans,
actions with their indicators and participating entities, and progress updates: approved ones
for members, drafts for their author only."""

from actionplans.models import Action, ActionPlan, Indicator, ProgressUpdate, StrategicGoal
from crimex_portal.search.models import SearchDocument
from crimex_portal.search.registry import Indexer, language_entries, register

MEMBERS = SearchDocument.Visibility.MEMBERS


def _plan_entries(plan: ActionPlan):
    goals = list(plan.goals.all())
    return language_entries(
        plan,
        title=lambda: str(plan),
        fields=("title", "short_title"),
        extra=lambda language: [getattr(goal, f"title_{language}", "") for goal in goals],
        url=plan.get_absolute_url(),
        visibility=MEMBERS,
    )


def _action_entries(action: Action):
    indicators = list(action.indicators.all())
    entities = [
        " ".join(filter(None, [entity.acronym, entity.name_en, entity.name_fr, entity.name_ar]))
        for entity in action.entities.all()
    ]

    def extra(language: str) -> list[str]:
        texts = [
            f"{indicator.code} {getattr(indicator, f'text_{language}', '') or ''}"
            for indicator in indicators
            if language == "en" or getattr(indicator, f"text_{language}", "")
        ]
        return [*texts, *entities] if language == "en" else texts

    return language_entries(
        action,
        title=lambda: f"{action} — {action.description[:120]}",
        fields=("description", "sub_points", "data_sources", "observation"),
        extra=extra,
        url=action.get_absolute_url(),
        visibility=MEMBERS,
    )


def _update_entries(update: ProgressUpdate):
    approved = update.review == ProgressUpdate.Review.APPROVED
    return language_entries(
        update,
        title=lambda: f"{update.indicator.code} · {update.country} · {update.period}",
        extra=lambda language: [update.narrative] if language == "en" else [],
        url=update.get_absolute_url(),
        visibility=MEMBERS if approved else SearchDocument.Visibility.OWNER,
        owner_id=None if approved else update.author_id,
        country=update.country.iso_code if update.country_id else "",
    )


register(
    Indexer(
        model=ActionPlan,
        kind="plans",
        queryset=lambda: ActionPlan.objects.prefetch_related("goals"),
        entries=_plan_entries,
        depends_on={StrategicGoal: lambda goal: [goal.plan]},
    )
)
register(
    Indexer(
        model=Action,
        kind="plans",
        queryset=lambda: Action.objects.select_related("goal__plan").prefetch_related(
            "indicators", "entities"
        ),
        entries=_action_entries,
        depends_on={Indicator: lambda indicator: [indicator.action]},
    )
)
register(
    Indexer(
        model=ProgressUpdate,
        kind="plans",
        queryset=lambda: ProgressUpdate.objects.select_related("indicator", "country", "period"),
        entries=_update_entries,
    )
)

"""What importing plans' tables would change, worked out before anything is written: the preview
PMT confirm, the command's --dry-run, and the list services.changes_apply() then writes.

How it decides, field by field:
- rows are matched by the plan's code, the goal's number, the action's reference and the
  indicator's code. A field is written only when its value differs from the stored one, so
  importing the same table again changes nothing.
- an import writes the texts of one language: English by default (the table's `_en` fields), or
  the language of a translated table (`_fr`, `_ar`). The other languages' texts are never
  blanked. When an English text changes, its translations are kept and read as outdated until
  someone saves them again (crimex_portal/translations/content.py). `translations` (English
  text -> {language: text}: the seed's) also writes those translations, where it has one.
- a translated table only translates: it creates and removes nothing, and an empty cell leaves
  the stored translation as it is. Only the English table sets the structure: goals, actions,
  their order, participating entities and indicators. Indicators keep their kind, baseline,
  target and unit: the table does not carry them.
- a cell read as one run of text that has the same words as the several points, sources or
  indicators the portal holds is the same content whose layout the file lost (a text or CSV copy
  of the Word table): the portal keeps its division.
- actions, indicators and goals that the English table no longer has are removed, except that an
  indicator with progress updates, or an action linked to CrimEx sessions, is never removed: that
  is a problem, and nothing is imported.
"""

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actionplans.importing import (
    ActionRow,
    IndicatorRow,
    PlanTable,
    PlanTableError,
    Vocabulary,
    at,
    quoted,
    same_words,
)
from actionplans.models import ENTITY_LINKS, Action, ActionPlan, Indicator, StrategicGoal
from actionplans.plan_files import parse_plan_file
from crimex_portal.text import joined, lines_of
from directory.models import Organisation

Translations = Mapping[str, Mapping[str, str]]
CREATED, UPDATED, UNCHANGED, REMOVED = "created", "updated", "unchanged", "removed"
OUTCOME_LABELS = {
    CREATED: gettext_lazy("will be created"),
    UPDATED: gettext_lazy("will be updated"),
    REMOVED: gettext_lazy("will be removed"),
    UNCHANGED: gettext_lazy("unchanged"),
}


def indicator_kind_for(text: str) -> str:
    """A first guess from the wording; PMT staff adjust it, and re-imports keep their choice."""
    lowered = text.lower()
    if lowered.startswith(("number of", "no of", "contacts established")):
        return Indicator.Kind.COUNT
    if lowered.endswith(("established", "is provided")) or lowered.startswith("it liaises"):
        return Indicator.Kind.YES_NO
    if lowered.startswith("share "):
        return Indicator.Kind.TEXT
    return Indicator.Kind.MILESTONE


@dataclass
class Change:
    instance: models.Model
    label: str
    where: str
    outcome: str
    writes: dict[str, object] = field(default_factory=dict)  # field -> value, only what differs
    differences: list[tuple[str, str, str]] = field(default_factory=list)  # field, before, after
    entities: list[Organisation] | None = None  # set after saving, when they differ
    translations_kept: bool = False  # English changed; the other languages' texts were kept

    @property
    def kind(self) -> str:
        return str(self.instance._meta.verbose_name)

    @property
    def outcome_label(self) -> str:
        return str(OUTCOME_LABELS[self.outcome])

    @property
    def fields(self) -> list[str]:
        return [name for name, _before, _after in self.differences]


@dataclass
class PlanChanges:
    plan: ActionPlan
    title: str
    where: str
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(change.outcome == outcome for change in self.changes)

    @property
    def listed(self) -> list[Change]:
        """What the import does: everything but the rows left unchanged."""
        return [change for change in self.changes if change.outcome != UNCHANGED]

    @property
    def translations_kept(self) -> int:
        return sum(change.translations_kept for change in self.changes)

    def summary(self) -> dict[str, int]:
        return {outcome: self.count(outcome) for outcome in (CREATED, UPDATED, REMOVED, UNCHANGED)}


@dataclass
class FileChanges:
    language: str
    plans: list[PlanChanges] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def digest(self) -> str:
        """Names what the import would do: a confirmation applies only the changes it previewed."""
        described = [
            [plan.plan.code, [[c.kind, c.label, c.outcome, c.fields] for c in plan.changes]]
            for plan in self.plans
        ]
        text = json.dumps([self.language, described, self.problems], default=str)
        return hashlib.sha256(text.encode()).hexdigest()

    def count(self, outcome: str) -> int:
        return sum(plan.count(outcome) for plan in self.plans)


def _current(instance: models.Model, name: str):
    try:
        return getattr(instance, name)
    except ObjectDoesNotExist:  # a relation not set yet on a new row
        return None


def _differs(instance: models.Model, name: str, value: object) -> bool:
    if isinstance(value, models.Model):  # a parent: compare ids, without loading the stored one
        return value.pk is None or getattr(instance, instance._meta.get_field(name).attname) != (
            value.pk
        )
    current = _current(instance, name)
    if isinstance(value, str) and current is None:  # an empty translation may be NULL
        return value != ""
    return current != value


def _shown(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 300 else text[:300] + "…"


def keep_layout(incoming: list[str], stored: list[str]) -> list[str]:
    """A cell read as one run of text with the same words as the several points stored: the file
    lost the layout, the portal keeps it."""
    if len(incoming) == 1 and len(stored) > 1 and same_words(incoming, stored):
        return stored
    return incoming


def organisation_names() -> dict[str, Organisation]:
    """Acronyms and names in every language -> organisation; an acronym wins over a name."""
    names: dict[str, Organisation] = {}
    organisations = list(Organisation.objects.all())
    for code, _name in settings.LANGUAGES:
        for organisation in organisations:
            names.setdefault(getattr(organisation, f"name_{code}") or "", organisation)
    for organisation in organisations:
        names[organisation.acronym] = organisation
    names.pop("", None)
    return names


class _Planner:
    def __init__(self, *, language: str, translations: Translations | None, short_title: str):
        self.language = language
        self.english = language == "en"
        self.others = [code for code, _name in settings.LANGUAGES if code != language]
        self.translations = translations
        self.short_title = short_title
        self.now: datetime = timezone.now()
        self.problems: list[str] = []
        self.organisations = Vocabulary(organisation_names() if self.english else {})

    def problem(self, where: str, message: str) -> None:
        self.problems.append(at(where, message))

    # --- values -----------------------------------------------------------------------------

    def text(self, name: str, text: str) -> dict[str, str]:
        values = {f"{name}_{self.language}": text}
        if self.translations is not None and self.english:
            for other in self.others:
                translated = self.translations.get(text, {}).get(other)
                if translated:
                    values[f"{name}_{other}"] = translated
        return values

    def lines(self, name: str, lines: list[str]) -> dict[str, str]:
        values = {f"{name}_{self.language}": "\n".join(lines)}
        if self.translations is not None and self.english and lines:
            for other in self.others:
                translated = [self.translations.get(line, {}).get(other) for line in lines]
                if all(translated):
                    values[f"{name}_{other}"] = "\n".join(translated)
        return values

    def stored_lines(self, instance: models.Model, name: str) -> list[str]:
        return lines_of(getattr(instance, f"{name}_{self.language}") or "") if instance.pk else []

    def change(
        self,
        instance: models.Model,
        values: dict[str, object],
        *,
        label: str,
        where: str,
        entities: list[Organisation] | None = None,
    ) -> Change:
        created = instance.pk is None
        writes = {name: val for name, val in values.items() if _differs(instance, name, val)}
        for name, value in writes.items():
            limit = getattr(instance._meta.get_field(name), "max_length", None)
            if isinstance(value, str) and limit and len(value) > limit:
                self.problem(
                    where,
                    _("the %(field)s has %(count)s characters; at most %(limit)s.")
                    % {
                        "field": instance._meta.get_field(name).verbose_name,
                        "count": f"{len(value):,}",
                        "limit": limit,
                    },
                )
        differences = [
            (
                str(instance._meta.get_field(name).verbose_name),
                _shown(_current(instance, name)),
                _shown(value),
            )
            for name, value in ({} if created else writes).items()
        ]
        if entities is not None:
            before = instance.ordered_entities if not created else []
            if [organisation.pk for organisation in before] == [o.pk for o in entities]:
                entities = None
            else:
                differences.append(
                    (
                        str(Action._meta.get_field("entities").verbose_name),
                        ", ".join(organisation.acronym for organisation in before),
                        ", ".join(organisation.acronym for organisation in entities),
                    )
                )
        kept = not created and self.english and self._translations_kept(instance, writes)
        return Change(
            instance=instance,
            label=label,
            where=where,
            outcome=CREATED if created else UPDATED if differences else UNCHANGED,
            writes=values if created else writes,
            differences=differences,
            entities=entities,
            translations_kept=kept,
        )

    def _translations_kept(self, instance: models.Model, writes: Mapping[str, object]) -> bool:
        """An English text changes and a translation of it stays as it was."""
        for name in writes:
            if not name.endswith("_en"):
                continue
            base = name.removesuffix("_en")
            for other in self.others:
                try:
                    instance._meta.get_field(f"{base}_{other}")
                except FieldDoesNotExist:
                    break
                if getattr(instance, f"{base}_{other}") and f"{base}_{other}" not in writes:
                    return True
        return False

    # --- rows --------------------------------------------------------------------------------

    def plan(self, table: PlanTable) -> PlanChanges | None:
        plan = ActionPlan.objects.filter(code=table.code).first()
        if plan is None:
            if not self.english:
                self.problem(
                    table.where,
                    _("Action Plan %(code)s is not in the portal: import its English table first.")
                    % {"code": table.code},
                )
                return None
            plan = ActionPlan(code=table.code)
        result = PlanChanges(plan=plan, title=table.title, where=table.where, notes=table.notes)
        values = self.text("title", table.title)
        if self.short_title:
            values.update(self.text("short_title", self.short_title))
        elif plan.pk is None:
            values["short_title_en"] = table.title[:150]
        result.changes.append(self.change(plan, values, label=str(plan), where=table.where))

        goals = {goal.number: goal for goal in plan.goals.all()} if plan.pk else {}
        actions = {}
        if plan.pk:
            actions = {
                action.reference: action
                for action in Action.objects.filter(goal__plan=plan).prefetch_related(
                    ENTITY_LINKS,
                    Prefetch("indicators", Indicator.objects.order_by("order", "code")),
                )
            }
        used_goals: dict[int, StrategicGoal] = {}
        used_actions: set[str] = set()
        for order, row in enumerate(table.actions, start=1):
            goal = used_goals.get(row.goal_number)
            if goal is None:
                goal = self.goal(result, goals, row)
                if goal is None:
                    continue
                used_goals[row.goal_number] = goal
            action = actions.get(row.reference)
            if action is None and not self.english:
                self.problem(
                    row.where,
                    _(
                        "action %(reference)s is not in Action Plan %(code)s: import the English "
                        "table first."
                    )
                    % {"reference": row.reference, "code": plan.code},
                )
                continue
            self.action(result, action or Action(reference=row.reference), goal, order, row)
            used_actions.add(row.reference)
        if self.english:
            self.removals(result, goals, used_goals, actions, used_actions)
        return result

    def goal(
        self, result: PlanChanges, goals: dict[int, StrategicGoal], row: ActionRow
    ) -> StrategicGoal | None:
        goal = goals.get(row.goal_number)
        if goal is None:
            if not self.english:
                self.problem(
                    row.where,
                    _("goal %(number)s is not in the plan: import the English table first.")
                    % {"number": row.goal_number},
                )
                return None
            goal = StrategicGoal(plan=result.plan, number=row.goal_number)
        # The parent again: set on a new row before its parent was saved, its id is still empty.
        values = {"plan": result.plan} if self.english else {}
        result.changes.append(
            self.change(
                goal,
                {**values, **self.text("title", row.goal_title)},
                label=f"{row.goal_number}. {row.goal_title}",
                where=row.where,
            )
        )
        return goal

    def action(
        self, result: PlanChanges, action: Action, goal: StrategicGoal, order: int, row: ActionRow
    ) -> None:
        values: dict[str, object] = {"goal": goal, "order": order} if self.english else {}
        stored = []
        if action.pk and getattr(action, f"description_{self.language}"):
            stored = [
                getattr(action, f"description_{self.language}"),
                *self.stored_lines(action, "sub_points"),
            ]
        points = keep_layout([row.description, *row.sub_points], stored)
        values.update(self.text("description", points[0]))
        values.update(self.lines("sub_points", points[1:]))
        if self.english or row.data_sources:
            sources = keep_layout(row.data_sources, self.stored_lines(action, "data_sources"))
            values.update(self.lines("data_sources", sources))
        if self.english or row.observation:
            values.update(self.text("observation", row.observation))
        entities = None
        if self.english:
            entities, left = self.organisations.match(row.entities)
            for words in left:
                self.problem(
                    row.where,
                    _("%(words)s matches no organisation of the directory.")
                    % {"words": quoted(words)},
                )
        result.changes.append(
            self.change(action, values, label=row.reference, where=row.where, entities=entities)
        )
        self.indicators(result, action, row)

    def indicators(self, result: PlanChanges, action: Action, row: ActionRow) -> None:
        stored = list(action.indicators.all()) if action.pk else []
        incoming = row.indicators
        texts = [getattr(indicator, f"text_{self.language}") for indicator in stored]
        flat = len(incoming) == 1 and incoming[0].code == row.reference
        if flat and len(stored) > 1 and same_words([incoming[0].text], texts):
            incoming = [IndicatorRow(i.code, text) for i, text in zip(stored, texts, strict=True)]
        by_code = {indicator.code: indicator for indicator in stored}
        if flat and not self.english and len(stored) == 1:
            by_code = {row.reference: stored[0]}  # the one indicator, whatever its code
        for position, indicator_row in enumerate(incoming, start=1):
            indicator = by_code.get(indicator_row.code)
            if indicator is None:
                if not self.english:
                    self.problem(
                        row.where,
                        _(
                            "indicator %(code)s is not in the plan (action %(reference)s has "
                            "%(codes)s): write each indicator on its own line or with its code."
                        )
                        % {
                            "code": indicator_row.code,
                            "reference": row.reference,
                            "codes": joined(by_code, isolate=True) or "-",
                        },
                    )
                    continue
                indicator = Indicator(
                    action=action,
                    code=indicator_row.code,
                    kind=indicator_kind_for(indicator_row.text),
                )
            values: dict[str, object] = (
                {"action": action, "order": position} if self.english else {}
            )
            values.update(self.text("text", indicator_row.text))
            result.changes.append(
                self.change(indicator, values, label=indicator_row.code, where=row.where)
            )
        if self.english:
            kept = {indicator_row.code for indicator_row in incoming}
            gone = [indicator for indicator in stored if indicator.code not in kept]
            reported = [indicator.code for indicator in gone if indicator.updates.exists()]
            if reported:
                self.problem(
                    row.where,
                    _(
                        "indicators %(codes)s have progress updates and cannot be removed; keep "
                        "them in the table."
                    )
                    % {"codes": joined(reported, isolate=True)},
                )
            result.changes += [self.removal(indicator, indicator.code) for indicator in gone]

    def removal(self, instance: models.Model, label: str) -> Change:
        return Change(
            instance=instance,
            label=label,
            where=_("not in the file"),
            outcome=REMOVED,
        )

    def removals(
        self,
        result: PlanChanges,
        goals: dict[int, StrategicGoal],
        used_goals: dict[int, StrategicGoal],
        actions: dict[str, Action],
        used_actions: set[str],
    ) -> None:
        """Rows of the plan the table no longer has, after every update: an action moved to
        another goal is not removed with its old goal."""
        for reference, action in actions.items():
            if reference in used_actions:
                continue
            where = _("Action %(reference)s") % {"reference": reference}
            if Indicator.objects.filter(action=action, updates__isnull=False).exists():
                self.problem(
                    where,
                    _("it has progress updates and cannot be removed; keep it in the table."),
                )
            if action.sessions.exists():
                self.problem(
                    where,
                    _(
                        "it is linked to CrimEx sessions and cannot be removed; keep it in the "
                        "table."
                    ),
                )
            result.changes += [
                self.removal(indicator, indicator.code) for indicator in action.indicators.all()
            ]
            result.changes.append(self.removal(action, reference))
        for number, goal in goals.items():
            if number not in used_goals:
                result.changes.append(self.removal(goal, str(goal)))


def plan_changes(
    *,
    tables: list[PlanTable],
    language: str = "en",
    translations: Translations | None = None,
    short_title: str = "",
    notes: list[str] | None = None,
) -> FileChanges:
    """What importing these tables would change; reads only."""
    if language not in {code for code, _name in settings.LANGUAGES}:
        raise PlanTableError([_("Unknown language: %(language)s.") % {"language": language}])
    planner = _Planner(language=language, translations=translations, short_title=short_title)
    result = FileChanges(language=language, notes=list(notes or []))
    for table in tables:
        plan = planner.plan(table)
        if plan is not None:
            result.plans.append(plan)
    result.problems = planner.problems
    return result


def plan_file_changes(*, data: bytes, filename: str, language: str = "en") -> FileChanges:
    """What importing this file would change, with every problem; reads only."""
    try:
        parsed = parse_plan_file(data, filename)
    except PlanTableError as error:
        return FileChanges(language=language, problems=error.problems)
    return plan_changes(tables=parsed.tables, language=language, notes=parsed.notes)

from collections import Counter
from collections.abc import Mapping

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.db.models import Q
from django.forms.models import model_to_dict
from django.utils import timezone
from django.utils.translation import gettext as _

from actionplans.importing import PlanTable, PlanTableError
from actionplans.models import (
    Action,
    ActionPlan,
    Indicator,
    ProgressUpdate,
    ProgressUpdateRevision,
    ReportingPeriod,
    StrategicGoal,
)
from directory.models import Organisation

Translations = Mapping[str, Mapping[str, str]]


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


def _translated(field: str, english: str, translations: Translations) -> dict[str, str]:
    values = {f"{field}_en": english}
    for language in ("fr", "ar"):
        values[f"{field}_{language}"] = translations.get(english, {}).get(language, "")
    return values


def _translated_lines(field: str, lines: list[str], translations: Translations) -> dict[str, str]:
    values = {f"{field}_en": "\n".join(lines)}
    for language in ("fr", "ar"):
        values[f"{field}_{language}"] = "\n".join(
            translations.get(line, {}).get(language, "") for line in lines
        ).strip("\n")
    return values


def _current(instance, name: str):
    try:
        return getattr(instance, name)
    except ObjectDoesNotExist:  # a relation not set yet on a new row
        return None


def _set(instance, values: Mapping, tally: Counter) -> None:
    """Saves only what differs, and counts it as load_seed_content reports it."""
    created = instance.pk is None
    changed = [name for name, value in values.items() if _current(instance, name) != value]
    for name in changed:
        setattr(instance, name, values[name])
    if changed or created:
        instance.full_clean()
        instance.save()
    outcome = "created" if created else "updated" if changed else "unchanged"
    tally[f"{instance._meta.verbose_name_plural} {outcome}"] += 1


def _organisations_by_name() -> dict[str, Organisation]:
    names = {}
    for organisation in Organisation.objects.all():
        names[organisation.acronym.casefold()] = organisation
        names[organisation.name_en.casefold()] = organisation
    return names


@transaction.atomic
def plan_import(
    *,
    table: PlanTable,
    translations: Translations | None = None,
    short_title: str = "",
    tally: Counter | None = None,
) -> ActionPlan:
    """Creates or updates the plan from its table, in one transaction: a bad row imports nothing.
    Importing the same table again changes nothing."""
    translations = translations or {}
    tally = Counter() if tally is None else tally
    organisations = _organisations_by_name()
    problems = [
        f"Line {row.line}: “{entity}” is not an organisation of the directory."
        for row in table.actions
        for entity in row.entities
        if entity.casefold() not in organisations
    ]
    if problems:
        raise PlanTableError(problems)

    plan = ActionPlan.objects.filter(code=table.code).first() or ActionPlan(code=table.code)
    _set(
        plan,
        {
            **_translated("title", table.title, translations),
            **(
                _translated("short_title", short_title, translations)
                if short_title
                else {}
                if plan.pk
                else {"short_title_en": table.title[:150]}
            ),
        },
        tally,
    )
    kept_actions = []
    for order, row in enumerate(table.actions, start=1):
        goal = StrategicGoal.objects.filter(plan=plan, number=row.goal_number).first() or (
            StrategicGoal(plan=plan, number=row.goal_number)
        )
        _set(goal, _translated("title", row.goal_title, translations), tally)
        action = Action.objects.filter(goal__plan=plan, reference=row.reference).first() or (
            Action(reference=row.reference)
        )
        _set(
            action,
            {
                "goal": goal,
                "order": order,
                **_translated("description", row.description, translations),
                **_translated_lines("sub_points", row.sub_points, translations),
                **_translated_lines("data_sources", row.data_sources, translations),
                **_translated("observation", row.observation, translations),
            },
            tally,
        )
        action.entities.set([organisations[name.casefold()] for name in row.entities])
        kept_indicators = []
        for position, indicator_row in enumerate(row.indicators, start=1):
            indicator = Indicator.objects.filter(action=action, code=indicator_row.code).first()
            if indicator is None:
                indicator = Indicator(
                    action=action,
                    code=indicator_row.code,
                    kind=indicator_kind_for(indicator_row.text),
                )
            _set(
                indicator,
                {"order": position, **_translated("text", indicator_row.text, translations)},
                tally,
            )
            kept_indicators.append(indicator.pk)
        _remove(Indicator.objects.filter(action=action).exclude(pk__in=kept_indicators), row.line)
        kept_actions.append(action.pk)
    _remove_actions(plan, kept_actions)
    StrategicGoal.objects.filter(plan=plan, actions__isnull=True).delete()
    return plan


def _remove(indicators, line: int) -> None:
    reported = indicators.filter(updates__isnull=False).distinct()
    if reported.exists():
        codes = ", ".join(indicators.values_list("code", flat=True))
        raise PlanTableError(
            [
                f"Line {line}: indicators {codes} have progress updates and cannot "
                "be removed; keep them in the table."
            ]
        )
    indicators.delete()


def _remove_actions(plan: ActionPlan, kept: list[int]) -> None:
    gone = Action.objects.filter(goal__plan=plan).exclude(pk__in=kept)
    if Indicator.objects.filter(action__in=gone, updates__isnull=False).exists():
        references = ", ".join(gone.values_list("reference", flat=True))
        raise PlanTableError([f"Actions {references} have progress updates and cannot be removed."])
    gone.delete()


# --- Progress updates: draft -> submitted -> approved / returned ---------------------------------

EDITABLE_FIELDS = (
    "value",
    "status",
    "narrative",
    "evidence_file",
    "evidence_url",
    "evidence_session",
    "evidence_document",
)


def _record_revision(update: ProgressUpdate, *, by, change: str) -> None:
    snapshot = model_to_dict(
        update,
        fields=[*EDITABLE_FIELDS, "review", "review_comment", "indicator", "period", "country"],
    )
    snapshot["value"] = None if update.value is None else str(update.value)
    snapshot["evidence_file"] = update.evidence_file.name or ""
    ProgressUpdateRevision.objects.create(
        update=update, changed_by=by, change=change, snapshot=snapshot
    )


def _check_open(period: ReportingPeriod) -> None:
    if period.is_locked:
        raise ValidationError(
            _("The period %(period)s is locked: it takes no more updates.") % {"period": period}
        )


@transaction.atomic
def progress_update_create(
    *, author, indicator: Indicator, period: ReportingPeriod, country=None, **fields
) -> ProgressUpdate:
    _check_open(period)
    open_update = ProgressUpdate.objects.filter(
        Q(review=ProgressUpdate.Review.DRAFT)
        | Q(review=ProgressUpdate.Review.SUBMITTED)
        | Q(review=ProgressUpdate.Review.RETURNED),
        indicator=indicator,
        period=period,
        country=country,
    ).first()
    if open_update:
        raise ValidationError(
            _(
                "An update for this indicator, period and country is already "
                "being prepared: continue that one."
            )
        )
    update = ProgressUpdate(
        author=author,
        indicator=indicator,
        period=period,
        country=country,
        **{name: value for name, value in fields.items() if name in EDITABLE_FIELDS},
    )
    update.full_clean()
    update.save()
    _record_revision(update, by=author, change="created")
    return update


def _lock(update: ProgressUpdate) -> ProgressUpdate:
    return ProgressUpdate.objects.select_for_update().select_related("period").get(pk=update.pk)


@transaction.atomic
def progress_update_edit(*, update: ProgressUpdate, by, **fields) -> ProgressUpdate:
    update = _lock(update)
    _check_open(update.period)
    if update.author_id != by.pk:
        raise ValidationError(_("Only the coordinator who wrote this update can change it."))
    if update.review not in (ProgressUpdate.Review.DRAFT, ProgressUpdate.Review.RETURNED):
        raise ValidationError(_("A submitted or approved update cannot be changed."))
    for name, value in fields.items():
        if name in EDITABLE_FIELDS:
            setattr(update, name, value)
    update.full_clean()
    update.save()
    _record_revision(update, by=by, change="edited")
    return update


@transaction.atomic
def progress_update_submit(*, update: ProgressUpdate, by) -> ProgressUpdate:
    update = _lock(update)
    _check_open(update.period)
    if update.author_id != by.pk:
        raise ValidationError(_("Only the coordinator who wrote this update can submit it."))
    if update.review not in (ProgressUpdate.Review.DRAFT, ProgressUpdate.Review.RETURNED):
        raise ValidationError(_("This update was already submitted."))
    update.review = ProgressUpdate.Review.SUBMITTED
    update.submitted_at = timezone.now()
    update.save(update_fields=["review", "submitted_at", "updated_at"])
    _record_revision(update, by=by, change="submitted")
    return update


SELF_REVIEW_REFUSED = _("You wrote this update: another member of PMT staff reviews it.")


@transaction.atomic
def progress_update_review(
    *, update: ProgressUpdate, by, approve: bool, comment: str = ""
) -> ProgressUpdate:
    update = _lock(update)
    _check_open(update.period)
    if update.review != ProgressUpdate.Review.SUBMITTED:
        raise ValidationError(_("Only a submitted update can be reviewed."))
    if update.author_id == by.pk:  # four eyes: the author never approves their own figures
        raise ValidationError(SELF_REVIEW_REFUSED)
    if not approve and not comment.strip():
        raise ValidationError(_("Say why the update is returned: the coordinator will read it."))
    update.review = ProgressUpdate.Review.APPROVED if approve else ProgressUpdate.Review.RETURNED
    update.review_comment = comment.strip()
    update.reviewed_by = by
    update.reviewed_at = timezone.now()
    update.save(
        update_fields=["review", "review_comment", "reviewed_by", "reviewed_at", "updated_at"]
    )
    _record_revision(update, by=by, change="approved" if approve else "returned")
    return update


@transaction.atomic
def period_lock(*, period: ReportingPeriod, locked: bool = True) -> ReportingPeriod:
    period.is_locked = locked
    period.save(update_fields=["is_locked"])
    return period

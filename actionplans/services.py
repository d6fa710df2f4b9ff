import re
import uuid
from collections import Counter
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Model, Q
from django.forms.models import model_to_dict
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from actionplans import notices
from actionplans.import_changes import (
    REMOVED,
    Change,
    FileChanges,
    Translations,
    plan_changes,
    plan_file_changes,
)
from actionplans.importing import PlanTable, PlanTableError, at
from actionplans.models import (
    ActionPlan,
    Indicator,
    ProgressUpdate,
    ProgressUpdateRevision,
    ReportingPeriod,
)
from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.uploads import private_storage

# --- Importing plans: read (importing.py), plan the changes (import_changes.py), apply -----------


class PlanChangedError(Exception):
    """The plan's rows changed between the preview and the confirmation."""

    def __init__(self, changes: FileChanges) -> None:
        super().__init__("The import would now make other changes than those previewed.")
        self.changes = changes


def _apply(change: Change) -> None:
    instance = change.instance
    if change.outcome == REMOVED:
        instance.delete()
        return
    if change.writes:
        for name, value in change.writes.items():
            setattr(instance, name, value)
        # full_clean(), except that a parent set here, a row this import has just read or saved,
        # is not looked up again (a query per row); the unique constraints are all checked.
        parents = [name for name, value in change.writes.items() if isinstance(value, Model)]
        try:
            instance.clean_fields(exclude=parents)
            instance.clean()
            instance.validate_unique()
            instance.validate_constraints()
        except ValidationError as error:  # import_changes checks lengths; this is the backstop
            raise PlanTableError([at(change.where, " ".join(error.messages))]) from error
        instance.save()
    if change.entities is not None:
        instance.set_entities(change.entities)


@transaction.atomic
def changes_apply(changes: FileChanges, *, tally: Counter | None = None) -> list[ActionPlan]:
    """Writes what plan_changes() worked out, in one transaction: problems import nothing."""
    if changes.problems:
        raise PlanTableError(changes.problems)
    tally = Counter() if tally is None else tally
    for plan in changes.plans:
        for change in plan.changes:
            _apply(change)
            tally[f"{change.instance._meta.verbose_name_plural} {change.outcome}"] += 1
    return [plan.plan for plan in changes.plans]


@transaction.atomic
def plan_import(
    *,
    table: PlanTable,
    translations: Translations | None = None,
    short_title: str = "",
    tally: Counter | None = None,
    language: str = "en",
) -> ActionPlan:
    """Creates or updates the plan from its table, in one transaction: a bad row imports nothing.
    Importing the same table again changes nothing; see import_changes.py for what is written."""
    changes = plan_changes(
        tables=[table], language=language, translations=translations, short_title=short_title
    )
    return changes_apply(changes, tally=tally)[0]


@transaction.atomic
def plan_file_import(
    *,
    data: bytes,
    filename: str,
    language: str = "en",
    dry_run: bool = False,
    expected_digest: str | None = None,
    request: HttpRequest | None = None,
    via: str = "command",
) -> FileChanges:
    """Imports every plan of a .docx, .xlsx, .csv or .tsv file in one transaction, and records it
    in the audit trail. With `expected_digest` (the preview's), applies only the changes that were
    previewed; PlanChangedError otherwise."""
    changes = plan_file_changes(data=data, filename=filename, language=language)
    if changes.problems:
        raise PlanTableError(changes.problems)
    if expected_digest is not None and changes.digest != expected_digest:
        raise PlanChangedError(changes)
    if dry_run:
        return changes
    changes_apply(changes)
    for plan in changes.plans:
        record_event(
            action=AuditEvent.Action.PLAN_IMPORTED,
            request=request,
            target=plan.plan,
            file=filename[:200],
            language=language,
            via=via,
            **plan.summary(),
        )
    return changes


# An upload waiting for its confirmation: in private storage, under a name the portal made.
PENDING_FOLDER = "actionplans/imports"
PENDING_NAME = re.compile(r"^actionplans/imports/[0-9a-f]{32}\.(?:docx|xlsx|csv|tsv|txt)$")
PENDING_MAX_AGE = timedelta(days=1)


def pending_plan_file_save(*, data: bytes, suffix: str) -> str:
    """Keeps an uploaded file until PMT confirm its import; returns its name."""
    _pending_cleanup()
    name = f"{PENDING_FOLDER}/{uuid.uuid4().hex}{suffix.lower()}"
    if not PENDING_NAME.match(name):
        raise ValueError(f"Not a plan file suffix: {suffix!r}")
    return private_storage().save(name, ContentFile(data))


def pending_plan_file_read(name: str) -> bytes | None:
    """The waiting file, or None; only names of the portal's own making are opened."""
    storage = private_storage()
    if not PENDING_NAME.match(name or "") or not storage.exists(name):
        return None
    with storage.open(name, "rb") as file:
        return file.read()


def pending_plan_file_delete(name: str) -> None:
    if PENDING_NAME.match(name or ""):
        private_storage().delete(name)


def _pending_cleanup() -> None:
    """Uploads nobody confirmed within a day."""
    storage = private_storage()
    try:
        _folders, files = storage.listdir(PENDING_FOLDER)
    except FileNotFoundError:
        return
    for filename in files:
        name = f"{PENDING_FOLDER}/{filename}"
        if PENDING_NAME.match(name) and (
            timezone.now() - storage.get_modified_time(name) > PENDING_MAX_AGE
        ):
            storage.delete(name)


# --- Progress updates: draft -> submitted -> approved / returned ---------------------------------

EDITABLE_FIELDS = (
    "value",
    "status",
    "narrative",
    "evidence_file",
    "evidence_url",
    "evidence_session",
    "evidence_document",
    "evidence_followup",
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
    notices.update_submitted(update)
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
    notices.update_reviewed(update)
    return update


@transaction.atomic
def period_lock(*, period: ReportingPeriod, locked: bool = True) -> ReportingPeriod:
    period.is_locked = locked
    period.save(update_fields=["is_locked"])
    return period

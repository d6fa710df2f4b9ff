from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from followups.models import FollowUp, FollowUpChange

UPDATE_ANY = "followups.update_any_followup"


def can_update_followup(user, followup: FollowUp) -> bool:
    """PMT staff, the member who owns it, and the members of the owning country or organisation.
    Read from the follow-up in the database, never from what a form says."""
    if not user.is_authenticated:
        return False
    if user.has_perm(UPDATE_ANY):
        return True
    if followup.owner_member_id is not None:
        return followup.owner_member_id == user.pk
    if followup.owner_country_id is not None:
        return followup.owner_country_id == user.country_id
    if followup.owner_organisation_id is not None:
        return followup.owner_organisation_id == user.organisation_id
    return False


@transaction.atomic
def followup_status_update(
    *, followup: FollowUp, by, status: str, note: str = "", request=None
) -> FollowUp:
    followup = FollowUp.objects.select_for_update().get(pk=followup.pk)
    if not can_update_followup(by, followup):
        raise PermissionDenied
    if status not in FollowUp.Status.values:
        raise ValidationError(_("Choose a status from the list."))
    note = note.strip()
    if status == followup.status and note == followup.status_note:
        return followup
    if status == FollowUp.Status.DROPPED and not note:
        raise ValidationError(_("Say why the follow-up is dropped."))
    followup.status = status
    followup.status_note = note
    followup.status_changed_at = timezone.now()
    followup.full_clean()
    followup.save(update_fields=["status", "status_note", "status_changed_at", "updated_at"])
    FollowUpChange.objects.create(
        followup=followup,
        changed_by=by,
        changed_at=followup.status_changed_at,
        status=status,
        note=note,
    )
    record_event(
        action=AuditEvent.Action.OTHER,
        request=request,
        actor=by,
        target=followup,
        change="followup status",
        status=status,
    )
    return followup


def followup_status_recorded(*, followup: FollowUp, by) -> FollowUpChange:
    """PMT set the status in the admin: the change is kept like one made on the portal."""
    now = timezone.now()
    FollowUp.objects.filter(pk=followup.pk).update(status_changed_at=now)
    return FollowUpChange.objects.create(
        followup=followup,
        changed_by=by,
        changed_at=now,
        status=followup.status,
        note=followup.status_note,
    )

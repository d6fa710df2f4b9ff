import datetime

from django.db import transaction
from django.utils import timezone

from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.revisions import differences, snapshot
from directory.models import Contact, ContactRevision, OutdatedReport

# What a member linked to a contact may change of it themselves.
SELF_EDITABLE_FIELDS = ("title", "function", "email", "phone", "mobile", "address", "languages")


@transaction.atomic
def contact_update(*, contact: Contact, by, **fields) -> Contact:
    """Saves the changes and keeps what changed, from what to what, by whom."""
    names = list(fields)
    # From the database: a model form has already written its values onto the instance.
    before = snapshot(Contact.objects.get(pk=contact.pk), names)
    languages = fields.pop("languages", None)
    for name, value in fields.items():
        setattr(contact, name, value)
    contact.full_clean()
    contact.save()
    if languages is not None:
        contact.languages.set(languages)
    changes = differences(before, snapshot(contact, names))
    if changes:
        ContactRevision.objects.create(contact=contact, changed_by=by, changes=changes)
    return contact


@transaction.atomic
def contact_self_update(*, contact: Contact, user, **fields) -> Contact:
    if contact.user_id != user.pk:
        raise PermissionError("Members edit only the entry linked to their own account.")
    unknown = set(fields) - set(SELF_EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable by the member: {sorted(unknown)}")
    return contact_update(contact=contact, by=user, **fields)


@transaction.atomic
def contact_consent_record(*, contact: Contact, by, date: datetime.date | None = None) -> Contact:
    return contact_update(
        contact=contact, by=by, consent_date=date or timezone.localdate(), consent_recorded_by=by
    )


@transaction.atomic
def contact_verified(*, contact: Contact, by) -> Contact:
    return contact_update(contact=contact, by=by, last_verified=timezone.localdate())


@transaction.atomic
def outdated_report_create(*, contact: Contact, by, comment: str) -> OutdatedReport:
    report = OutdatedReport(contact=contact, reported_by=by, comment=comment.strip())
    report.full_clean()
    report.save()
    from directory.notices import outdated_reported

    outdated_reported(report)
    return report


@transaction.atomic
def outdated_report_resolve(*, report: OutdatedReport, by) -> OutdatedReport:
    if report.resolved_at is None:
        report.resolved_at = timezone.now()
        report.resolved_by = by
        report.save(update_fields=["resolved_at", "resolved_by"])
    return report


def record_contact_view(*, request, contact: Contact) -> None:
    record_event(action=AuditEvent.Action.DIRECTORY_ENTRY_VIEWED, request=request, target=contact)

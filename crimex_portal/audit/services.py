import ipaddress
from typing import Any

from allauth.account.adapter import get_adapter as get_account_adapter
from django.contrib.admin.models import LogEntry
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db import models, transaction
from django.http import HttpRequest

from crimex_portal.audit.models import AuditEvent

TEXT_LIMIT = 255


@transaction.atomic
def record_event(
    *,
    action: AuditEvent.Action | str,
    request: HttpRequest | None = None,
    actor: AbstractBaseUser | None = None,
    actor_email: str = "",
    target: models.Model | None = None,
    **details: Any,
) -> AuditEvent:
    """Store one audit event; the actor defaults to the request's authenticated user.

    `actor_email` names someone without an account, such as the address tried in a failed login.
    """
    target_type = target_id = None
    target_repr = ""
    if target is not None:
        target_type = ContentType.objects.get_for_model(target, for_concrete_model=False)
        target_id = target.pk
        target_repr = str(target)
    return _store_event(
        action=action,
        request=request,
        actor=actor,
        actor_email=actor_email,
        target_type=target_type,
        target_id=target_id,
        target_repr=target_repr,
        details=details,
    )


@transaction.atomic
def record_admin_change(*, entry: LogEntry) -> AuditEvent:
    """Copy an entry of the admin's own history into the audit trail."""
    return _store_event(
        action=AuditEvent.Action.ADMIN_CHANGE,
        request=None,
        actor=entry.user,
        actor_email="",
        target_type=ContentType.objects.get_for_id(entry.content_type_id)
        if entry.content_type_id
        else None,
        target_id=entry.object_id,
        target_repr=entry.object_repr,
        details={"action_flag": entry.action_flag, "change_message": entry.get_change_message()},
    )


def record_people_listed(
    *, request: HttpRequest, page: str, target: models.Model | None = None, **ids: list[int]
) -> AuditEvent | None:
    """One event for a page that lists people, with the ids of those it showed (contacts=[...],
    users=[...]); a page that shows nobody records nothing."""
    if not any(ids.values()):
        return None
    return record_event(
        action=AuditEvent.Action.PERSONAL_DATA_LISTED,
        request=request,
        target=target,
        page=page,
        **ids,
    )


def latest_ids() -> tuple[int, int]:
    """(newest admin log entry, newest audit event): what exists before an admin action runs."""
    return (
        LogEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
        AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
    )


@transaction.atomic
def record_admin_changes_since(*, user: AbstractBaseUser, since: tuple[int, int]) -> int:
    """Copies the user's admin log entries written since `latest_ids()` was taken that are not
    in the trail yet. Django writes the entries of a bulk deletion with bulk_create(), which sends
    no post_save: without this, deleting several objects at once would leave no audit event.
    Returns how many events were recorded."""
    since_entry, since_event = since
    recorded = set(
        AuditEvent.objects.filter(
            pk__gt=since_event, actor=user, action=AuditEvent.Action.ADMIN_CHANGE
        ).values_list("target_type_id", "target_id", "details__action_flag")
    )
    entries = LogEntry.objects.filter(pk__gt=since_entry, user=user).order_by("pk")
    missing = [
        entry
        for entry in entries
        if (entry.content_type_id, entry.object_id, entry.action_flag) not in recorded
    ]
    for entry in missing:
        record_admin_change(entry=entry)
    return len(missing)


def _store_event(
    *,
    action: AuditEvent.Action | str,
    request: HttpRequest | None,
    actor: AbstractBaseUser | None,
    actor_email: str,
    target_type: ContentType | None,
    target_id: Any,
    target_repr: str,
    details: dict[str, Any],
) -> AuditEvent:
    if actor is None and request is not None:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            actor = user
    if actor is not None and not actor_email:
        actor_email = getattr(actor, actor.get_email_field_name(), "") or ""
    event = AuditEvent(
        actor=actor,
        actor_email=actor_email[: AuditEvent._meta.get_field("actor_email").max_length],
        action=action,
        target_type=target_type,
        target_id="" if target_id is None else str(target_id)[:TEXT_LIMIT],
        target_repr=target_repr[:TEXT_LIMIT],
        ip_address=_client_address(request),
        user_agent=(request.META.get("HTTP_USER_AGENT", "") if request else "")[:TEXT_LIMIT],
        details=details,
    )
    # The actor and the target type are instances already loaded: checking that they exist would
    # only cost a query each.
    event.full_clean(exclude=("actor", "target_type"))
    event.save()
    return event


def _client_address(request: HttpRequest | None) -> str | None:
    # The address the login rate limits count too: allauth's get_client_ip(), which reads
    # X-Forwarded-For only as far as ALLAUTH_TRUSTED_PROXY_COUNT (CRIMEX_TRUSTED_PROXY_COUNT)
    # proxies wrote it, and REMOTE_ADDR otherwise.
    if request is None:
        return None
    try:
        return str(ipaddress.ip_address(get_account_adapter(request).get_client_ip(request)))
    # No address at all (a Unix socket), or fewer X-Forwarded-For entries than trusted proxies.
    except (PermissionDenied, ImproperlyConfigured, ValueError):
        return None

"""Notifications: one per event and recipient, in the recipient's language, on My CrimEx and by
e-mail through the outbox (at once or in a daily digest, as the member chose per kind).

    notify(kind="followup_due", key=f"followup_due:{followup.pk}", recipients=[user],
           text=_("“%(what)s” is due on %(date)s."), params={...},
           url_name="followups:detail", url_args=[followup.pk])

`text` is a lazy string with %-placeholders, rendered per recipient in their language; `params`
values may be lazy strings or callables of no argument (called in that language too)."""

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from crimex_portal.mail import language_of
from crimex_portal.notifications.kinds import KINDS
from crimex_portal.notifications.models import Notification, NotificationPreference
from crimex_portal.notifications.services import Recipient, queue_and_send

Frequency = NotificationPreference.Frequency
# A digest gathers what the last two days left unsent (a missed run is caught up once).
DIGEST_LOOKBACK = datetime.timedelta(days=2)


def users_with_perm(perm: str) -> QuerySet:
    """Active users holding the permission through a group, directly, or as superusers."""
    app_label, codename = perm.split(".", 1)
    permission = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    User = get_user_model()
    holders = Q(is_superuser=True)
    if permission is not None:
        holders |= Q(groups__permissions=permission) | Q(user_permissions=permission)
    return User.objects.filter(holders, is_active=True).distinct()


def frequency_for(user, kind: str) -> str:
    if KINDS[kind].mandatory:
        return Frequency.IMMEDIATELY
    preference = NotificationPreference.objects.filter(user=user, kind=kind).first()
    return preference.frequency if preference else Frequency.IMMEDIATELY


def _render(value: Any) -> Any:
    """A parameter in the recipient's language: callables are called, lazy strings rendered."""
    if callable(value):
        return value()
    return value if isinstance(value, int | float) else str(value)


def _absolute(link: str) -> str:
    return settings.CRIMEX_SITE_URL.rstrip("/") + link if link else ""


def _in_language(language: str, text: str) -> dict[str, str]:
    """The outbox wants an English text (its fallback): the message is in one language only,
    which it also names, so every delivery is rendered in it."""
    return {settings.LANGUAGE_CODE: text, language: text}


def _preferences_line() -> str:
    return _("Choose how you hear of this on your notification preferences: %(url)s") % {
        "url": _absolute(reverse("mycrimex:preferences"))
    }


def notify(
    *,
    kind: str,
    key: str,
    recipients: Iterable,
    text: Any,
    params: Mapping[str, Any] | None = None,
    url_name: str = "",
    url_args: Iterable = (),
    exclude: Iterable[int] = (),
) -> list[Notification]:
    """Creates each recipient's notification once (a second call with the same key does
    nothing for them) and e-mails it at once when their preference says so."""
    if kind not in KINDS:
        raise ValueError(f"Unknown notification kind: {kind!r}")
    excluded = set(exclude)
    made = []
    for user in {user.pk: user for user in recipients}.values():
        if user.pk in excluded or not user.email:
            continue
        language = language_of(user)
        with translation.override(language):
            rendered = str(text) % {name: _render(value) for name, value in (params or {}).items()}
            link = reverse(url_name, args=list(url_args)) if url_name else ""
        try:
            with transaction.atomic():
                notification = Notification.objects.create(
                    recipient=user, kind=kind, key=key, language=language, text=rendered, link=link
                )
        except IntegrityError:  # this event already told this person
            continue
        if frequency_for(user, kind) == Frequency.IMMEDIATELY:
            _email_now(notification)
        made.append(notification)
    return made


def _email_now(notification: Notification) -> None:
    user = notification.recipient
    with translation.override(notification.language):
        subject = str(KINDS[notification.kind].label)
        body = "\n\n".join(
            part
            for part in (
                notification.text,
                _absolute(notification.link),
                _preferences_line(),
            )
            if part
        )
    message = queue_and_send(
        kind=f"notifications.{notification.kind}",
        key=f"notification:{notification.pk}",
        subject=_in_language(notification.language, subject),
        body=_in_language(notification.language, body),
        language=notification.language,
        recipients=[Recipient(email=user.email, user=user, language=notification.language)],
        source=notification,
    )
    Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now(), email=message)


def send_daily_digests(*, today: datetime.date | None = None) -> int:
    """One e-mail per member with the notifications they chose to receive daily and have not
    been e-mailed yet. Keyed by member and day: running twice sends nothing more."""
    today = today or timezone.localdate()
    daily = NotificationPreference.objects.filter(
        user=OuterRef("recipient"), kind=OuterRef("kind"), frequency=Frequency.DAILY
    )
    since = timezone.now() - DIGEST_LOOKBACK
    waiting = (
        Notification.objects.filter(emailed_at__isnull=True, created_at__gte=since)
        .filter(Exists(daily))
        .select_related("recipient")
        .order_by("recipient", "created_at", "pk")
    )
    by_user: dict[int, list[Notification]] = {}
    for notification in waiting:
        by_user.setdefault(notification.recipient_id, []).append(notification)
    sent = 0
    for notifications in by_user.values():
        user = notifications[0].recipient
        language = language_of(user)
        with translation.override(language):
            subject = _("Your CrimEx digest of %(date)s") % {"date": today.isoformat()}
            lines = [
                f"- {notification.text}\n  {_absolute(notification.link)}".rstrip()
                for notification in notifications
            ]
            body = "\n".join(
                [
                    _("What happened on the CrimEx portal for you:"),
                    "",
                    *lines,
                    "",
                    _preferences_line(),
                ]
            )
        with transaction.atomic():
            message = queue_and_send(
                kind="notifications.digest",
                key=f"digest:{user.pk}:{today.isoformat()}",
                subject=_in_language(language, subject),
                body=_in_language(language, body),
                language=language,
                recipients=[Recipient(email=user.email, user=user, language=language)],
            )
            Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
                emailed_at=timezone.now(), email=message
            )
        sent += 1
    return sent


def mark_read(*, user, ids: Iterable[int] | None = None) -> int:
    notifications = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        notifications = notifications.filter(pk__in=list(ids))
    return notifications.update(read_at=timezone.now())


@transaction.atomic
def preferences_save(*, user, choices: Mapping[str, str]) -> None:
    for kind, frequency in choices.items():
        if kind not in KINDS or KINDS[kind].mandatory or frequency not in Frequency.values:
            continue
        NotificationPreference.objects.update_or_create(
            user=user, kind=kind, defaults={"frequency": frequency}
        )


def shared_request_commented(
    *,
    request_id: int,
    comment_id: int,
    title: str,
    recipients,
    by=None,
    url_name: str = "",
    url_args=(),
) -> list[Notification]:
    """For the request composer (mla), once it exists: the members a request is shared with hear
    of a new comment on it; the comment's author does not."""
    return notify(
        kind="request_commented",
        key=f"request_commented:{request_id}:{comment_id}",
        recipients=recipients,
        exclude=[by.pk] if by is not None else [],
        text=gettext_lazy("The shared request “%(title)s” has a new comment."),
        params={"title": title},
        url_name=url_name,
        url_args=url_args,
    )

"""Writes of the outbox. See README.md in this folder for how other apps use it."""

import base64
import datetime
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import models, transaction
from django.utils import timezone, translation

from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.mail import portal_email
from crimex_portal.notifications.models import Delivery, OutboxMessage

logger = logging.getLogger(__name__)

# Builders of attachments made when the e-mail leaves (e.g. the calendar as it is then):
# key -> function(**args) returning bytes. Apps register theirs in AppConfig.ready().
ATTACHMENT_BUILDERS: dict[str, Callable[..., bytes]] = {}


def register_attachment_builder(key: str, builder: Callable[..., bytes]) -> None:
    ATTACHMENT_BUILDERS[key] = builder


@dataclass(frozen=True)
class Attachment:
    filename: str
    mimetype: str
    content: bytes | None = None
    builder: str = ""  # a key of ATTACHMENT_BUILDERS, called with `args` at sending time
    args: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        if self.builder:
            return {
                "filename": self.filename,
                "mimetype": self.mimetype,
                "builder": self.builder,
                "args": self.args,
            }
        return {
            "filename": self.filename,
            "mimetype": self.mimetype,
            "content": base64.b64encode(self.content or b"").decode(),
        }


@dataclass(frozen=True)
class Recipient:
    email: str
    language: str = ""
    user: object = None
    details: str = ""  # what concerns this recipient only, written in their language
    attachments: tuple[Attachment, ...] = ()


def _language_of(recipient: Recipient, message: OutboxMessage) -> str:
    preferred = getattr(recipient.user, "preferred_language", "") if recipient.user else ""
    return message.language or recipient.language or preferred or settings.LANGUAGE_CODE


def _render(message: OutboxMessage, delivery: Delivery) -> None:
    """The delivery's subject and body: the common text in its language, then its details."""
    with translation.override(delivery.language):
        subject = message.subject  # modeltranslation: the active language, English as fallback
        common = message.body
    delivery.subject = " ".join(subject.split())
    delivery.body = "\n\n".join(part.strip() for part in (common, delivery.details) if part.strip())
    delivery.body += "\n"


@transaction.atomic
def queue_message(
    *,
    kind: str,
    subject: dict[str, str] | str,
    body: dict[str, str] | str = "",
    recipients: Iterable[Recipient],
    source: models.Model | None = None,
    created_by=None,
    key: str | None = None,
    language: str = "",
    review: bool = True,
) -> OutboxMessage:
    """Puts a message in the outbox, one delivery per recipient. With review (the default) it
    waits for PMT; without, it leaves at once. `subject` and `body` are the common text, per
    language ({"en": ..., "fr": ..., "ar": ...}) or one string. With a `key`, queueing twice
    returns the first message."""
    if key:
        existing = OutboxMessage.objects.filter(key=key).first()
        if existing is not None:
            return existing
    message = OutboxMessage(kind=kind, key=key, language=language, created_by=created_by)
    for name, value in (("subject", subject), ("body", body)):
        texts = value if isinstance(value, dict) else {settings.LANGUAGE_CODE: value}
        for code, _name in settings.LANGUAGES:
            setattr(message, f"{name}_{code}", texts.get(code, ""))
    if source is not None:
        message.source = source
    message.full_clean(exclude=["key"])
    message.save()
    deliveries = []
    for recipient in recipients:
        delivery = Delivery(
            message=message,
            recipient=recipient.user,
            email=recipient.email,
            language=_language_of(recipient, message),
            details=recipient.details,
            attachments=[attachment.as_json() for attachment in recipient.attachments],
        )
        _render(message, delivery)
        deliveries.append(delivery)
    Delivery.objects.bulk_create(deliveries)
    if not review:
        _approve(message, reviewer=None)
    return message


def queue_and_send(**kwargs) -> OutboxMessage:
    """For e-mails no one needs to review (a confirmation, a reminder): recorded, then sent."""
    return queue_message(review=False, **kwargs)


def _enqueue(delivery_ids: list[int]) -> None:
    from crimex_portal.notifications.tasks import send_delivery

    def enqueue() -> None:
        for delivery_id in delivery_ids:
            send_delivery.delay(delivery_id)

    transaction.on_commit(enqueue)


def _approve(message: OutboxMessage, reviewer) -> None:
    message.status = OutboxMessage.Status.APPROVED
    message.reviewed_by = reviewer
    message.reviewed_at = timezone.now()
    message.save(update_fields=["status", "reviewed_by", "reviewed_at"])
    deliveries = list(message.deliveries.filter(status=Delivery.Status.QUEUED))
    for delivery in deliveries:
        _render(message, delivery)
    Delivery.objects.bulk_update(deliveries, ["subject", "body"])
    if not deliveries:
        _mark_sent_if_done(message)
    _enqueue([delivery.pk for delivery in deliveries])


def _audit(message: OutboxMessage, event: str, *, user, request, **details) -> None:
    record_event(
        action=AuditEvent.Action.OTHER,
        request=request,
        actor=user,
        target=message,
        event=event,
        **details,
    )


def _locked_message(message_id: int) -> OutboxMessage:
    return OutboxMessage.objects.select_for_update().get(pk=message_id)


@transaction.atomic
def message_update_text(*, message: OutboxMessage, texts: dict[str, str], user=None) -> None:
    """PMT edit the common text (subject_en, body_fr, ...) while the message waits for review;
    each recipient's copy is rendered again."""
    message = _locked_message(message.pk)
    if message.status != OutboxMessage.Status.PENDING_REVIEW:
        raise ValueError("Only a message waiting for review can be edited.")
    for name, value in texts.items():
        setattr(message, name, value)
    message.full_clean(exclude=["key"])
    message.save()
    rerender_deliveries(message)


def rerender_deliveries(message: OutboxMessage) -> None:
    deliveries = list(message.deliveries.all())
    for delivery in deliveries:
        _render(message, delivery)
    Delivery.objects.bulk_update(deliveries, ["subject", "body"])


@transaction.atomic
def approve_and_send(*, message: OutboxMessage, user, request=None) -> bool:
    """PMT approve a message waiting for review: every delivery leaves. False if it was no
    longer waiting (approved or discarded meanwhile)."""
    message = _locked_message(message.pk)
    if message.status != OutboxMessage.Status.PENDING_REVIEW:
        return False
    _approve(message, reviewer=user)
    _audit(message, "outbox_approved", user=user, request=request)
    return True


@transaction.atomic
def discard(*, message: OutboxMessage, user, request=None) -> bool:
    message = _locked_message(message.pk)
    if message.status != OutboxMessage.Status.PENDING_REVIEW:
        return False
    message.status = OutboxMessage.Status.DISCARDED
    message.reviewed_by = user
    message.reviewed_at = timezone.now()
    message.save(update_fields=["status", "reviewed_by", "reviewed_at"])
    message.deliveries.filter(status=Delivery.Status.QUEUED).update(
        status=Delivery.Status.CANCELLED
    )
    _audit(message, "outbox_discarded", user=user, request=request)
    return True


# A delivery "being sent" for longer than this lost its worker half-way (killed, restarted):
# PMT may send it again, knowing it may have left once.
INTERRUPTED_AFTER = datetime.timedelta(minutes=15)


@transaction.atomic
def retry_failed(*, message: OutboxMessage, user=None, request=None) -> int:
    """Queues the failed (and interrupted) deliveries of an approved message again; returns how
    many."""
    message = _locked_message(message.pk)
    if message.status not in (OutboxMessage.Status.APPROVED, OutboxMessage.Status.SENT):
        return 0
    interrupted = models.Q(
        status=Delivery.Status.SENDING, updated_at__lt=timezone.now() - INTERRUPTED_AFTER
    )
    failed = list(
        message.deliveries.select_for_update()
        .filter(models.Q(status=Delivery.Status.FAILED) | interrupted)
        .values_list("pk", flat=True)
    )
    Delivery.objects.filter(pk__in=failed).update(status=Delivery.Status.QUEUED)
    if failed:
        message.status = OutboxMessage.Status.APPROVED
        message.save(update_fields=["status"])
        _audit(message, "outbox_retried", user=user, request=request, deliveries=len(failed))
    _enqueue(failed)
    return len(failed)


def _email(delivery: Delivery) -> EmailMultiAlternatives:
    """The delivery's text, signed, with its HTML part, in the delivery's language."""
    email = portal_email(
        subject=delivery.subject,
        body=delivery.body,
        to=[delivery.email],
        language=delivery.language,
    )
    for attachment in delivery.attachments:
        if attachment.get("builder"):
            with translation.override(delivery.language):
                content = ATTACHMENT_BUILDERS[attachment["builder"]](**attachment.get("args", {}))
        else:
            content = base64.b64decode(attachment["content"])
        email.attach(attachment["filename"], content, attachment["mimetype"])
    return email


def _mark_sent_if_done(message: OutboxMessage) -> None:
    unfinished = message.deliveries.exclude(
        status__in=(Delivery.Status.SENT, Delivery.Status.CANCELLED)
    )
    if message.status == OutboxMessage.Status.APPROVED and not unfinished.exists():
        OutboxMessage.objects.filter(pk=message.pk).update(status=OutboxMessage.Status.SENT)


@dataclass(frozen=True)
class SendOutcome:
    sent: bool
    error: Exception | None = None  # set when the mail server refused: the task retries


def delivery_send(*, delivery_id: int, final_attempt: bool = True) -> SendOutcome:
    """Sends one delivery, once. Claimed (queued -> sending) under a row lock, so two workers
    never both send it; a delivery sent, being sent, failed for good or cancelled is left alone.
    A refusal puts it back in the queue, or marks it failed on the final attempt."""
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update(of=("self",))
            .select_related("message")
            .filter(pk=delivery_id)
            .first()
        )
        if (
            delivery is None
            or delivery.status != Delivery.Status.QUEUED
            or delivery.message.status != OutboxMessage.Status.APPROVED
        ):
            return SendOutcome(sent=False)
        delivery.status = Delivery.Status.SENDING
        delivery.attempts += 1
        delivery.save(update_fields=["status", "attempts", "updated_at"])
    try:
        _email(delivery).send()
    except Exception as error:
        logger.warning("Delivery %s refused: %s", delivery_id, type(error).__name__)
        delivery.status = Delivery.Status.FAILED if final_attempt else Delivery.Status.QUEUED
        delivery.last_error = f"{type(error).__name__}: {error}"[:2000]
        delivery.save(update_fields=["status", "last_error", "updated_at"])
        return SendOutcome(sent=False, error=error)
    delivery.status = Delivery.Status.SENT
    delivery.sent_at = timezone.now()
    delivery.save(update_fields=["status", "sent_at", "updated_at"])
    _mark_sent_if_done(delivery.message)
    return SendOutcome(sent=True)

"""The e-mail outbox: a message (its common text, which PMT may edit while it waits for review) and
one delivery per recipient (what that person receives, in their language, and whether it left)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from crimex_portal.translations.content import TranslatedContent


class OutboxMessage(TranslatedContent):
    class Status(models.TextChoices):
        PENDING_REVIEW = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved, being sent")
        SENT = "sent", _("Sent")
        DISCARDED = "discarded", _("Discarded")

    kind = models.CharField(_("kind"), max_length=60, db_index=True)
    # Makes queueing idempotent: one message per key (e.g. "sessions.release:12").
    key = models.CharField(_("key"), max_length=120, unique=True, null=True, blank=True)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(
        _("common text"),
        blank=True,
        help_text=_("Opens every recipient's e-mail; what concerns each recipient follows it."),
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("Empty: each recipient receives the message in their preferred language."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING_REVIEW
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    source_type = models.ForeignKey(
        ContentType, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    source_id = models.PositiveBigIntegerField(null=True, blank=True)
    source = GenericForeignKey("source_type", "source_id")

    class Meta:
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")
        ordering = ("-created_at", "-pk")
        indexes = (models.Index(fields=("source_type", "source_id")),)

    def __str__(self) -> str:
        return self.subject


class Delivery(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Not sent (discarded)")

    message = models.ForeignKey(
        OutboxMessage,
        verbose_name=_("message"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    # What concerns this recipient only, already in their language; the common text precedes it.
    details = models.TextField(_("details for this recipient"), blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    body = models.TextField(_("body"), blank=True)
    # [{"filename", "mimetype", "content" (base64)} or {"filename", "mimetype", "builder", "args"}]
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ("message", "email", "pk")
        indexes = (models.Index(fields=("message", "status")),)

    def __str__(self) -> str:
        return f"{self.email} ({self.get_status_display()})"


class Notification(models.Model):
    """What the portal tells one member: shown on My CrimEx, and e-mailed according to their
    preference for its kind. The text is written in the recipient's language when it is made.
    (recipient, key) is unique: an event never notifies the same person twice."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=40)
    key = models.CharField(_("event"), max_length=200)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    text = models.TextField(_("text"))
    link = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    # Set once it went by e-mail: at once, or in a daily digest.
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)
    email = models.ForeignKey(
        OutboxMessage,
        verbose_name=_("e-mail"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ("-created_at", "-pk")
        constraints = (
            models.UniqueConstraint(fields=("recipient", "key"), name="one_notification_per_event"),
        )
        indexes = (models.Index(fields=("recipient", "read_at")),)

    def __str__(self) -> str:
        return self.text[:80]


class NotificationPreference(models.Model):
    """How a member wants one kind of notification by e-mail; without a row, at once."""

    class Frequency(models.TextChoices):
        IMMEDIATELY = "immediately", _("Immediately")
        DAILY = "daily", _("In a daily digest")
        NEVER = "never", _("Never (only on My CrimEx)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(_("kind"), max_length=40)
    frequency = models.CharField(
        _("e-mail"), max_length=12, choices=Frequency.choices, default=Frequency.IMMEDIATELY
    )

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = (
            models.UniqueConstraint(fields=("user", "kind"), name="one_preference_per_kind"),
        )

    def __str__(self) -> str:
        return f"{self.kind}: {self.frequency}"

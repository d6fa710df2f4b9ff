from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """Raised on any attempt to change or delete an audit event once it is stored."""


class AuditEvent(models.Model):
    class Action(models.TextChoices):
        LOGIN = "login", _("Login")
        LOGIN_FAILED = "login_failed", _("Failed login")
        LOGIN_THROTTLED = "login_throttled", _("Login attempt refused: too many attempts")
        LOGOUT = "logout", _("Logout")
        PASSWORD_CHANGED = "password_changed", _("Password changed")
        PASSWORD_RESET = "password_reset", _("Password reset")
        PASSWORD_RESET_SENT = "password_reset_sent", _("Password-reset e-mail sent by PMT staff")
        MFA_ACTIVATED = "mfa_activated", _("Two-factor authentication activated")
        MFA_DEACTIVATED = "mfa_deactivated", _("Two-factor authentication deactivated")
        MFA_FAILED = "mfa_failed", _("Wrong two-factor authentication code")
        INVITATION_SENT = "invitation_sent", _("Invitation sent")
        INVITATION_RESENT = "invitation_resent", _("Invitation resent")
        INVITATION_REVOKED = "invitation_revoked", _("Invitation revoked")
        INVITATION_ACCEPTED = "invitation_accepted", _("Invitation accepted")
        CORRECTION_REQUESTED = "correction_requested", _("Profile correction requested")
        CORRECTION_HANDLED = "correction_handled", _("Profile correction handled")
        EXPORT_PDF = "export_pdf", _("PDF export")
        EXPORT_CSV = "export_csv", _("CSV export")
        EXPORT_XLSX = "export_xlsx", _("Excel export")
        EXPORT_VCARD = "export_vcard", _("vCard export")
        DIRECTORY_ENTRY_VIEWED = "directory_entry_viewed", _("Directory entry viewed")
        # A page listing people (a directory search, an organisation, the Atlas, attendees),
        # with the ids of those it showed.
        PERSONAL_DATA_LISTED = "personal_data_listed", _("List of people viewed")
        DOCUMENT_DOWNLOADED = "document_downloaded", _("Members-only file downloaded")
        PUBLISHED = "published", _("Published on the portal")
        UNPUBLISHED = "unpublished", _("Withdrawn from the portal")
        ADMIN_CHANGE = "admin_change", _("Change in the administration")
        PLAN_IMPORTED = "plan_imported", _("Action plan imported")
        MLA_SHARED = "mla_shared", _("Draft MLA request shared")
        MLA_SHARE_REVOKED = "mla_share_revoked", _("Sharing of a draft MLA request revoked")
        MLA_SHARED_READ = "mla_shared_read", _("Shared MLA request read")
        MLA_COMMENTED = "mla_commented", _("Comment on a shared MLA request")
        OTHER = "other", _("Other")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # A copy of the actor's address, so the entry still names them once the account is deleted;
    # on a failed login, the address that was tried.
    actor_email = models.CharField(_("actor's e-mail address"), max_length=254, blank=True)
    action = models.CharField(_("action"), max_length=40, choices=Action.choices)
    # SET_NULL, not CASCADE: removing a stale content type must not wipe entries out.
    target_type = models.ForeignKey(
        ContentType,
        verbose_name=_("target type"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    target_id = models.CharField(_("target ID"), max_length=255, blank=True)
    target_repr = models.CharField(_("target"), max_length=255, blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=255, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True, encoder=DjangoJSONEncoder)
    created_at = models.DateTimeField(_("date and time"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ("-created_at",)
        indexes = (
            models.Index(fields=("action", "created_at"), name="audit_action_created_idx"),
            models.Index(fields=("actor", "created_at"), name="audit_actor_created_idx"),
        )

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.actor_email or '-'}"

    def save(self, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError("Audit events are append-only: a stored event cannot change.")
        # Always an INSERT, even with a primary key set by hand: never overwrite an existing row.
        kwargs["force_insert"] = True
        super().save(**kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("Audit events are append-only: they cannot be deleted.")

"""Drafts of mutual legal assistance requests, built from the requested country's fiche.

Case facts are sensitive: every free-text field is an EncryptedTextField (encrypted at rest), and
a draft is its author's, seen by others only through a frozen copy shared with them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from crimex_portal.encryption import EncryptedTextField
from directory.models import Contact, Country
from fiches.models import Instrument, Measure


class MlaRequest(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        FINAL = "final", _("Final")

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="mla_requests",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    # Step 1
    requested_country = models.ForeignKey(
        Country, verbose_name=_("requested country"), on_delete=models.PROTECT, related_name="+"
    )
    measures = models.ManyToManyField(
        Measure, verbose_name=_("measures requested"), through="RequestedMeasure", related_name="+"
    )
    requesting_country = models.ForeignKey(
        Country,
        verbose_name=_("requesting country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    requesting_authority = EncryptedTextField(_("requesting authority"), blank=True)
    reference = EncryptedTextField(_("reference"), blank=True)
    language = models.CharField(
        _("language of the request"), max_length=5, choices=settings.LANGUAGES, blank=True
    )
    drafter_language = models.CharField(
        _("your language (parallel version)"), max_length=5, choices=settings.LANGUAGES
    )
    urgent = models.BooleanField(_("urgent"), default=False)
    urgency_reason = EncryptedTextField(_("reason for urgency"), blank=True)
    confidential = models.BooleanField(_("confidential"), default=True)
    # Step 3
    instruments = models.ManyToManyField(
        Instrument, verbose_name=_("legal basis"), blank=True, related_name="+"
    )
    reciprocity = models.BooleanField(_("reciprocity"), default=False)
    # Step 4
    facts = EncryptedTextField(_("summary of the facts"), blank=True)
    persons_and_places = EncryptedTextField(_("persons and places concerned"), blank=True)
    # Step 5
    procedures = EncryptedTextField(_("procedures to follow"), blank=True)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    deadline_reason = EncryptedTextField(_("reason for the deadline"), blank=True)
    contact_person = EncryptedTextField(_("contact person"), blank=True)
    attachments = EncryptedTextField(
        _("attachments"), blank=True, help_text=_("One attachment a line.")
    )
    # Step 6
    undertakes_speciality = models.BooleanField(_("speciality"), default=False)
    undertakes_confidentiality = models.BooleanField(_("confidentiality"), default=False)
    undertakes_costs = models.BooleanField(_("costs"), default=False)
    checked_requirements = models.JSONField(_("formalities checked"), default=list, blank=True)

    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)
    retention_warned_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("MLA request")
        verbose_name_plural = _("MLA requests")
        ordering = ("-updated_at", "-pk")
        indexes = (models.Index(fields=("updated_at",)),)

    def __str__(self) -> str:
        # Never the case text: this string reaches the audit trail and error reports.
        return f"MLA request #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("mla:step", kwargs={"pk": self.pk, "step": 1})

    @property
    def is_final(self) -> bool:
        return self.status == self.Status.FINAL

    def attachment_list(self) -> list[str]:
        return [line.strip() for line in self.attachments.splitlines() if line.strip()]


class RequestedMeasure(models.Model):
    """One measure of a request, with the link to the facts and the fields that measure needs
    (stored as encrypted JSON: see mla/measure_fields.py)."""

    request = models.ForeignKey(MlaRequest, on_delete=models.CASCADE, related_name="items")
    measure = models.ForeignKey(
        Measure, verbose_name=_("measure"), on_delete=models.PROTECT, related_name="+"
    )
    link_to_facts = EncryptedTextField(_("link between the facts and this measure"), blank=True)
    details = EncryptedTextField(default="{}", blank=True, editable=False)

    class Meta:
        verbose_name = _("requested measure")
        verbose_name_plural = _("requested measures")
        ordering = ("measure__order", "measure__code")
        constraints = (
            models.UniqueConstraint(fields=("request", "measure"), name="mla_measure_once"),
        )

    def __str__(self) -> str:
        return f"#{self.request_id} · {self.measure.code}"


class Offence(models.Model):
    request = models.ForeignKey(MlaRequest, on_delete=models.CASCADE, related_name="offences")
    qualification = EncryptedTextField(_("legal qualification"))
    provisions = EncryptedTextField(_("text of the provisions"), blank=True)
    penalties = EncryptedTextField(_("penalties"), blank=True)

    class Meta:
        verbose_name = _("offence")
        verbose_name_plural = _("offences")
        ordering = ("pk",)

    def __str__(self) -> str:
        return f"#{self.request_id} · offence {self.pk}"


class SharedVersion(models.Model):
    """A frozen copy of a request, numbered, for consulting the requested country."""

    request = models.ForeignKey(MlaRequest, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("version"))
    snapshot = EncryptedTextField(editable=False)
    created_at = models.DateTimeField(_("shared at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("shared version")
        verbose_name_plural = _("shared versions")
        ordering = ("-number",)
        constraints = (
            models.UniqueConstraint(fields=("request", "number"), name="mla_version_number"),
        )

    def __str__(self) -> str:
        return f"#{self.request_id} v{self.number}"


class Share(models.Model):
    """A contact point of the requested country (a directory entry linked to an account) may
    read one shared version and comment on it, until the drafter revokes it."""

    version = models.ForeignKey(SharedVersion, on_delete=models.CASCADE, related_name="shares")
    contact = models.ForeignKey(
        Contact, verbose_name=_("contact point"), on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mla_shares"
    )
    shared_at = models.DateTimeField(_("shared at"), default=timezone.now, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("share")
        verbose_name_plural = _("shares")
        ordering = ("-shared_at",)
        constraints = (
            models.UniqueConstraint(fields=("version", "contact"), name="mla_share_once"),
        )

    def __str__(self) -> str:
        return f"{self.version} → contact {self.contact_id}"

    def clean(self) -> None:
        if self.contact_id and self.contact.user_id != self.user_id:
            raise ValidationError(_("This contact point has no portal account."))


class Comment(models.Model):
    version = models.ForeignKey(SharedVersion, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = EncryptedTextField(_("comment"))
    created_at = models.DateTimeField(_("written at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ("created_at", "pk")

    def __str__(self) -> str:
        return f"{self.version} · comment {self.pk}"

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from crimex_portal.encryption import EncryptedTextField
from crimex_portal.uploads import private_storage


class Report(models.Model):
    """One PDF asked for: what (a registered builder and its target), in which language, by
    whom, and how far its generation went. The HTML is fixed when the report is asked for, so
    the file shows the content as it was then, and a retry renders the same document."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Being generated")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    IN_PROGRESS = (Status.QUEUED, Status.RUNNING)

    kind = models.CharField(_("kind"), max_length=40)
    target_key = models.CharField(_("target"), max_length=100)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=300)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    # Everyone who asked for this very content (a second request reuses the file): they, and
    # staff with the view permission, may open the report.
    requesters = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("requesters"), related_name="+", blank=True
    )
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("error"), blank=True)
    # Encrypted at rest: a report of a draft request holds its case facts.
    html = EncryptedTextField(editable=False)
    fingerprint = models.CharField(max_length=64, editable=False, db_index=True)
    file = models.FileField(
        _("file"), storage=private_storage, upload_to="reports/%Y/%m/", blank=True
    )
    size = models.PositiveIntegerField(_("size in bytes"), default=0)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ("-created_at", "-pk")
        indexes = (models.Index(fields=("kind", "target_key", "language", "status")),)

    def __str__(self) -> str:
        return f"{self.title} ({self.language}, {self.get_status_display()})"

    @property
    def in_progress(self) -> bool:
        return self.status in self.IN_PROGRESS

    def is_stuck(self, now: datetime.datetime | None = None) -> bool:
        """In progress for longer than any report takes: its task is lost."""
        now = now or timezone.now()
        since = self.started_at or self.created_at
        limit = datetime.timedelta(seconds=settings.CRIMEX_REPORT_TIMEOUT_SECONDS)
        return self.in_progress and now - since > limit

    @property
    def filename(self) -> str:
        return f"crimex-{self.kind}-{self.target_key}-{self.language}.pdf".replace("/", "-")

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from crimex_portal.translations.content import TranslatedContent
from crimex_portal.uploads import DocumentFileValidator, PrivateFileField
from sessions.models import SessionDocument


class LibraryDocumentQuerySet(models.QuerySet):
    def public(self) -> "LibraryDocumentQuerySet":
        return self.filter(visibility=LibraryDocument.Visibility.PUBLIC)


class LibraryDocument(TranslatedContent):
    """A CrimEx document (handbook, analysis, national report...), with one file per language."""

    class Kind(models.TextChoices):
        HANDBOOK = "handbook", _("Handbook")
        ANALYSIS = "analysis", _("Analysis")
        MANUAL = "manual", _("Manual")
        NATIONAL_REPORT = "national_report", _("National report")
        CONCLUSIONS = "conclusions", _("Conclusions")
        PRESENTATION = "presentation", _("Presentation")
        OTHER = "other", _("Other")

    # The same choice as a session's documents: public, or members only.
    Visibility = SessionDocument.Visibility

    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    date = models.DateField(_("date"), null=True, blank=True)
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.MEMBERS
    )
    countries = models.ManyToManyField(
        "directory.Country", verbose_name=_("countries concerned"), blank=True, related_name="+"
    )
    sessions = models.ManyToManyField(
        "crimex_sessions.Session",
        verbose_name=_("related sessions"),
        blank=True,
        related_name="library_documents",
    )
    actions = models.ManyToManyField(
        "actionplans.Action",
        verbose_name=_("related plan actions"),
        blank=True,
        related_name="library_documents",
    )
    source_note = models.CharField(
        _("where the seeds name it"),
        max_length=300,
        blank=True,
        help_text=_("For documents the source documents name: where they name it."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = LibraryDocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("library document")
        verbose_name_plural = _("library documents")
        ordering = ("kind", "-date", "title", "pk")
        indexes = (models.Index(fields=("visibility", "kind")),)

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("library:document", kwargs={"pk": self.pk})

    @property
    def is_public(self) -> bool:
        return self.visibility == self.Visibility.PUBLIC


class LibraryFile(models.Model):
    """One language version of a library document. Its text is read after the upload, so that
    search finds words inside it."""

    class TextStatus(models.TextChoices):
        PENDING = "pending", _("Text not read yet")
        EXTRACTED = "extracted", _("Text read")
        NO_TEXT = "no_text", _("No text layer (a scan?)")
        FAILED = "failed", _("Text could not be read")
        UNSUPPORTED = "unsupported", _("Text not read for this type of file")

    document = models.ForeignKey(LibraryDocument, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    file = PrivateFileField(
        _("file"),
        upload_to="library/%Y/",
        download_view="library:file",
        validators=[DocumentFileValidator()],
    )
    text = models.TextField(_("text of the file"), blank=True, editable=False)
    text_status = models.CharField(
        _("text"),
        max_length=12,
        choices=TextStatus.choices,
        default=TextStatus.PENDING,
        editable=False,
    )
    text_of = models.CharField(max_length=255, blank=True, editable=False)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now=True)

    class Meta:
        verbose_name = _("language version")
        verbose_name_plural = _("language versions")
        ordering = ("document", "language")
        constraints = (
            models.UniqueConstraint(
                fields=("document", "language"), name="library_one_file_per_language"
            ),
        )

    def __str__(self) -> str:
        return f"{self.document} ({self.get_language_display()})"

    @property
    def filename(self) -> str:
        return self.file.name.rsplit("/", 1)[-1]

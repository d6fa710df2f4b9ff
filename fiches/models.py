"""The EuroMed Fiches: for one country and one cooperation measure, what a foreign prosecutor
needs to know before sending a request (after EJN's Fiches Belges)."""

import datetime

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from crimex_portal.revisions import field_label
from crimex_portal.translations.content import TranslatedContent
from directory.models import ContactRole, Country, Language, Organisation

REVIEW_CYCLE_DAYS = 365


class MeasureGroup(TranslatedContent):
    code = models.CharField(_("code"), max_length=4, unique=True)
    name = models.CharField(_("name"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("measure group")
        verbose_name_plural = _("measure groups")
        ordering = ("order", "code")

    def __str__(self) -> str:
        return self.name


class Measure(TranslatedContent):
    code = models.CharField(
        _("code"), max_length=10, unique=True, help_text=_("e.g. 501: group 5, measure 01.")
    )
    group = models.ForeignKey(
        MeasureGroup, verbose_name=_("group"), on_delete=models.PROTECT, related_name="measures"
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    contact_roles = models.ManyToManyField(
        ContactRole,
        verbose_name=_("contact points for this measure"),
        blank=True,
        related_name="+",
        help_text=_("The Atlas lists a country's contacts with these roles beside the fiche."),
    )

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ("order", "code")

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    def get_absolute_url(self) -> str:
        return reverse("fiches:measure", kwargs={"code": self.code})


class Instrument(TranslatedContent):
    """An international instrument a fiche names as its legal framework."""

    class Kind(models.TextChoices):
        UNIVERSAL = "universal", _("United Nations convention")
        REGIONAL = "regional", _("Regional agreement")
        BILATERAL = "bilateral", _("Bilateral treaty")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    short_name = models.CharField(_("short name"), max_length=80)
    name = models.CharField(_("full name"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    source_url = models.URLField(_("source"), blank=True, max_length=500)

    class Meta:
        verbose_name = _("international instrument")
        verbose_name_plural = _("international instruments")
        ordering = ("kind", "year", "slug")

    def __str__(self) -> str:
        return self.short_name


class Channel(TranslatedContent):
    """How a request travels: central authority, direct judicial contact, diplomatic, INTERPOL."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("transmission channel")
        verbose_name_plural = _("transmission channels")
        ordering = ("order", "code")

    def __str__(self) -> str:
        return self.name


class Fiche(TranslatedContent):
    class Applicability(models.TextChoices):
        APPLICABLE = "applicable", _("Applicable")
        PARTLY = "partly", _("Applicable to a certain extent")
        NOT_APPLICABLE = "not_applicable", _("Not applicable")

    class DualCriminality(models.TextChoices):
        REQUIRED = "required", _("Required")
        NOT_REQUIRED = "not_required", _("Not required")
        DEPENDS = "depends", _("Depends on the offence or the treaty")

    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="fiches"
    )
    measure = models.ForeignKey(
        Measure, verbose_name=_("measure"), on_delete=models.PROTECT, related_name="fiches"
    )
    # 1. Is the measure possible, and what is it under national law?
    applicability = models.CharField(
        _("applicability"), max_length=20, choices=Applicability.choices
    )
    national_description = models.TextField(_("the measure under national law"), blank=True)
    alternative_measure = models.ForeignKey(
        Measure,
        verbose_name=_("alternative measure"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Where this measure is not available, the one to request instead."),
    )
    # 2. Legal framework
    national_law = models.TextField(_("national law"), blank=True)
    instruments = models.ManyToManyField(
        Instrument, verbose_name=_("international instruments"), blank=True, related_name="fiches"
    )
    legal_framework_remarks = models.TextField(_("remarks on the legal framework"), blank=True)
    # 3. Competent authorities
    receiving_authority = models.ForeignKey(
        Organisation,
        verbose_name=_("authority receiving the request"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="fiches_received",
    )
    executing_authority = models.ForeignKey(
        Organisation,
        verbose_name=_("authority executing the request"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="fiches_executed",
        help_text=_("Only if it is not the receiving authority."),
    )
    authority_remarks = models.TextField(_("remarks on the authorities"), blank=True)
    # 4. Languages and channel
    accepted_languages = models.ManyToManyField(
        Language, verbose_name=_("accepted languages"), blank=True, related_name="fiches"
    )
    language_remarks = models.TextField(_("remarks on languages"), blank=True)
    channels = models.ManyToManyField(
        Channel, verbose_name=_("transmission channels"), blank=True, related_name="fiches"
    )
    channel_remarks = models.TextField(_("remarks on the channel"), blank=True)
    # 5. Practical information
    dual_criminality = models.CharField(
        _("dual criminality"), max_length=20, choices=DualCriminality.choices, blank=True
    )
    formal_requirements = models.TextField(_("formal requirements"), blank=True)
    costs = models.TextField(_("costs"), blank=True)
    urgent_procedure = models.TextField(_("urgent procedure"), blank=True)
    execution_deadline = models.TextField(_("execution deadline"), blank=True)
    other_information = models.TextField(_("other useful information"), blank=True)
    # Review
    last_reviewed_on = models.DateField(_("last reviewed on"), null=True, blank=True)
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewer_label = models.CharField(
        _("reviewed by (as shown)"),
        max_length=200,
        blank=True,
        help_text=_("The reviewing authority as the page shows it, e.g. Ministry of Justice."),
    )
    is_demo = models.BooleanField(
        _("illustrative content"),
        default=False,
        help_text=_("Invented to show the format; awaits validation by the national authority."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("fiche")
        verbose_name_plural = _("fiches")
        ordering = ("country__iso_code", "measure__order", "measure__code")
        constraints = (
            models.UniqueConstraint(fields=("country", "measure"), name="one_fiche_per_measure"),
        )
        indexes = (models.Index(fields=("last_reviewed_on",)),)
        permissions = (("edit_country_fiches", _("Can edit the fiches of their own country")),)

    def __str__(self) -> str:
        return f"{self.country} · {self.measure}"

    def get_absolute_url(self) -> str:
        return reverse(
            "fiches:fiche", kwargs={"iso_code": self.country.iso_code, "code": self.measure.code}
        )

    def is_due_for_review(self, today: datetime.date | None = None) -> bool:
        """Not reviewed for twelve months: listed for PMT staff."""
        today = today or timezone.localdate()
        return (
            self.last_reviewed_on is None
            or (today - self.last_reviewed_on).days > REVIEW_CYCLE_DAYS
        )

    @property
    def reviewed_by(self) -> str:
        if self.reviewer_label:
            return self.reviewer_label
        if self.last_reviewed_by_id:
            return self.last_reviewed_by.get_full_name() or self.last_reviewed_by.get_username()
        return ""


class FicheRevision(models.Model):
    """Who changed a fiche, when, and from what to what; a review without changes is kept too."""

    fiche = models.ForeignKey(Fiche, on_delete=models.CASCADE, related_name="revisions")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    changes = models.JSONField(_("changes"), default=dict, encoder=DjangoJSONEncoder)
    reviewed = models.BooleanField(_("marked as reviewed"), default=False)

    class Meta:
        verbose_name = _("fiche change")
        verbose_name_plural = _("fiche changes")
        ordering = ("-changed_at", "-pk")

    def __str__(self) -> str:
        return f"{self.fiche} · {self.changed_at:%Y-%m-%d %H:%M}"

    @property
    def changed_labels(self) -> list[str]:
        """The changed fields' names in the reader's language, not the stored field names, in
        the fiche's own field order (JSON keys come back in another order on each database)."""
        order = {field.name: index for index, field in enumerate(Fiche._meta.get_fields())}
        names = sorted(self.changes, key=lambda name: (order.get(name, len(order)), name))
        return [field_label(Fiche, name) for name in names]


class FicheEditorAssignment(models.Model):
    """PMT staff make a national expert the editor of a country's fiches. The assignment, never
    the editor's own profile, says which fiches they may edit; an editor may keep several
    countries."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("editor"),
        on_delete=models.CASCADE,
        related_name="fiche_assignments",
    )
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.CASCADE, related_name="+"
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    assigned_at = models.DateTimeField(_("assigned on"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("fiche editor")
        verbose_name_plural = _("fiche editors")
        ordering = ("country__name", "user__last_name", "user__first_name")
        constraints = (
            models.UniqueConstraint(fields=("user", "country"), name="one_assignment_per_country"),
        )

    def __str__(self) -> str:
        return f"{self.user} · {self.country}"

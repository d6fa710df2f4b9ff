from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from crimex_portal.seeding import set_in_order
from crimex_portal.text import lines_of
from crimex_portal.translations.content import TranslatedContent
from crimex_portal.uploads import DocumentFileValidator, PrivateFileField
from directory.models import Country, CrimeArea, Organisation
from sessions.models import Session, SessionDocument


class ActionPlan(TranslatedContent):
    code = models.CharField(_("code"), max_length=5, unique=True, help_text=_("e.g. A"))
    title = models.CharField(_("title"), max_length=300)
    short_title = models.CharField(_("short title"), max_length=150)
    crime_areas = models.ManyToManyField(
        CrimeArea, verbose_name=_("crime areas"), blank=True, related_name="action_plans"
    )
    period_start = models.DateField(_("period from"), null=True, blank=True)
    period_end = models.DateField(_("period until"), null=True, blank=True)

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        ordering = ("code",)

    def __str__(self) -> str:
        return f"{_('Action Plan')} {self.code}"

    def get_absolute_url(self) -> str:
        return reverse("actionplans:plan", kwargs={"code": self.code})


class StrategicGoal(TranslatedContent):
    plan = models.ForeignKey(ActionPlan, on_delete=models.CASCADE, related_name="goals")
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=200)

    class Meta:
        verbose_name = _("strategic goal")
        verbose_name_plural = _("strategic goals")
        ordering = ("plan", "number")
        constraints = (
            models.UniqueConstraint(fields=("plan", "number"), name="one_goal_number_per_plan"),
        )

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


class Action(TranslatedContent):
    goal = models.ForeignKey(StrategicGoal, on_delete=models.CASCADE, related_name="actions")
    reference = models.CharField(_("reference number"), max_length=10, help_text=_("e.g. 2.2"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    description = models.TextField(_("description"))
    sub_points = models.TextField(_("sub-points"), blank=True, help_text=_("One per line."))
    entities = models.ManyToManyField(
        Organisation,
        verbose_name=_("participating entities"),
        blank=True,
        related_name="+",
        through="ActionEntity",
    )
    data_sources = models.TextField(_("sources of data"), blank=True, help_text=_("One per line."))
    observation = models.TextField(_("observation"), blank=True)
    sessions = models.ManyToManyField(
        Session,
        verbose_name=_("CrimEx sessions working on it"),
        blank=True,
        related_name="plan_actions",
    )

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        ordering = ("goal__plan", "goal__number", "order", "reference")

    def __str__(self) -> str:
        return f"{self.goal.plan.code} {self.reference}"

    def get_absolute_url(self) -> str:
        return reverse("actionplans:action", kwargs={"pk": self.pk})

    @property
    def ordered_entities(self) -> list[Organisation]:
        """The participating entities in the order the adopted plan lists them (PGOs first)."""
        return [link.organisation for link in self.entity_links.all()]

    def set_entities(self, organisations: list[Organisation]) -> None:
        """Makes the participating entities these, in this order."""
        set_in_order(self, "entities", organisations)

    def sub_point_list(self) -> list[str]:
        return lines_of(self.sub_points)

    def data_source_list(self) -> list[str]:
        return lines_of(self.data_sources)


class ActionEntity(models.Model):
    """An entity taking part in an action, at its place in the plan's list."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="entity_links")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        db_table = "actionplans_action_entities"  # the table of the former plain relation
        verbose_name = _("participating entity")
        verbose_name_plural = _("participating entities")
        ordering = ("position", "pk")
        unique_together = (("action", "organisation"),)

    def __str__(self) -> str:
        return self.organisation.acronym


class Indicator(TranslatedContent):
    class Kind(models.TextChoices):
        COUNT = "count", _("Count")
        YES_NO = "yes_no", _("Yes / no")
        MILESTONE = "milestone", _("Milestone")
        TEXT = "text", _("Text")

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="indicators")
    code = models.CharField(_("code"), max_length=12, help_text=_("e.g. 2.2.a"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("indicator"))
    editorial_note = models.CharField(
        _("editorial note"),
        max_length=300,
        blank=True,
        help_text=_(
            "What the portal notes about the adopted text, e.g. a code printed differently."
        ),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.TEXT)
    baseline = models.CharField(_("baseline"), max_length=100, blank=True)
    target = models.CharField(pgettext_lazy("indicator", "target"), max_length=100, blank=True)
    unit = models.CharField(_("unit"), max_length=50, blank=True)
    data_source = models.CharField(_("data source"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ("action", "order", "code")
        constraints = (
            models.UniqueConstraint(
                fields=("action", "code"), name="one_indicator_code_per_action"
            ),
        )

    def __str__(self) -> str:
        return f"{self.code} {self.text[:60]}"


class ReportingPeriod(models.Model):
    name = models.CharField(_("name"), max_length=50, unique=True, help_text=_("e.g. 2026 H1"))
    start = models.DateField(_("start"))
    end = models.DateField(_("end"))
    is_locked = models.BooleanField(
        _("locked"), default=False, help_text=_("A locked period takes no more updates.")
    )
    is_demo = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_("Invented to show how the portal works; shown with a warning."),
    )

    class Meta:
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        ordering = ("start",)
        constraints = (
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="period_ends_after_it_starts"
            ),
        )

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("A period cannot end before it starts.")})


class ProgressUpdate(models.Model):
    """A coordinator's report on one indicator, for one period and one country (or regional).
    Only approved updates count in the figures; every change is kept in its history."""

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        ACHIEVED = "achieved", _("Achieved")

    class Review(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        APPROVED = "approved", _("Approved")
        RETURNED = "returned", _("Returned")

    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="updates")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="updates")
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Empty for a regional update."),
    )
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2, null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    narrative = models.TextField(_("narrative"), blank=True)
    evidence_file = PrivateFileField(
        _("evidence (file)"),
        upload_to="actionplans/evidence/%Y/",
        download_view="actionplans:update_evidence",
        validators=[DocumentFileValidator()],
        blank=True,
    )
    evidence_url = models.URLField(_("evidence (link)"), blank=True)
    evidence_session = models.ForeignKey(
        Session,
        verbose_name=_("evidence (session)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    evidence_document = models.ForeignKey(
        SessionDocument,
        verbose_name=_("evidence (session document)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Only a follow-up marked done is cited (followups imports actionplans, hence the string).
    evidence_followup = models.ForeignKey(
        "followups.FollowUp",
        verbose_name=_("evidence (follow-up done)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        limit_choices_to={"status": "done"},
        related_name="cited_in_updates",
    )
    review = models.CharField(
        _("review"), max_length=10, choices=Review.choices, default=Review.DRAFT
    )
    review_comment = models.TextField(_("review comment"), blank=True)
    is_demo = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_("Invented to show how the portal works; shown with a warning."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", editable=False
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True, editable=False)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        ordering = ("-period__start", "indicator", "country")
        permissions = (("review_progressupdate", _("Can approve or return progress updates")),)
        indexes = (
            models.Index(fields=("indicator", "review", "period")),
            models.Index(fields=("review", "submitted_at")),
        )

    def __str__(self) -> str:
        where = self.country or _("regional")
        return f"{self.indicator.code} · {self.period} · {where}"

    def get_absolute_url(self) -> str:
        return reverse("actionplans:update", kwargs={"pk": self.pk})


class ProgressUpdateRevision(models.Model):
    """What an update looked like after each change, and who made it: nothing is overwritten."""

    update = models.ForeignKey(ProgressUpdate, on_delete=models.CASCADE, related_name="revisions")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    change = models.CharField(_("change"), max_length=20)
    snapshot = models.JSONField(_("snapshot"))

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ("update", "changed_at", "pk")

    def __str__(self) -> str:
        return f"{self.update} · {self.change} · {self.changed_at:%Y-%m-%d %H:%M}"


# Prefetches an action's participating entities in their order, in one query.
ENTITY_LINKS = models.Prefetch(
    "entity_links", queryset=ActionEntity.objects.select_related("organisation")
)

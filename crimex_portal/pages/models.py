from django.db import models
from django.utils.translation import gettext_lazy as _

from crimex_portal.text import lines_of
from crimex_portal.translations.content import TranslatedContent


class Page(TranslatedContent):
    """Editorial text of the public pages (home, about), translated like all content."""

    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(
        _("body"),
        blank=True,
        help_text=_(
            "Paragraphs are separated by a blank line; lines starting with “- ” form a list. "
            "HTML is shown as text."
        ),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ("slug",)
        # The list of outdated translations spans every app's content: PMT staff's.
        permissions = (("update_translations", _("Can see the translations to update")),)

    def __str__(self) -> str:
        return self.title


class SeededRow(models.Model):
    """A row that load_seed_content wrote, and a fingerprint of the values it wrote.

    A later run updates the row only while it still matches the fingerprint: a row that differs
    was changed in the portal and is kept as it is (until `load_seed_content --reset`).
    """

    # Names the row in the seed, whatever its current values: "crimex_sessions.agendaitem:..."
    key = models.CharField(_("seed key"), max_length=255, unique=True)
    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField()
    # The fields (and many-to-many relations) the seed wrote, and a hash of their values.
    fields = models.JSONField(_("fields"), default=list)
    fingerprint = models.CharField(_("fingerprint"), max_length=64)
    seeded_at = models.DateTimeField(_("seeded at"), auto_now=True)

    class Meta:
        verbose_name = _("seeded row")
        verbose_name_plural = _("seeded rows")
        indexes = (models.Index(fields=("content_type", "object_id")),)

    def __str__(self) -> str:
        return self.key


class StrategyObjective(TranslatedContent):
    """An objective of the Euromed Police Strategy 2017 (seed 004), under the core priority area
    it serves, with the strategy's relevant considerations."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    crime_area = models.ForeignKey(
        "directory.CrimeArea",
        verbose_name=_("crime area"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="strategy_objectives",
    )
    title = models.CharField(_("title"), max_length=200)
    objective = models.TextField(_("objective"))
    considerations = models.TextField(
        _("relevant considerations"), blank=True, help_text=_("One per line.")
    )

    class Meta:
        verbose_name = _("police strategy objective")
        verbose_name_plural = _("police strategy objectives")
        ordering = ("number",)

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def consideration_list(self) -> list[str]:
        return lines_of(self.considerations)

from typing import ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.Model):
    class Group(models.TextChoices):
        SOUTH_PARTNER = "spc", _("South Partner Country")
        EU_MEMBER_STATE = "eu", _("EU Member State")
        OTHER = "other", _("Other country")

    GROUP_PLURALS: ClassVar[dict] = {
        Group.SOUTH_PARTNER: _("South Partner Countries"),
        Group.EU_MEMBER_STATE: _("EU Member States"),
        Group.OTHER: _("Other countries"),
    }

    iso_code = models.CharField(
        _("ISO code"), max_length=2, unique=True, help_text=_("ISO 3166-1 alpha-2, e.g. MA.")
    )
    name = models.CharField(_("name"), max_length=100)
    group = models.CharField(_("group"), max_length=10, choices=Group.choices)

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.iso_code = self.iso_code.upper()
        super().save(*args, **kwargs)

    @property
    def group_plural(self) -> str:
        return self.GROUP_PLURALS[self.group]


class Organisation(models.Model):
    class Kind(models.TextChoices):
        EU_AGENCY = "eu_agency", _("EU agency")
        UN_BODY = "un_body", _("UN body")
        INTERNATIONAL_ORGANISATION = "international_organisation", _("International organisation")
        NETWORK = "network", _("Network")
        MINISTRY = "ministry", _("Ministry")
        PROSECUTION_OFFICE = "prosecution_office", _("Prosecution office (PGO)")
        COURT = "court", _("Court")
        POLICE = "police", _("Police")
        FIU = "fiu", _("Financial intelligence unit (FIU)")
        ASSET_RECOVERY_OFFICE = "asset_recovery_office", _("Asset recovery office")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=40, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisations",
        help_text=_("Only for national bodies; leave empty for international ones."),
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ("acronym",)

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym != self.name else self.name


class CrimeArea(models.Model):
    class Category(models.TextChoices):
        CORE = "core", _("Core priority area")
        CROSS_CUTTING = "cross_cutting", _("Cross-cutting subject")
        ACTION_PLAN = "action_plan", _("Action plan theme")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("crime area")
        verbose_name_plural = _("crime areas")
        ordering = ("order", "slug")

    def __str__(self) -> str:
        return self.name

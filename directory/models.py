from typing import ClassVar

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from crimex_portal.translations.content import TranslatedContent


class Country(TranslatedContent):
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


class Organisation(TranslatedContent):
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
    # The acronym as each language writes it (EJN is RJE in French, UNODC is ONUDC): empty when
    # the language uses the acronym above.
    short_name = models.CharField(
        _("acronym in this language"),
        max_length=60,
        blank=True,
        help_text=_(
            "The acronym as this language writes it, e.g. RJE in French. "
            "Empty: the acronym above is used."
        ),
    )
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
        acronym = self.local_acronym
        return f"{self.name} ({acronym})" if acronym != self.name else self.name

    @property
    def local_acronym(self) -> str:
        """The acronym in the reader's language: RJE on French pages, EJN on English ones."""
        return self.short_name or self.acronym


class CrimeArea(TranslatedContent):
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


class ContactRole(TranslatedContent):
    """What a contact is in the network: central authority, EJN contact point, ..."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("contact role")
        verbose_name_plural = _("contact roles")
        ordering = ("order", "code")

    def __str__(self) -> str:
        return self.name


class Language(TranslatedContent):
    code = models.CharField(_("code"), max_length=8, unique=True, help_text=_("ISO 639-1, e.g. fr"))
    name = models.CharField(_("name"), max_length=60)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class Visibility(models.TextChoices):
    MEMBERS = "members", _("Members")
    PMT = "pmt", _("PMT staff only")


def visibility_field(label: str) -> models.CharField:
    return models.CharField(
        label, max_length=10, choices=Visibility.choices, default=Visibility.MEMBERS
    )


class Contact(TranslatedContent):
    """A person to contact in the network. Personal fields each have a visibility; a contact
    whose consent is not recorded is seen by PMT staff only."""

    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(
        pgettext_lazy("person", "title"),
        max_length=60,
        blank=True,
        help_text=_("e.g. Judge, Dr"),
    )
    function = models.CharField(_("function"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="contacts",
    )
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="contacts"
    )
    roles = models.ManyToManyField(
        ContactRole, verbose_name=_("roles"), blank=True, related_name="contacts"
    )
    specialisations = models.ManyToManyField(
        CrimeArea, verbose_name=_("specialisations"), blank=True, related_name="contacts"
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages spoken"), blank=True, related_name="contacts"
    )
    email = models.EmailField(_("e-mail"), blank=True)
    email_visibility = visibility_field(_("e-mail visible to"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    phone_visibility = visibility_field(_("phone visible to"))
    mobile = models.CharField(_("mobile"), max_length=40, blank=True)
    mobile_visibility = visibility_field(_("mobile visible to"))
    address = models.TextField(_("address"), blank=True)
    address_visibility = visibility_field(_("address visible to"))
    handles_urgent_requests = models.BooleanField(
        _("handles urgent requests (24/7)"), default=False
    )
    last_verified = models.DateField(_("last verified on"), null=True, blank=True)
    consent_date = models.DateField(_("consent recorded on"), null=True, blank=True)
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("consent recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="directory_contact",
    )
    is_demo = models.BooleanField(
        _("fictional demo entry"),
        default=False,
        help_text=_("Invented for demonstration; shown with a warning."),
    )
    # Names, title, function and organisation, lower-cased without accents or Arabic vowel
    # marks: what the search matches (with a trigram index on PostgreSQL).
    search_text = models.TextField(editable=False, default="")
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ("name", "pk")
        indexes = (
            models.Index(fields=("last_verified",)),
            models.Index(fields=("consent_date",)),
        )

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.search_text = self.build_search_text()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("directory:contact", kwargs={"pk": self.pk})

    def build_search_text(self) -> str:
        from directory.search import normalise

        organisation = self.organisation if self.organisation_id else None
        parts = []
        for code, _language in settings.LANGUAGES:
            for field in ("name", "title", "function"):
                parts.append(getattr(self, f"{field}_{code}", ""))
            if organisation:
                parts.append(getattr(organisation, f"name_{code}", ""))
        if organisation:
            parts.append(organisation.acronym)
        return normalise(" ".join(part for part in parts if part))

    def is_stale(self, today=None) -> bool:
        """Not verified for twelve months: flagged "to verify"."""
        today = today or timezone.localdate()
        return self.last_verified is None or (today - self.last_verified).days > 365


class ContactRevision(models.Model):
    """Who changed a contact's fields, when, and from what to what."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="revisions")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    changes = models.JSONField(_("changes"), default=dict, encoder=DjangoJSONEncoder)

    class Meta:
        verbose_name = _("contact change")
        verbose_name_plural = _("contact changes")
        ordering = ("-changed_at", "-pk")

    def __str__(self) -> str:
        return f"{self.contact} · {self.changed_at:%Y-%m-%d %H:%M}"


class OutdatedReport(models.Model):
    """A member's note that an entry is out of date, for PMT staff to check and resolve."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="reports")
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    comment = models.TextField(_("what is out of date"))
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("outdated entry report")
        verbose_name_plural = _("outdated entry reports")
        ordering = ("resolved_at", "-created_at")

    def __str__(self) -> str:
        return f"{self.contact}: {self.comment[:60]}"

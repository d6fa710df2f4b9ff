import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from directory.models import Country

# Arabic ordinals agree with "الدورة" (feminine); beyond the table the number is written as digits.
ARABIC_FEMININE_ORDINALS = {
    1: "الأولى",
    2: "الثانية",
    3: "الثالثة",
    4: "الرابعة",
    5: "الخامسة",
    6: "السادسة",
    7: "السابعة",
    8: "الثامنة",
    9: "التاسعة",
    10: "العاشرة",
    11: "الحادية عشرة",
    12: "الثانية عشرة",
}


def session_ordinal(number: int) -> str:
    language = (get_language() or "en")[:2]
    if language == "fr":
        return "1re" if number == 1 else f"{number}e"
    if language == "ar":
        return ARABIC_FEMININE_ORDINALS.get(number, str(number))
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


class SessionQuerySet(models.QuerySet):
    def published(self) -> "SessionQuerySet":
        return self.filter(is_published=True)

    def upcoming(self, today: datetime.date | None = None) -> "SessionQuerySet":
        today = today or timezone.localdate()
        return self.filter(end_date__gte=today).order_by("start_date", "number", "part")

    def past(self, today: datetime.date | None = None) -> "SessionQuerySet":
        today = today or timezone.localdate()
        return self.filter(end_date__lt=today).order_by("-start_date", "-number", "-part")


class Session(models.Model):
    """A CrimEx meeting: a numbered session, or one part of a session held in several parts."""

    class Kind(models.TextChoices):
        REGULAR = "regular", _("Regular session")
        SPECIAL = "special", _("Special session")

    class Part(models.IntegerChoices):
        WHOLE = 0, _("Whole session")
        FIRST = 1, _("First Part")
        SECOND = 2, _("Second Part")
        THIRD = 3, _("Third Part")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        HELD = "held", pgettext_lazy("session status", "Held")
        CANCELLED = "cancelled", _("Cancelled")

    number = models.PositiveSmallIntegerField(_("number"))
    part = models.PositiveSmallIntegerField(_("part"), choices=Part.choices, default=Part.WHOLE)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.REGULAR)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    venue_city = models.CharField(_("city"), max_length=100, blank=True)
    venue_country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )
    is_published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Unpublished sessions are visible to PMT staff only."),
    )

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("CrimEx session")
        verbose_name_plural = _("CrimEx sessions")
        ordering = ("-start_date", "-number", "-part")
        constraints = (
            models.UniqueConstraint(fields=("number", "part"), name="unique_session_number_part"),
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="session_ends_after_it_starts",
            ),
        )

    def __str__(self) -> str:
        return str(self.label)

    def get_absolute_url(self) -> str:
        return reverse("crimex_sessions:detail", kwargs={"pk": self.pk})

    @property
    def label(self) -> str:
        """'5th CrimEx session, Second Part' in the active language."""
        label = _("%(ordinal)s CrimEx session") % {"ordinal": session_ordinal(self.number)}
        if self.part != self.Part.WHOLE:
            label = _("%(session)s, %(part)s") % {"session": label, "part": self.get_part_display()}
        return label

    def clean(self) -> None:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A session cannot end before it starts.")})

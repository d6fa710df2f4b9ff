import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from crimex_portal.text import lines_of
from crimex_portal.uploads import DocumentFileValidator, PrivateFileField
from directory.models import Country, Organisation


def validate_time_zone(value: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            _("“%(value)s” is not a known time zone."), params={"value": value}
        ) from error


def validate_language_codes(value: list) -> None:
    known = {code for code, _name in settings.LANGUAGES}
    if not isinstance(value, list) or not set(value) <= known:
        raise ValidationError(
            _("Choose among the portal's languages: %(codes)s."),
            params={"codes": ", ".join(sorted(known))},
        )


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
        """Sessions not over yet, and drafts whose dates are not set (staff see those)."""
        today = today or timezone.localdate()
        return self.filter(
            models.Q(end_date__gte=today) | models.Q(end_date__isnull=True)
        ).order_by(models.F("start_date").asc(nulls_last=True), "number", "part")

    def past(self, today: datetime.date | None = None) -> "SessionQuerySet":
        today = today or timezone.localdate()
        return self.filter(end_date__lt=today).order_by("-start_date", "-number", "-part")

    def next_free_number(self, *, after: int, part: int) -> int:
        """The first number above `after` that no session of this part uses yet."""
        taken = set(self.filter(part=part, number__gt=after).values_list("number", flat=True))
        number = after + 1
        while number in taken:
            number += 1
        return number


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
    # Empty only on an unpublished draft, e.g. a copy made with "Save as new".
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
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
    is_demo = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_("Invented to show how the portal works; shown with a warning."),
    )
    time_zone = models.CharField(
        _("time zone of the venue"),
        max_length=64,
        default="Europe/Brussels",
        validators=[validate_time_zone],
        help_text=_("The agenda's times are local times of the venue, e.g. Africa/Tunis."),
    )
    working_languages = models.JSONField(
        _("working languages"), default=list, blank=True, validators=[validate_language_codes]
    )
    interpretation_languages = models.JSONField(
        _("simultaneous interpretation into"),
        default=list,
        blank=True,
        validators=[validate_language_codes],
    )
    moderation = models.CharField(
        _("moderated by"), max_length=255, blank=True, help_text=_("e.g. the CrimEx Presidium")
    )
    background = models.TextField(
        _("background"),
        blank=True,
        help_text=_("Paragraphs separated by a blank line; lines starting with “- ” form a list."),
    )
    methodology = models.TextField(
        _("methodology"),
        blank=True,
        help_text=_("Paragraphs separated by a blank line; lines starting with “- ” form a list."),
    )
    participating_countries = models.ManyToManyField(
        Country, verbose_name=_("participating countries"), blank=True, related_name="+"
    )
    participating_organisations = models.ManyToManyField(
        Organisation, verbose_name=_("participating organisations"), blank=True, related_name="+"
    )
    registration_deadline = models.DateField(
        _("registration closes after"),
        null=True,
        blank=True,
        help_text=_(
            "Optional: the last day members can register (in the venue's time zone). "
            "Registration always closes when the session ends."
        ),
    )
    registration_capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Optional: how many members can register. Empty for no limit."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

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
            models.CheckConstraint(
                condition=models.Q(is_published=False)
                | models.Q(start_date__isnull=False, end_date__isnull=False),
                name="published_session_has_dates",
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
        if (self.start_date is None) != (self.end_date is None):
            missing = "start_date" if self.start_date is None else "end_date"
            raise ValidationError({missing: _("Give both dates, or neither on a draft.")})
        if self.is_published and self.start_date is None:
            raise ValidationError(
                {"start_date": _("Set the session's dates before publishing it.")}
            )

    @property
    def has_dates(self) -> bool:
        return self.start_date is not None and self.end_date is not None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def working_language_names(self) -> list[str]:
        return language_names(self.working_languages)

    def interpretation_language_names(self) -> list[str]:
        return language_names(self.interpretation_languages)


def language_names(codes: list[str]) -> list[str]:
    names = dict(settings.LANGUAGES)
    return [str(names[code]) for code in codes if code in names]


class SessionObjective(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="objectives")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("objective"), max_length=300)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        ordering = ("session", "order", "pk")

    def __str__(self) -> str:
        return self.title


class SessionExpert(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="experts")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    honorific = models.CharField(_("honorific"), max_length=20, blank=True)
    name = models.CharField(_("name"), max_length=200)
    group = models.CharField(
        _("group"), max_length=200, blank=True, help_text=_("e.g. EuroMed Justice Key Experts")
    )
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    affiliation = models.CharField(
        _("affiliation"), max_length=200, blank=True, help_text=_("e.g. FIIAPP - Spain")
    )

    class Meta:
        verbose_name = _("expert")
        verbose_name_plural = _("experts")
        ordering = ("session", "order", "pk")

    def __str__(self) -> str:
        return self.name


class SessionOutcome(models.Model):
    class Kind(models.TextChoices):
        ROADMAP = "roadmap", _("Roadmap")
        DECLARATION = "declaration", _("Declaration")
        CONCLUSIONS = "conclusions", _("Conclusions")
        REPORT = "report", _("Report")
        OTHER = "other", _("Other")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="outcomes")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        ordering = ("session", "order", "pk")

    def __str__(self) -> str:
        return self.title


class AgendaItem(models.Model):
    """One line of the timetable. The items of one date are that day of the agenda."""

    class Kind(models.TextChoices):
        OPENING = "opening", _("Opening")
        PRESENTATION = "presentation", _("Presentation")
        DEBATE = "debate", _("Debate")
        BREAK = "break", _("Break")
        LUNCH = "lunch", _("Lunch")
        TOUR_DE_TABLE = "tour_de_table", _("Tour de table")
        CONCLUSIONS = "conclusions", _("Conclusions")
        OTHER = "other", _("Other")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="agenda_items")
    date = models.DateField(_("day"))
    start_time = models.TimeField(_("start"))
    end_time = models.TimeField(_("end"), null=True, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.PRESENTATION
    )
    title = models.CharField(_("title"), max_length=500)
    description = models.TextField(_("description"), blank=True)
    sub_points = models.TextField(
        _("sub-points"), blank=True, help_text=_("One per line, in order.")
    )
    speakers = models.CharField(_("speakers"), max_length=300, blank=True)
    organisations = models.ManyToManyField(
        Organisation, verbose_name=_("organisations"), blank=True, related_name="+"
    )
    moderator = models.CharField(_("moderator"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ("session", "date", "start_time", "pk")
        indexes = (models.Index(fields=("session", "date", "start_time")),)
        constraints = (
            models.CheckConstraint(
                condition=models.Q(end_time__isnull=True)
                | models.Q(end_time__gt=models.F("start_time")),
                name="agenda_item_ends_after_it_starts",
            ),
        )

    def __str__(self) -> str:
        return f"{self.date} {self.start_time:%H:%M} {self.title}"

    def clean(self) -> None:
        errors = {}
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("An item must end after it starts.")
        session = self.session if self.session_id else None
        if (
            session
            and session.has_dates
            and self.date
            and not session.start_date <= self.date <= session.end_date
        ):
            errors["date"] = _(
                "The day must lie within the session's dates (%(start)s – %(end)s)."
            ) % {"start": session.start_date, "end": session.end_date}
        if errors:
            raise ValidationError(errors)

    def sub_point_list(self) -> list[str]:
        return lines_of(self.sub_points)

    def starts_at(self) -> datetime.datetime:
        return datetime.datetime.combine(self.date, self.start_time, tzinfo=self.session.zone)

    def ends_at(self) -> datetime.datetime | None:
        if self.end_time is None:
            return None
        return datetime.datetime.combine(self.date, self.end_time, tzinfo=self.session.zone)


class SessionDocument(models.Model):
    class Kind(models.TextChoices):
        AGENDA = "agenda", _("Agenda")
        CONCLUSIONS = "conclusions", _("Conclusions")
        REPORT = "report", _("Report")
        PRESENTATION = "presentation", _("Presentation")
        LEGAL_ANALYSIS = "legal_analysis", _("Legal Analysis")
        GAPS_ANALYSIS = "gaps_analysis", _("Gaps Analysis")
        HANDBOOK = "handbook", _("Handbook")
        DIGITAL_EVIDENCE_MANUAL = "digital_evidence_manual", _("Digital Evidence Manual")
        OTHER = "other", _("Other")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Public")
        MEMBERS = "members", _("Members only")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="documents")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.OTHER)
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.MEMBERS
    )
    language = models.CharField(
        _("language of the document"), max_length=5, choices=settings.LANGUAGES, blank=True
    )
    file = PrivateFileField(
        _("file"),
        upload_to="sessions/documents/%Y/",
        download_view="crimex_sessions:document",
        validators=[DocumentFileValidator()],
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ("session", "order", "pk")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("crimex_sessions:document", kwargs={"pk": self.pk})

    @property
    def is_public(self) -> bool:
        return self.visibility == self.Visibility.PUBLIC


class Registration(models.Model):
    """A member's registration to attend a session."""

    class Capacity(models.TextChoices):
        CRIMEX_MEMBER = "crimex_member", _("CrimEx member")
        EXPERT = "expert", _("Expert or speaker")
        OBSERVER = "observer", _("Observer")
        LIAISON_MAGISTRATE = "liaison_magistrate", _("Liaison magistrate")
        PMT = "pmt", _("Project Management Team")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_registrations"
    )
    capacity = models.CharField(
        _("attending as"), max_length=30, choices=Capacity.choices, default=Capacity.CRIMEX_MEMBER
    )
    interpretation_language = models.CharField(
        _("interpretation needed into"),
        max_length=5,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("Leave empty if you need no interpretation."),
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # Emptied whenever the registration changes; set once its confirmation e-mail is sent.
    confirmation_sent_at = models.DateTimeField(
        _("confirmation sent at"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ("session", "user__last_name", "user__first_name")
        constraints = (
            models.UniqueConstraint(fields=("session", "user"), name="one_registration_per_member"),
        )

    def __str__(self) -> str:
        return f"{self.user} – {self.session}"


class AgendaRelease(models.Model):
    """Version n of a session's agenda as published: a frozen copy of the working agenda's
    items (sessions/releases.py writes `items` and `changes`), with a comment for readers."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="releases")
    number = models.PositiveSmallIntegerField(_("version"))
    comment = models.TextField(
        _("what changed"), blank=True, help_text=_("Shown with the changes, e.g. why they came.")
    )
    # [{"id", "date", "start", "end", "kind", "title": {"en", "fr", "ar"}, ...}] in time order.
    items = models.JSONField(default=list, editable=False)
    # The differences from the version before, language-neutral (see releases.compute_changes).
    changes = models.JSONField(default=dict, editable=False)
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("agenda release")
        verbose_name_plural = _("agenda releases")
        ordering = ("session", "-number")
        constraints = (
            models.UniqueConstraint(fields=("session", "number"), name="one_release_per_number"),
        )

    def __str__(self) -> str:
        return _("%(session)s, agenda v%(number)s") % {
            "session": self.session,
            "number": self.number,
        }

    def get_absolute_url(self) -> str:
        return reverse(
            "crimex_sessions:release", kwargs={"pk": self.session_id, "number": self.number}
        )

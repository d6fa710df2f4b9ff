"""What a session decided, and who must do what by when: the thread from a session's agenda to
the Action Plans' actions and indicators, and from there to the evidence of a progress update."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actionplans.models import Action, Indicator
from crimex_portal.translations.content import TranslatedContent
from directory.models import Country, Organisation
from sessions.models import AgendaItem, Session


class Decision(TranslatedContent):
    """A conclusion or decision of a session, optionally taken under one agenda item."""

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="decisions"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="decisions",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("decision"))
    is_reconstructed = models.BooleanField(
        _("reconstructed from the agenda"),
        default=False,
        help_text=_("Taken from the agenda's points, not from minutes of the session."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ("session", "order", "pk")

    def __str__(self) -> str:
        return f"{self.session} · {self.text[:60]}"

    def get_absolute_url(self) -> str:
        return f"{self.session.get_absolute_url()}#decision-{self.pk}"

    def clean(self) -> None:
        if (
            self.agenda_item_id
            and self.session_id
            and self.agenda_item.session_id != self.session_id
        ):
            raise ValidationError({"agenda_item": _("Choose an item of this session's agenda.")})


class FollowUpQuerySet(models.QuerySet):
    def still_open(self) -> "FollowUpQuerySet":
        return self.filter(status__in=FollowUp.OPEN_STATUSES)

    def owned_by(self, user) -> "FollowUpQuerySet":
        """Owned by the member, by their organisation or by their country."""
        owner = models.Q(owner_member=user)
        if user.organisation_id:
            owner |= models.Q(owner_organisation_id=user.organisation_id)
        if user.country_id:
            owner |= models.Q(owner_country_id=user.country_id)
        return self.filter(owner)


class FollowUp(TranslatedContent):
    """Something to be done after a decision, by one owner: a country, an organisation or a
    member. Every change of its status is kept (FollowUpChange)."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    OPEN_STATUSES = (Status.OPEN, Status.IN_PROGRESS)

    decision = models.ForeignKey(
        Decision, verbose_name=_("decision"), on_delete=models.CASCADE, related_name="followups"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    what = models.TextField(_("what is to be done"))
    owner_country = models.ForeignKey(
        Country,
        verbose_name=_("owner: a country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    owner_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("owner: an organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    owner_member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner: a member"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.OPEN
    )
    status_note = models.TextField(_("note on the status"), blank=True)
    status_changed_at = models.DateTimeField(
        _("status changed at"), default=timezone.now, editable=False
    )
    actions = models.ManyToManyField(
        Action, verbose_name=_("Action Plan actions"), blank=True, related_name="followups"
    )
    indicators = models.ManyToManyField(
        Indicator, verbose_name=_("indicators"), blank=True, related_name="followups"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ("decision__session", "decision__order", "order", "pk")
        permissions = (("update_any_followup", _("Can update the status of any follow-up")),)
        indexes = (models.Index(fields=("status", "due_date")),)
        constraints = (
            models.CheckConstraint(
                condition=(
                    models.Q(
                        owner_country__isnull=False,
                        owner_organisation__isnull=True,
                        owner_member__isnull=True,
                    )
                    | models.Q(
                        owner_country__isnull=True,
                        owner_organisation__isnull=False,
                        owner_member__isnull=True,
                    )
                    | models.Q(
                        owner_country__isnull=True,
                        owner_organisation__isnull=True,
                        owner_member__isnull=False,
                    )
                ),
                name="followup_has_exactly_one_owner",
            ),
        )

    def __str__(self) -> str:
        return self.what[:80]

    def get_absolute_url(self) -> str:
        return reverse("followups:detail", kwargs={"pk": self.pk})

    def clean(self) -> None:
        owners = [self.owner_country_id, self.owner_organisation_id, self.owner_member_id]
        if sum(owner is not None for owner in owners) != 1:
            raise ValidationError(_("Give one owner: a country, an organisation or a member."))

    @property
    def owner(self):
        return self.owner_country or self.owner_organisation or self.owner_member

    @property
    def owner_label(self) -> str:
        if self.owner_member_id:
            member = self.owner_member
            return member.get_full_name() or member.email
        return str(self.owner or "")

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @staticmethod
    def tracking_labels() -> list[str]:
        """The headings of tracking_cells(), in the active language."""
        return [
            str(_("Session")),
            str(_("Decision")),
            str(_("Follow-up")),
            str(_("Owner")),
            str(_("Due date")),
            str(_("Status")),
            str(_("Note")),
        ]

    def tracking_cells(self) -> list:
        """Session, decision, what, owner, due date, status, note: a row of every export."""
        return [
            str(self.decision.session.label),
            self.decision.text,
            self.what,
            self.owner_label,
            self.due_date,
            self.get_status_display(),
            self.status_note,
        ]

    def is_overdue(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.is_open and self.due_date is not None and self.due_date < today


class FollowUpChange(models.Model):
    """One change of a follow-up's status, by whom and with what note: nothing is overwritten."""

    followup = models.ForeignKey(FollowUp, on_delete=models.CASCADE, related_name="changes")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    status = models.CharField(_("status"), max_length=12, choices=FollowUp.Status.choices)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ("followup", "changed_at", "pk")

    def __str__(self) -> str:
        return f"{self.followup} · {self.status} · {self.changed_at:%Y-%m-%d %H:%M}"

import datetime

from django import forms
from django.db.models import Min
from django.forms.models import BaseInlineFormSet
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from sessions.models import Registration, Session
from sessions.selectors import capacities_open_to
from sessions.services import TimetableSlot, agenda_conflicts


class RegistrationForm(forms.ModelForm):
    """What a member chooses: the capacities open to them only, whatever the request says."""

    class Meta:
        model = Registration
        fields = ("capacity", "interpretation_language")

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["capacity"].choices = capacities_open_to(user)


class AgendaItemForm(forms.ModelForm):
    """An agenda item in the admin's timetable (the inline gives the model and the fields)."""

    # Set by the formset when the session gets its dates for the first time (a draft copy).
    day_shift = datetime.timedelta(0)

    def has_changed(self) -> bool:
        return super().has_changed() or bool(self.day_shift and self.instance.pk)

    def clean_date(self) -> datetime.date | None:
        date = self.cleaned_data.get("date")
        if self.day_shift and self.instance.pk and date == self.instance.date:
            return date + self.day_shift  # a day the person left as it was moves with the session
        return date


class AgendaItemFormSet(BaseInlineFormSet):
    """The admin's timetable: the items of one day must not overlap, and each day must lie
    within the session's dates."""

    @cached_property
    def day_shift(self) -> datetime.timedelta:
        """A draft copy keeps the days of the agenda it was copied from until it has dates;
        then the agenda's first day becomes the session's first day, the others following."""
        session = self.instance
        if not (session.pk and session.start_date):
            return datetime.timedelta(0)
        if Session.objects.filter(pk=session.pk, start_date__isnull=False).exists():
            return datetime.timedelta(0)
        first_day = self.get_queryset().aggregate(first=Min("date"))["first"]
        return session.start_date - first_day if first_day else datetime.timedelta(0)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.day_shift = self.day_shift
        return form

    def clean(self) -> None:
        super().clean()
        session = self.instance
        slots = []
        for form in self.forms:
            if not form.has_changed() and not form.instance.pk:
                continue
            if self.can_delete and self._should_delete_form(form):
                continue
            data = getattr(form, "cleaned_data", None) or {}
            date, start = data.get("date"), data.get("start_time")
            if not (date and start):
                continue
            if session.has_dates and not (session.start_date <= date <= session.end_date):
                form.add_error(
                    "date",
                    _("The day must lie within the session's dates (%(start)s – %(end)s).")
                    % {"start": session.start_date, "end": session.end_date},
                )
            slots.append(
                TimetableSlot(
                    date,
                    start,
                    data.get("end_time"),
                    data.get("title_en", "") or data.get("title", ""),
                )
            )
        problems = agenda_conflicts(slots)
        if problems:
            raise forms.ValidationError(problems)

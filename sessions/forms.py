from django import forms
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _

from sessions.models import Registration
from sessions.services import TimetableSlot, agenda_conflicts


class RegistrationForm(forms.ModelForm):
    class Meta:
        model = Registration
        fields = ("capacity", "interpretation_language")


class AgendaItemFormSet(BaseInlineFormSet):
    """The admin's timetable: the items of one day must not overlap, and each day must lie
    within the session's dates."""

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
            if (
                session.start_date
                and session.end_date
                and not (session.start_date <= date <= session.end_date)
            ):
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

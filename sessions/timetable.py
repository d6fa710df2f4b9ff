"""The compact timetable editor: every agenda item of a session on one row (day, times, kind,
title in each language), grouped by day, saved in one transaction or not at all."""

import datetime
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms import formset_factory
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sessions.models import AgendaItem, Session
from sessions.preparation import day_number, first_agenda_day
from sessions.services import TimetableSlot, agenda_overlaps, overlap_message

UP, DOWN = "up", "down"
HALF_AN_HOUR = datetime.timedelta(minutes=30)
TITLE_FIELDS = tuple(f"title_{code}" for code, _name in settings.LANGUAGES)
# The model's fields and the row's, where they differ: an error of the model goes to its cell.
ROW_FIELD_OF = {"date": "day", "title": "title_en"}


def day_label(session: Session, number: int) -> str:
    if session.has_dates:
        return date_format(first_agenda_day(session) + datetime.timedelta(days=number - 1), "D j M")
    return _("Day %(number)s") % {"number": number}


def day_numbers(session: Session, extra_day: bool = False) -> list[int]:
    """The days the editor shows: the session's, or on a draft without dates, those its items
    have (and one more when PMT add a day)."""
    if session.has_dates:
        return list(range(1, (session.end_date - session.start_date).days + 2))
    used = {day_number(session, item.date) for item in session.agenda_items.all()}
    last = max(used, default=1) + (1 if extra_day else 0)
    return list(range(1, last + 1))


class TimetableRowForm(forms.Form):
    item = forms.IntegerField(required=False, widget=forms.HiddenInput)
    day = forms.TypedChoiceField(label=gettext_lazy("day"), coerce=int)
    start_time = forms.TimeField(
        label=gettext_lazy("start"), widget=forms.TimeInput(format="%H:%M", attrs={"size": 5})
    )
    end_time = forms.TimeField(
        label=gettext_lazy("end"),
        required=False,
        widget=forms.TimeInput(format="%H:%M", attrs={"size": 5}),
    )
    kind = forms.ChoiceField(label=gettext_lazy("kind"), choices=AgendaItem.Kind.choices)
    delete = forms.BooleanField(label=gettext_lazy("Delete"), required=False)

    def __init__(self, *args, session: Session, days: list[int], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["day"].choices = [(number, day_label(session, number)) for number in days]
        for code, name in settings.LANGUAGES:
            self.fields[f"title_{code}"] = forms.CharField(
                label=_("Title (%(language)s)") % {"language": name},
                max_length=500,
                required=False,
                widget=forms.TextInput(attrs={"lang": code, "dir": "auto"}),
            )

    def is_blank_new_row(self) -> bool:
        """A row added and left without any title: nothing to save, nothing to complain of."""
        if self.is_bound:
            values = [self.data.get(self.add_prefix(name), "") for name in ("item", *TITLE_FIELDS)]
        else:
            values = [self.initial.get(name) for name in ("item", *TITLE_FIELDS)]
        return not any(str(value or "").strip() for value in values)


TimetableFormSet = formset_factory(TimetableRowForm, extra=0)


def _rows_of(items: list[AgendaItem], session: Session) -> list[dict]:
    return [
        {
            "item": item.pk,
            "day": day_number(session, item.date),
            "start_time": item.start_time,
            "end_time": item.end_time,
            "kind": item.kind,
            **{name: getattr(item, name) for name in TITLE_FIELDS},
        }
        for item in items
    ]


def timetable_formset(
    session: Session, data=None, *, add_to_day: int | None = None
) -> forms.BaseFormSet:
    """The editor's rows: the session's items in time order, and a blank row at the end of
    `add_to_day` when PMT asked to add one there."""
    items = list(session.agenda_items.all())
    rows = _rows_of(items, session)
    days = day_numbers(session, extra_day=add_to_day is not None)
    if add_to_day is not None and add_to_day in days:
        same_day = [row for row in rows if row["day"] == add_to_day]
        # After the day's last item; an item without an end is given half an hour.
        last_end = max(
            (
                row["end_time"] or _shifted(row["start_time"], HALF_AN_HOUR) or row["start_time"]
                for row in same_day
            ),
            default=datetime.time(9),
        )
        position = max(
            (index + 1 for index, row in enumerate(rows) if row["day"] <= add_to_day), default=0
        )
        rows.insert(
            position,
            {"day": add_to_day, "start_time": last_end, "kind": AgendaItem.Kind.PRESENTATION},
        )
    if data is not None:
        days = sorted({*days, *_submitted_days(data)})
    return TimetableFormSet(
        data, initial=rows, form_kwargs={"session": session, "days": days}, prefix="rows"
    )


def _submitted_days(data) -> set[int]:
    """A day added on the page before saving is a day of the timetable too (drafts only)."""
    days = set()
    for key, value in data.items():
        if key.startswith("rows-") and key.endswith("-day") and str(value).isdigit():
            days.add(int(value))
    return {day for day in days if 1 <= day <= 31}


@dataclass
class DayOfRows:
    number: int
    label: str
    forms: list = field(default_factory=list)


def rows_by_day(session: Session, formset: forms.BaseFormSet) -> list[DayOfRows]:
    days = {
        number: DayOfRows(number, day_label(session, number))
        for number in formset.form_kwargs["days"]
    }
    for index, form in enumerate(formset.forms):
        form.row_index = index  # what its up/down buttons send
        try:
            number = int(form["day"].value())
        except (TypeError, ValueError):
            number = min(days, default=1)
        days.setdefault(number, DayOfRows(number, day_label(session, number))).forms.append(form)
    return [days[number] for number in sorted(days)]


def _shifted(time: datetime.time, delta: datetime.timedelta) -> datetime.time | None:
    moment = datetime.datetime.combine(datetime.date(2000, 1, 1), time) + delta
    return moment.time() if moment.date() == datetime.date(2000, 1, 1) else None


def _duration(row: dict) -> datetime.timedelta:
    if row["end_time"] is None:
        return datetime.timedelta(0)
    start = datetime.datetime.combine(datetime.date(2000, 1, 1), row["start_time"])
    return datetime.datetime.combine(datetime.date(2000, 1, 1), row["end_time"]) - start


def move_row(rows: list[dict], index: int, direction: str) -> None:
    """Swaps the row with the one before (up) or after (down) it on its day: the pair keeps its
    first start time and the gap between them; each item keeps its length."""
    row = rows[index]
    day = sorted(
        (other for other in rows if other["day"] == row["day"]),
        key=lambda other: other["start_time"],
    )
    position = next(i for i, other in enumerate(day) if other is row)
    neighbour = position - 1 if direction == UP else position + 1
    if not 0 <= neighbour < len(day):
        return
    earlier, later = sorted((row, day[neighbour]), key=lambda other: other["start_time"])
    gap = _duration(
        {
            "start_time": earlier["end_time"] or earlier["start_time"],
            "end_time": later["start_time"],
        }
    )
    later_length, earlier_length = _duration(later), _duration(earlier)
    later_start = earlier["start_time"]
    later_end = _shifted(later_start, later_length)
    earlier_start = _shifted(later_end, gap) if later_end else None
    earlier_end = _shifted(earlier_start, earlier_length) if earlier_start else None
    if later_end is None or earlier_start is None or earlier_end is None:
        return  # it would cross midnight
    later["start_time"] = later_start
    later["end_time"] = later_end if later["end_time"] is not None else None
    earlier["start_time"] = earlier_start
    earlier["end_time"] = earlier_end if earlier["end_time"] is not None else None


class TimetableInvalid(Exception):
    """Some rows are wrong: the forms carry the errors; nothing was saved."""


@transaction.atomic
def timetable_save(
    *, session: Session, formset: forms.BaseFormSet, move: tuple[int, str] | None = None
) -> int:
    """Saves every row of the editor, or none: each row is checked by the agenda item's own
    rules (end after start, a day within the session's dates, an English title) and the day's
    rows must not overlap. Returns how many items were added, changed or deleted."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    existing = {item.pk: item for item in session.agenda_items.all()}
    first_day = first_agenda_day_of(session, existing.values())
    if not formset.is_valid():
        raise TimetableInvalid
    rows, forms_of_rows = [], []
    for form in formset.forms:
        data = form.cleaned_data
        if not data or (not data.get("item") and form.is_blank_new_row()):
            continue
        rows.append(dict(data))
        forms_of_rows.append(form)
    if move is not None:
        index, direction = move
        if 0 <= index < len(formset.forms) and formset.forms[index] in forms_of_rows:
            move_row(rows, forms_of_rows.index(formset.forms[index]), direction)
    changes, items, slots = 0, [], []
    for position, (row, form) in enumerate(zip(rows, forms_of_rows, strict=True)):
        item = existing.get(row["item"]) if row["item"] else AgendaItem(session=session)
        if item is None:
            form.add_error(None, _("This item was deleted meanwhile: reload the page."))
            continue
        if row["delete"]:
            if item.pk:
                item.delete()
                changes += 1
            continue
        before = _values(item)
        item.date = first_day + datetime.timedelta(days=row["day"] - 1)
        for name in ("start_time", "end_time", "kind", *TITLE_FIELDS):
            setattr(item, name, row[name] or ("" if name in TITLE_FIELDS else row[name]))
        try:
            item.full_clean(exclude=["session"])
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                target = ROW_FIELD_OF.get(name, name)
                form.add_error(target if target in form.fields else None, messages)
            continue
        if _values(item) != before:
            items.append(item)
        slots.append(
            TimetableSlot(item.date, item.start_time, item.end_time, item.title_en, row=position)
        )
    # Items the page did not show (added meanwhile by someone else) still take their time.
    shown = {row["item"] for row in rows if row["item"]}
    slots += [
        TimetableSlot(item.date, item.start_time, item.end_time, item.title_en)
        for pk, item in existing.items()
        if pk not in shown
    ]
    for earlier, later in agenda_overlaps(slots):
        wrong = later if later.row is not None else earlier
        if wrong.row is None:
            continue  # two items the page did not show: not this page's to correct
        day = day_label(session, (wrong.date - first_day).days + 1)
        forms_of_rows[wrong.row].add_error("start_time", overlap_message(earlier, later, day))
    if any(form.errors for form in formset.forms):
        raise TimetableInvalid
    for item in items:
        item.save()
    return changes + len(items)


def first_agenda_day_of(session: Session, items) -> datetime.date:
    if session.start_date:
        return session.start_date
    dates = [item.date for item in items]
    return min(dates) if dates else first_agenda_day(session)


def _values(item: AgendaItem) -> tuple:
    titles = (getattr(item, name) for name in TITLE_FIELDS)
    return (item.date, item.start_time, item.end_time, item.kind, *titles)

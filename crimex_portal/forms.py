"""One rule for every single-line text field of the portal's forms, the admin's and allauth's:
no control characters. A carriage return typed into a name, a title or a phone number would end
the line in every format that writes one field per line (vCard, CSV, iCalendar, e-mail headers)
and let the rest of the value pass for lines of its own."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from crimex_portal.text import CONTROL_CHARACTERS

CONTROL_CHARACTERS_MESSAGE = _(
    "This field holds a single line: remove the line breaks, tabs and other control characters."
)
# Text areas hold lines; a password is only ever hashed, and refusing one would say what it holds.
NOT_SINGLE_LINE_WIDGETS = (forms.Textarea, forms.PasswordInput)


def is_single_line(field: forms.Field) -> bool:
    return isinstance(field, forms.CharField) and not isinstance(
        field.widget, NOT_SINGLE_LINE_WIDGETS
    )


def refuse_control_characters(value: object) -> None:
    if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
        raise ValidationError(CONTROL_CHARACTERS_MESSAGE, code="control_characters")


_django_char_field_validate = forms.CharField.validate


def _validate_single_line(self: forms.CharField, value: object) -> None:
    _django_char_field_validate(self, value)
    # The widget is read now, not when the field was made: forms often swap it in __init__.
    if is_single_line(self):
        refuse_control_characters(value)


def guard_single_line_fields() -> None:
    """Makes every forms.CharField (and its subclasses: e-mail, URL, slug...) refuse control
    characters unless it is shown as a text area, as Django's own CharField refuses NUL. Called
    once, from the project's AppConfig.ready(), so no form can forget it."""
    forms.CharField.validate = _validate_single_line

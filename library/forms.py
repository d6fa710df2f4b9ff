from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from library.models import LibraryDocument


class LibraryFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("All kinds")), *LibraryDocument.Kind.choices],
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    language = forms.ChoiceField(
        label=_("Language version"),
        required=False,
        choices=[("", _("Any language")), *settings.LANGUAGES],
    )

    def __init__(self, *args, countries, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [
            ("", _("All countries")),
            *((country.iso_code, country.name) for country in countries),
        ]

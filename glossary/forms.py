from django import forms
from django.utils.translation import gettext_lazy as _

from glossary.models import GlossaryEntry
from glossary.selectors import GlossaryFilters


class GlossarySearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        help_text=_("A term in English, French or Arabic, or a variant to avoid."),
    )
    domain = forms.ChoiceField(
        label=_("Domain"),
        required=False,
        choices=[("", _("All domains")), *GlossaryEntry.Domain.choices],
    )

    def filters(self) -> GlossaryFilters | None:
        if not self.is_valid():
            return None
        return GlossaryFilters(query=self.cleaned_data["q"], domain=self.cleaned_data["domain"])

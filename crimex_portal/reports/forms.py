from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from crimex_portal.reports.registry import registered_kinds


class ReportRequestForm(forms.Form):
    kind = forms.CharField(max_length=40, widget=forms.HiddenInput)
    key = forms.CharField(max_length=100, widget=forms.HiddenInput)
    language = forms.ChoiceField(label=_("Language of the PDF"), choices=settings.LANGUAGES)

    def clean_kind(self) -> str:
        kind = self.cleaned_data["kind"]
        if kind not in registered_kinds():
            raise forms.ValidationError(_("Unknown kind of report."), code="unknown_kind")
        return kind

from typing import ClassVar

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from crimex_portal.collation import order_choices_by_language
from directory.models import Country, Language
from fiches.models import Channel, Fiche, FicheEditorAssignment, Measure, MeasureGroup
from fiches.selectors import MAX_COMPARED, FicheFilters
from fiches.services import fiche_editor_check
from fiches.translation import FICHE_TEXT_FIELDS

# Requests are written in these; the filter offers them first.
REQUEST_LANGUAGES = ("en", "fr", "ar")


def _countries():
    # pk__in rather than DISTINCT over a join: the choices are ordered by a collated expression.
    return Country.objects.filter(pk__in=Fiche.objects.values("country_id"))


def _measures():
    return Measure.objects.order_by("group__order", "order", "code")


def _key(value) -> str:
    """A chosen object as the code URLs and selectors use."""
    if isinstance(value, Country):
        return value.iso_code
    return getattr(value, "code", value) or ""


class MeasureFilterForm(forms.Form):
    """Filters of one measure's page: where requests may be written in a language, where the
    measure is not applicable."""

    language = forms.ModelChoiceField(
        Language.objects.filter(code__in=REQUEST_LANGUAGES).order_by("name"),
        to_field_name="code",
        required=False,
        label=_("Accepts requests in"),
        empty_label=_("Any language"),
    )
    applicability = forms.ChoiceField(
        choices=[("", _("Any")), *Fiche.Applicability.choices],
        required=False,
        label=_("Applicability"),
    )

    def filters(self) -> FicheFilters | None:
        """The search to run, or None when the form has errors (then nothing is listed)."""
        if not self.is_valid():
            return None
        return FicheFilters(**{name: _key(value) for name, value in self.cleaned_data.items()})


class FicheSearchForm(MeasureFilterForm):
    country = forms.ModelChoiceField(
        _countries(),
        to_field_name="iso_code",
        required=False,
        label=_("Country"),
        empty_label=_("All countries"),
    )
    group = forms.ModelChoiceField(
        MeasureGroup.objects.all(),
        to_field_name="code",
        required=False,
        label=_("Measure group"),
        empty_label=_("All groups"),
    )
    measure = forms.ModelChoiceField(
        _measures(),
        to_field_name="code",
        required=False,
        label=_("Measure"),
        empty_label=_("All measures"),
    )
    channel = forms.ModelChoiceField(
        Channel.objects.all(),
        to_field_name="code",
        required=False,
        label=_("Channel"),
        empty_label=_("Any channel"),
    )

    field_order = ("country", "group", "measure", "language", "applicability", "channel")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        order_choices_by_language(self, "country", "language")


class AtlasForm(forms.Form):
    country = forms.ModelChoiceField(
        _countries(),
        to_field_name="iso_code",
        label=_("Country you send the request to"),
        empty_label=_("Choose a country"),
    )
    measure = forms.ModelChoiceField(
        _measures(),
        to_field_name="code",
        label=_("Measure you need"),
        empty_label=_("Choose a measure"),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        order_choices_by_language(self, "country")


class ComparisonForm(forms.Form):
    country = forms.ModelMultipleChoiceField(
        _countries(),
        to_field_name="iso_code",
        label=_("Countries to compare"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose two or three countries."),
    )

    def __init__(self, *args, measure: Measure, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = Country.objects.filter(fiches__measure=measure)
        order_choices_by_language(self, "country")

    def clean_country(self):
        countries = self.cleaned_data["country"]
        if not 2 <= len(countries) <= MAX_COMPARED:
            raise ValidationError(
                _("Choose two or three countries to compare."), code="comparison_size"
            )
        return countries

    def iso_codes(self) -> list[str]:
        """In the order the user gave them, which the columns follow."""
        chosen = {country.iso_code for country in self.cleaned_data["country"]}
        return [code for code in dict.fromkeys(self.data.getlist("country")) if code in chosen]


def _text_fields() -> list[str]:
    return [f"{name}_{code}" for name in FICHE_TEXT_FIELDS for code, _name in settings.LANGUAGES]


class FicheForm(forms.ModelForm):
    reviewed = forms.BooleanField(
        required=False,
        label=_("I have reviewed the whole fiche and it is up to date"),
        help_text=_("Restarts the twelve-month review cycle."),
    )

    class Meta:
        model = Fiche
        fields = (
            "applicability",
            "alternative_measure",
            "receiving_authority",
            "executing_authority",
            "accepted_languages",
            "channels",
            "instruments",
            "dual_criminality",
            "is_demo",
            *_text_fields(),
        )
        widgets: ClassVar[dict] = {
            "accepted_languages": forms.CheckboxSelectMultiple,
            "channels": forms.CheckboxSelectMultiple,
            "instruments": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in _text_fields():
            field = self.fields[name]
            field.widget.attrs.update({"rows": 3, "lang": name[-2:]})
            if name.endswith("_ar"):
                field.widget.attrs["dir"] = "rtl"
        self.fields["alternative_measure"].queryset = _measures().exclude(
            pk=self.instance.measure_id
        )

    def clean(self):
        data = super().clean()
        if data.get("receiving_authority") and data.get("receiving_authority") == data.get(
            "executing_authority"
        ):
            self.add_error(
                "executing_authority",
                _("Leave this empty when the receiving authority also executes the request."),
            )
        if data.get("applicability") == Fiche.Applicability.APPLICABLE and data.get(
            "alternative_measure"
        ):
            self.add_error(
                "alternative_measure",
                _("An alternative measure is only for a measure that is not fully applicable."),
            )
        return data

    def changed_values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class FicheEditorAssignmentForm(forms.ModelForm):
    """The admin's form: only an account with the Country fiche editor role is assigned."""

    class Meta:
        model = FicheEditorAssignment
        fields = ("user", "country")

    def clean_user(self):
        user = self.cleaned_data["user"]
        fiche_editor_check(user)
        return user

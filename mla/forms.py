from typing import ClassVar

from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import Contact, Country
from fiches.models import Instrument, Measure
from mla.measure_fields import fields_of
from mla.models import MlaRequest, Offence

TEXTAREA = forms.Textarea(attrs={"rows": 4, "dir": "auto"})


class StartForm(forms.Form):
    country = forms.ModelChoiceField(
        label=_("Requested country"),
        queryset=Country.objects.filter(fiches__isnull=False).distinct().order_by("name"),
        to_field_name="iso_code",
    )
    measures = forms.ModelMultipleChoiceField(
        label=_("Measures requested"),
        queryset=Measure.objects.select_related("group").order_by("order", "code"),
        to_field_name="code",
        widget=forms.CheckboxSelectMultiple,
    )


class CountryAndMeasureForm(forms.ModelForm):
    measures = forms.ModelMultipleChoiceField(
        label=_("Measures requested"),
        queryset=Measure.objects.order_by("order", "code"),
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = MlaRequest
        fields = (
            "requesting_authority",
            "reference",
            "urgent",
            "urgency_reason",
            "confidential",
            "drafter_language",
        )
        widgets: ClassVar[dict] = {
            "requesting_authority": forms.TextInput(attrs={"dir": "auto"}),
            "reference": forms.TextInput(attrs={"dir": "auto"}),
            "urgency_reason": TEXTAREA,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["measures"].initial = [
                item.measure_id for item in self.instance.items.all()
            ]


class LegalBasisForm(forms.ModelForm):
    class Meta:
        model = MlaRequest
        fields = ("instruments", "reciprocity")
        widgets: ClassVar[dict] = {"instruments": forms.CheckboxSelectMultiple}

    def __init__(self, *args, instruments=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["instruments"].queryset = instruments or Instrument.objects.none()
        self.fields["instruments"].label = _("Instruments the fiche names")
        self.fields["instruments"].label_from_instance = lambda instrument: instrument.name


class FactsForm(forms.ModelForm):
    class Meta:
        model = MlaRequest
        fields = ("facts", "persons_and_places")
        widgets: ClassVar[dict] = {
            "facts": forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
            "persons_and_places": TEXTAREA,
        }


class OffenceForm(forms.ModelForm):
    class Meta:
        model = Offence
        fields = ("qualification", "provisions", "penalties")
        widgets: ClassVar[dict] = {
            "qualification": forms.TextInput(attrs={"dir": "auto"}),
            "provisions": TEXTAREA,
            "penalties": forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
        }


OffenceFormSet = forms.formset_factory(OffenceForm, extra=1, max_num=20)


class MeasureDetailsForm(forms.Form):
    """The link to the facts and the fields one measure needs; prefix = the measure's code."""

    link_to_facts = forms.CharField(
        label=_("Link between the facts and this measure"), required=False, widget=TEXTAREA
    )

    def __init__(self, *args, measure_code: str, **kwargs):
        super().__init__(*args, **kwargs)
        for field in fields_of(measure_code):
            if field.boolean:
                self.fields[field.name] = forms.BooleanField(label=field.label, required=False)
            else:
                self.fields[field.name] = forms.CharField(
                    label=field.label,
                    required=False,
                    widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
                )


class AssistanceForm(forms.ModelForm):
    class Meta:
        model = MlaRequest
        fields = ("procedures", "deadline", "deadline_reason", "contact_person", "attachments")
        widgets: ClassVar[dict] = {
            "procedures": TEXTAREA,
            "deadline": forms.DateInput(attrs={"type": "date"}),
            "deadline_reason": forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
            "contact_person": forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
            "attachments": TEXTAREA,
        }


class FormalitiesForm(forms.ModelForm):
    checked_requirements = forms.MultipleChoiceField(
        label=_("Formalities checked"), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = MlaRequest
        fields = (
            "language",
            "undertakes_speciality",
            "undertakes_confidentiality",
            "undertakes_costs",
            "checked_requirements",
        )

    def __init__(self, *args, languages: list[str], checklist: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(self.fields["language"].choices)
        self.fields["language"].choices = [(code, names[code]) for code in languages]
        self.fields["language"].required = True
        self.fields["checked_requirements"].choices = checklist
        self.fields["undertakes_speciality"].label = _("Undertake to respect speciality")
        self.fields["undertakes_confidentiality"].label = _("Undertake confidentiality")
        self.fields["undertakes_costs"].label = _("Undertake to bear extraordinary costs")


class DuplicateForm(forms.Form):
    country = forms.ModelChoiceField(
        label=_("Address the same facts to"),
        queryset=Country.objects.filter(fiches__isnull=False).distinct().order_by("name"),
        to_field_name="iso_code",
    )


class ShareForm(forms.Form):
    contacts = forms.ModelMultipleChoiceField(
        label=_("Contact points of the requested country"),
        queryset=Contact.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, contacts=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contacts"].queryset = (
            contacts if contacts is not None else Contact.objects.none()
        )


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Your comment"), widget=TEXTAREA, max_length=5000)


class OutputForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the request"), choices=())
    parallel = forms.BooleanField(label=_("Parallel version"), required=False)

    def __init__(self, *args, languages: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = languages

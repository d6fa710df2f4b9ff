from pathlib import Path
from typing import ClassVar

from django import forms
from django.conf import settings
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from actionplans.models import Indicator, ProgressUpdate, ReportingPeriod
from actionplans.plan_files import ACCEPTED_SUFFIXES
from crimex_portal.collation import order_choices_by_language
from crimex_portal.text import joined
from directory.models import Country


class ProgressUpdateForm(forms.ModelForm):
    """What a coordinator reports on an indicator for a period and a country (or regional)."""

    period = forms.ModelChoiceField(
        queryset=ReportingPeriod.objects.filter(is_locked=False), label=_("Reporting period")
    )
    country = forms.ModelChoiceField(
        queryset=Country.objects.filter(group=Country.Group.SOUTH_PARTNER).order_by("name"),
        required=False,
        empty_label=_("Regional"),
        label=_("Country"),
    )

    class Meta:
        model = ProgressUpdate
        fields = (
            "period",
            "country",
            "status",
            "value",
            "narrative",
            "evidence_file",
            "evidence_url",
            "evidence_session",
            "evidence_document",
            "evidence_followup",
        )
        widgets: ClassVar[dict] = {"narrative": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, indicator: Indicator, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        order_choices_by_language(self, "country")
        self.indicator = indicator
        if self.instance.pk:  # the indicator, period and country of an update do not change
            del self.fields["period"]
            del self.fields["country"]
        if indicator.kind != Indicator.Kind.COUNT:
            self.fields["value"].help_text = _("Only for counted indicators.")
        self.fields["evidence_session"].queryset = self.fields[
            "evidence_session"
        ].queryset.published()
        # Only documents members can reach: those of published sessions (a forged id of an
        # unpublished session's document is refused). A document the update already cites stays.
        self.fields["evidence_document"].queryset = self.fields[
            "evidence_document"
        ].queryset.filter(Q(session__is_published=True) | Q(pk=self.instance.evidence_document_id))

    def clean(self) -> dict:
        cleaned = super().clean()
        if (
            self.indicator.kind == Indicator.Kind.COUNT
            and cleaned.get("value") is None
            and (cleaned.get("status") != ProgressUpdate.Status.NOT_STARTED)
        ):
            self.add_error("value", _("Give the number reached for this counted indicator."))
        if cleaned.get("value") is not None and cleaned["value"] < 0:
            self.add_error("value", _("A count cannot be negative."))
        return cleaned


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        choices=(("approve", _("Approve")), ("return", _("Return to the coordinator"))),
        widget=forms.RadioSelect,
        label=_("Decision"),
    )
    comment = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        label=_("Comment"),
        help_text=_("Required when the update is returned."),
    )


class PlanImportForm(forms.Form):
    """The table PMT upload in the admin: the file and the language of its texts."""

    file = forms.FileField(
        label=_("Table of the plan"),
        help_text=_(
            "The adopted Word document (.docx), an Excel workbook (.xlsx), or CSV or "
            "tab-separated text (.csv, .tsv)."
        ),
    )
    language = forms.ChoiceField(
        label=_("Language of the table"),
        choices=settings.LANGUAGES,
        initial="en",
        help_text=_(
            "English sets the plan: goals, actions, entities and indicators. A French or Arabic "
            "table changes only the texts in that language."
        ),
    )

    def clean_file(self):
        file = self.cleaned_data["file"]
        if Path(file.name).suffix.lower() not in ACCEPTED_SUFFIXES:
            raise forms.ValidationError(
                _("Files of this type are not read. Accepted: %(types)s."),
                params={"types": joined(ACCEPTED_SUFFIXES, isolate=True)},
            )
        if file.size > settings.CRIMEX_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is %(size)s; the limit is %(limit)s."),
                params={
                    "size": filesizeformat(file.size),
                    "limit": filesizeformat(settings.CRIMEX_MAX_UPLOAD_BYTES),
                },
            )
        return file

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from crimex_portal.collation import order_choices_by_language
from directory.models import Contact, ContactRole, Country, CrimeArea, Language
from directory.selectors import ContactFilters


class ContactSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        help_text=_("Name, organisation, function or title, in any language."),
    )
    country = forms.ModelChoiceField(
        Country.objects.order_by("name"),
        to_field_name="iso_code",
        required=False,
        label=_("Country"),
        empty_label=_("All countries"),
    )
    role = forms.ModelChoiceField(
        ContactRole.objects.all(),
        to_field_name="code",
        required=False,
        label=_("Role"),
        empty_label=_("All roles"),
    )
    specialisation = forms.ModelChoiceField(
        CrimeArea.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Specialisation"),
        empty_label=_("All crime areas"),
    )
    language = forms.ModelChoiceField(
        Language.objects.order_by("name"),
        to_field_name="code",
        required=False,
        label=_("Speaks"),
        empty_label=_("Any language"),
    )
    urgent = forms.BooleanField(required=False, label=_("Handles urgent requests (24/7)"))

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        order_choices_by_language(self, "country", "specialisation", "language")

    def filters(self) -> ContactFilters | None:
        """The search to run, or None when the form has errors (then nothing is listed)."""
        if not self.is_valid():
            return None
        data = self.cleaned_data
        return ContactFilters(
            query=data["q"],
            country=data["country"].iso_code if data["country"] else "",
            role=data["role"].code if data["role"] else "",
            specialisation=data["specialisation"].slug if data["specialisation"] else "",
            language=data["language"].code if data["language"] else "",
            urgent=data["urgent"],
        )

    def removals(self, base_url: str) -> list[tuple[str, str]]:
        """For each filter in use: what it is, and the address of the same search without it."""
        if not self.is_bound or not self.is_valid():
            return []
        links = []
        for name, value in self.cleaned_data.items():
            if not value:
                continue
            field = self.fields[name]
            label = (
                str(field.label)
                if isinstance(field, forms.BooleanField)
                else gettext("%(filter)s: %(value)s") % {"filter": field.label, "value": value}
            )
            query: QueryDict = self.data.copy()
            for key in (name, "page"):
                query.pop(key, None)
            links.append((label, f"{base_url}?{query.urlencode()}" if query else base_url))
        return links


class OwnContactForm(forms.ModelForm):
    """What a member changes of their own entry."""

    class Meta:
        model = Contact
        fields = ("title", "function", "email", "phone", "mobile", "address", "languages")
        widgets = {"languages": forms.CheckboxSelectMultiple}  # noqa: RUF012


class OutdatedReportForm(forms.Form):
    comment = forms.CharField(
        label=_("What is out of date?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )

from django import forms
from django.utils.translation import gettext_lazy as _

from followups.models import FollowUp


class FollowUpStatusForm(forms.Form):
    """Only the status and a note: the owner, dates and links are PMT's, in the admin."""

    status = forms.ChoiceField(choices=FollowUp.Status.choices, label=_("Status"))
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        label=_("Note"),
        help_text=_("What was done, or why it is dropped."),
    )

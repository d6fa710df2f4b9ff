from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from crimex_portal.accounts.models import Invitation, User
from crimex_portal.accounts.services import invitation_blocker


class SetPasswordForm(forms.Form):
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html,
    )
    password2 = forms.CharField(
        label=_("Password (again)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        if cleaned.get("password1") and cleaned.get("password1") != cleaned.get("password2"):
            self.add_error("password2", _("The two passwords do not match."))
        return cleaned


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = (
            "first_name",
            "last_name",
            "country",
            "organisation",
            "function",
            "preferred_language",
        )


class InvitationForm(forms.ModelForm):
    """What PMT staff fill in to invite a member (the admin's add form)."""

    def clean_email(self) -> str:
        email = User.objects.normalize_email(self.cleaned_data["email"]).strip()
        problem = invitation_blocker(email)
        if problem:
            raise forms.ValidationError(problem)
        return email

    class Meta:
        model = Invitation
        fields = (
            "email",
            "first_name",
            "last_name",
            "country",
            "organisation",
            "function",
            "role",
            "preferred_language",
        )

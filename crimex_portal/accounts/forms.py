from typing import ClassVar

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from crimex_portal.accounts.models import CorrectionRequest, Invitation, User
from crimex_portal.accounts.roles import roles_grantable_by
from crimex_portal.accounts.services import (
    ROLE_FIELDS,
    ROLE_REFUSED,
    invitation_blocker,
    role_change_check,
)


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
    """Members choose their language; who they are (name, country, organisation, function) is set
    by PMT staff, and corrected on request (CorrectionRequestForm)."""

    class Meta:
        model = User
        fields = ("preferred_language",)


class CorrectionRequestForm(forms.ModelForm):
    class Meta:
        model = CorrectionRequest
        fields = ("what_is_wrong", "should_be")
        widgets: ClassVar[dict] = {
            "what_is_wrong": forms.Textarea(attrs={"rows": 3}),
            "should_be": forms.Textarea(attrs={"rows": 3}),
        }


class InvitationForm(forms.ModelForm):
    """What PMT staff fill in to invite a member (the admin's add form). The admin sets `actor`
    (who invites) on the form class it builds per request: the role offers only what they may
    give, and a forged one is refused."""

    actor: User | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.actor is not None and "role" in self.fields:
            grantable = roles_grantable_by(self.actor)
            self.fields["role"].choices = [
                (value, label) for value, label in Invitation.Role.choices if value in grantable
            ]

    def clean_role(self) -> str:
        role = self.cleaned_data["role"]
        if self.actor is None or role not in roles_grantable_by(self.actor):
            raise forms.ValidationError(ROLE_REFUSED)
        return role

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


class RoleCheckedUserForm:
    """Mixed into the admin's user forms: the roles the form would save are checked on the server
    against what `actor` (set by the admin per request) may give, whatever fields the page
    showed (accounts.services.role_change_check)."""

    actor: User

    def clean(self) -> dict:
        cleaned = super().clean()
        new = {name: cleaned[name] for name in ROLE_FIELDS if name in cleaned}
        try:
            role_change_check(actor=self.actor, user=self.instance, **new)
        except forms.ValidationError as error:
            self.add_error(None, error)
        return cleaned


class UserChangeForm(RoleCheckedUserForm, auth_forms.UserChangeForm):
    pass


class UserCreationForm(RoleCheckedUserForm, auth_forms.AdminUserCreationForm):
    pass

from allauth.account.internal.flows.login import record_authentication
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from crimex_portal.accounts.forms import CorrectionRequestForm, ProfileForm, SetPasswordForm
from crimex_portal.accounts.services import (
    InvitationUnusable,
    correction_request_create,
    invitation_accept,
    invitation_for_token,
    profile_update,
)
from crimex_portal.accounts.two_factor import needs_authenticator_app, needs_two_factor

# A link that cannot be used says why, in words the invitee can act on.
UNUSABLE_STATUS = {"unknown": 404, "accepted": 410, "expired": 410, "revoked": 410}
# The invitation link's token moves to the session and this word takes its place in the address,
# as allauth does with password-reset keys: no later request, Referer header or access-log line
# holds the token.
TOKEN_IN_SESSION = "set-password"  # noqa: S105 - a placeholder word, not a secret
INVITATION_TOKEN_SESSION_KEY = "crimex_invitation_token"  # noqa: S105 - a key name


def unusable_invitation(request: HttpRequest, reason: str) -> HttpResponse:
    return render(
        request,
        "accounts/invitation_unusable.html",
        {"reason": reason},
        status=UNUSABLE_STATUS[reason],
    )


@never_cache
@sensitive_post_parameters("password1", "password2")
def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    if request.user.is_authenticated:
        return render(request, "accounts/invitation_logged_in.html", status=409)
    if token != TOKEN_IN_SESSION:
        try:
            invitation_for_token(token)
        except InvitationUnusable as unusable:
            return unusable_invitation(request, unusable.reason)
        request.session[INVITATION_TOKEN_SESSION_KEY] = token
        return redirect("accounts:accept_invitation", token=TOKEN_IN_SESSION)
    token = request.session.get(INVITATION_TOKEN_SESSION_KEY, "")
    try:
        invitation = invitation_for_token(token)
    except InvitationUnusable as unusable:
        return unusable_invitation(request, unusable.reason)
    form = SetPasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = invitation_accept(
                token=token, password=form.cleaned_data["password1"], request=request
            )
        except ValidationError as error:
            form.add_error("password1", error)
        except InvitationUnusable as unusable:  # used or revoked meanwhile
            return unusable_invitation(request, unusable.reason)
        else:
            del request.session[INVITATION_TOKEN_SESSION_KEY]
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            # Recorded like allauth's own logins (allauth < 66 API): the two-factor enrolment
            # that follows counts on a fresh authentication (see adapters.py).
            record_authentication(request, user, method="password", email=user.email)
            messages.success(request, _("Welcome to the CrimEx portal. Your password is set."))
            if needs_two_factor(request):  # it does: the password was the only factor
                return redirect("mfa_activate_totp")
            return redirect("pages:home")
    return render(
        request, "accounts/accept_invitation.html", {"invitation": invitation, "form": form}
    )


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        profile_update(
            user=request.user,
            preferred_language=form.cleaned_data["preferred_language"],
            request=request,
        )
        messages.success(request, _("Your profile is saved."))
        return redirect("accounts:profile")
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "needs_two_factor": needs_authenticator_app(request.user),
            "open_corrections": request.user.correction_requests.filter(handled_at__isnull=True),
        },
    )


@login_required
def request_correction(request: HttpRequest) -> HttpResponse:
    form = CorrectionRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        correction_request_create(
            user=request.user,
            request=request,
            **form.cleaned_data,
        )
        messages.success(
            request, _("Your request is sent to PMT staff: they will correct your profile.")
        )
        return redirect("accounts:profile")
    return render(request, "accounts/request_correction.html", {"form": form})

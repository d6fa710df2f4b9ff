import time
from types import SimpleNamespace
from typing import Any

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter

# allauth < 66: the session's record of how the user authenticated.
from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext

from crimex_portal.accounts.roles import MEMBERS_AREA
from crimex_portal.accounts.throttling import THROTTLED, record_throttled_attempt
from crimex_portal.accounts.two_factor import ENROLLED_SESSION_KEY
from crimex_portal.mail import portal_email

# The pages that show the recovery codes just made, for ACCOUNT_REAUTHENTICATION_TIMEOUT
# after the enrolment.
RECOVERY_CODE_PAGES = {"mfa_view_recovery_codes", "mfa_download_recovery_codes"}


class InvitationOnlyAccountAdapter(DefaultAccountAdapter):
    """Members join by invitation from PMT staff: nobody signs up on their own."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False

    def post_login(self, request: HttpRequest, user, **kwargs) -> HttpResponse:
        """After login the portal speaks the member's preferred language."""
        language = getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE
        with translation.override(language):  # the welcome message too
            response = super().post_login(request, user, **kwargs)
        if response.has_header("Location"):
            response["Location"] = translate_url(response["Location"], language)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
        return response

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """Members land on My CrimEx; other accounts where LOGIN_REDIRECT_URL says."""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.has_perm(MEMBERS_AREA):
            return reverse("mycrimex:home")
        return super().get_login_redirect_url(request)

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        """allauth's failed-login limits (per address and per account) refuse the attempt here,
        before the password is checked: the audit trail hears of it."""
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError as error:
            if error.code == THROTTLED:
                record_throttled_attempt(
                    request=request, step="password", actor_email=credentials.get("email", "")
                )
            raise

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Changing two-factor settings asks for the password again, except the first enrolment
        within minutes of a login: the portal sends new members straight there after login."""
        required = super().is_reauthentication_required(app=app, **kwargs)
        if (
            required
            and app == "allauth.mfa"
            and (self._first_enrolment_after_fresh_login() or self._just_enrolled())
        ):
            return False
        return required

    def _just_enrolled(self) -> bool:
        """This session enrolled the authenticator app minutes ago, typing a code from it: the
        recovery codes that enrolment made follow without asking for the password again. Only
        to see them: removing the app or making new codes still asks."""
        request = getattr(self, "request", None)
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        match = getattr(request, "resolver_match", None)
        if getattr(match, "url_name", None) not in RECOVERY_CODE_PAGES:
            return False
        enrolled = request.session.get(ENROLLED_SESSION_KEY)
        if not (isinstance(enrolled, list) and len(enrolled) == 2 and enrolled[0] == str(user.pk)):
            return False
        return time.time() - enrolled[1] < account_settings.REAUTHENTICATION_TIMEOUT

    def _first_enrolment_after_fresh_login(self) -> bool:
        request = getattr(self, "request", None)
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        if Authenticator.objects.filter(user=user).exists():
            return False
        records = get_authentication_records(request, user)
        return bool(records) and (
            time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT
        )

    # --- allauth's e-mails in the portal's voice ------------------------------------------------
    # Signed "CrimEx portal" with CRIMEX_SITE_URL (never the host the request came through), in the
    # recipient's language, with an HTML part (right to left in Arabic) made from the text part.

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        with translation.override(self._recipient_language(email, context)):
            site_url = settings.CRIMEX_SITE_URL.rstrip("/")
            ctx = {
                "email": email,
                "site_url": site_url,
                "current_site": SimpleNamespace(name=gettext("CrimEx portal"), domain=site_url),
            }
            ctx.update(self._on_the_site_url(context))
            ctx["request"] = getattr(self, "request", None)
            self.render_mail(template_prefix, email, ctx).send()

    def get_email_confirmation_url(self, request: HttpRequest | None, emailconfirmation) -> str:
        language = self._recipient_language(emailconfirmation.email_address.email, {})
        with translation.override(language):
            path = reverse("account_confirm_email", args=[emailconfirmation.key])
        return settings.CRIMEX_SITE_URL.rstrip("/") + path

    def render_mail(
        self,
        template_prefix: str,
        email: str | list[str],
        context: dict[str, Any],
        headers: dict[str, str] | None = None,
    ) -> EmailMultiAlternatives:
        """allauth's templates for the words, the portal's e-mail for the rest (signature, HTML
        part): called within the recipient's language (send_mail)."""
        request = getattr(self, "request", None)
        subject = render_to_string(f"{template_prefix}_subject.txt", context, request)
        body = render_to_string(f"{template_prefix}_message.txt", context, request)
        return portal_email(
            subject=self.format_email_subject(" ".join(subject.split())),
            body=body,
            to=[email] if isinstance(email, str) else email,
            language=translation.get_language() or settings.LANGUAGE_CODE,
            from_email=self.get_from_email(),
            headers=headers,
        )

    def _recipient_language(self, email: str, context: dict) -> str:
        user = context.get("user")
        if user is None:
            user = get_user_model()._default_manager.filter(email__iexact=email).first()
        language = getattr(user, "preferred_language", "") or translation.get_language()
        return language or settings.LANGUAGE_CODE

    def _on_the_site_url(self, context: dict) -> dict:
        """Links allauth built from the request's host point at CRIMEX_SITE_URL instead, in the
        recipient's language."""
        request = getattr(self, "request", None)
        if request is None or not hasattr(request, "build_absolute_uri"):
            return context
        try:
            origin = request.build_absolute_uri("/")
        except Exception:  # a request without a valid host: nothing to rewrite
            return context
        site = settings.CRIMEX_SITE_URL.rstrip("/") + "/"
        language = translation.get_language()
        # translate_url() resolves the path in the language it was made in (the page's).
        with translation.override(getattr(request, "LANGUAGE_CODE", None) or language):
            return {
                key: translate_url(site + value[len(origin) :], language)
                if isinstance(value, str) and value.startswith(origin)
                else value
                for key, value in context.items()
            }

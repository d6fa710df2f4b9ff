import datetime
import hashlib
import secrets
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from crimex_portal.accounts.models import Invitation, User
from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event

PROFILE_FIELDS = ("country", "organisation", "function", "preferred_language")


def invitation_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class SentInvitation:
    invitation: Invitation
    link: str


def _new_token(invitation: Invitation) -> str:
    token = secrets.token_urlsafe(32)
    invitation.token_hash = invitation_token_hash(token)
    invitation.expires_at = timezone.now() + datetime.timedelta(
        days=settings.CRIMEX_INVITATION_DAYS
    )
    return token


def _send(invitation: Invitation, token: str, site_url: str) -> SentInvitation:
    with translation.override(invitation.preferred_language):
        link = site_url.rstrip("/") + reverse("accounts:accept_invitation", args=[token])
        context = {"invitation": invitation, "link": link, "days": settings.CRIMEX_INVITATION_DAYS}
        subject = render_to_string("accounts/email/invitation_subject.txt", context).strip()
        body = render_to_string("accounts/email/invitation_body.txt", context)
    invitation.sent_count += 1
    invitation.last_sent_at = timezone.now()
    invitation.save()
    # After the commit, so that a rolled-back invitation never reaches anybody.
    transaction.on_commit(
        lambda: send_mail(subject, body, None, [invitation.email], fail_silently=False)
    )
    return SentInvitation(invitation=invitation, link=link)


def invitation_blocker(email: str) -> str | None:
    """Why this address cannot be invited now, or None."""
    if User.objects.filter(email__iexact=email).exists():
        return _("This address already belongs to a portal account.")
    if Invitation.objects.filter(
        email__iexact=email, accepted_at__isnull=True, revoked_at__isnull=True
    ).exists():
        return _("An invitation to this address is still open: re-send or revoke it.")
    return None


@transaction.atomic
def invitation_create(
    *,
    invited_by: User,
    email: str,
    first_name: str,
    last_name: str,
    role: str,
    site_url: str,
    country=None,
    organisation=None,
    function: str = "",
    preferred_language: str = "en",
    request=None,
) -> SentInvitation:
    email = User.objects.normalize_email(email).strip()
    problem = invitation_blocker(email)
    if problem:
        raise ValidationError({"email": problem})
    invitation = Invitation(
        invited_by=invited_by,
        email=email,
        first_name=first_name,
        last_name=last_name,
        role=role,
        country=country,
        organisation=organisation,
        function=function,
        preferred_language=preferred_language,
    )
    token = _new_token(invitation)
    invitation.full_clean()
    sent = _send(invitation, token, site_url)
    record_event(
        action=AuditEvent.Action.INVITATION_SENT,
        request=request,
        actor=invited_by,
        target=invitation,
        email=email,
        role=role,
    )
    return sent


@transaction.atomic
def invitation_resend(
    *, invitation: Invitation, by: User, site_url: str, request=None
) -> SentInvitation:
    """A new link with a new expiry; the previous link stops working."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.state in (Invitation.State.ACCEPTED, Invitation.State.REVOKED):
        raise ValidationError(_("This invitation was already accepted or revoked."))
    token = _new_token(invitation)
    sent = _send(invitation, token, site_url)
    record_event(
        action=AuditEvent.Action.INVITATION_RESENT,
        request=request,
        actor=by,
        target=invitation,
        times_sent=invitation.sent_count,
    )
    return sent


@transaction.atomic
def invitation_revoke(*, invitation: Invitation, by: User, request=None) -> Invitation:
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at:
        raise ValidationError(_("This invitation was already accepted: deactivate the account."))
    if invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
        record_event(
            action=AuditEvent.Action.INVITATION_REVOKED,
            request=request,
            actor=by,
            target=invitation,
        )
    return invitation


class InvitationUnusable(Exception):
    """The link is unknown, used, expired or revoked; `reason` says which, for the page."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def invitation_for_token(token: str, *, for_update: bool = False) -> Invitation:
    invitations = Invitation.objects.select_related("country", "organisation")
    if for_update:
        invitations = invitations.select_for_update(of=("self",))
    invitation = invitations.filter(token_hash=invitation_token_hash(token)).first()
    if invitation is None:
        raise InvitationUnusable("unknown")
    if invitation.state != Invitation.State.PENDING:
        raise InvitationUnusable(invitation.state)
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, password: str, request=None) -> User:
    invitation = invitation_for_token(token, for_update=True)
    user = User(
        email=invitation.email,
        first_name=invitation.first_name,
        last_name=invitation.last_name,
        is_staff=invitation.role == Invitation.Role.PMT_STAFF,
        **{field: getattr(invitation, field) for field in PROFILE_FIELDS},
    )
    validate_password(password, user)
    user.set_password(password)
    user.full_clean()
    user.save()
    user.groups.set([Group.objects.get(name=invitation.role)])
    # The invitation reached this address: it is verified.
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    invitation.accepted_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["accepted_at", "user"])
    record_event(
        action=AuditEvent.Action.INVITATION_ACCEPTED,
        request=request,
        actor=user,
        target=invitation,
    )
    return user


@transaction.atomic
def profile_update(*, user: User, request=None, **fields) -> User:
    unknown = set(fields) - {"first_name", "last_name", *PROFILE_FIELDS}
    if unknown:
        raise ValueError(f"Not profile fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(user, name, value)
    user.full_clean()
    user.save(update_fields=list(fields))
    return user

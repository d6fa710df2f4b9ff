import datetime
import hashlib
import secrets
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from crimex_portal.accounts.models import CorrectionRequest, Invitation, User
from crimex_portal.accounts.roles import MANAGE_USERS, roles_grantable_by
from crimex_portal.accounts.signals import invitation_accepted
from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.mail import language_of, portal_email, site_url

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


def _send(invitation: Invitation, token: str) -> SentInvitation:
    language = language_of(invitation)
    with translation.override(language):
        link = site_url() + reverse("accounts:accept_invitation", args=[token])
        context = {"invitation": invitation, "link": link, "days": settings.CRIMEX_INVITATION_DAYS}
        subject = render_to_string("accounts/email/invitation_subject.txt", context).strip()
        body = render_to_string("accounts/email/invitation_body.txt", context)
    invitation.sent_count += 1
    invitation.last_sent_at = timezone.now()
    invitation.save()
    # After the commit, so that a rolled-back invitation never reaches anybody.
    message = portal_email(subject=subject, body=body, to=[invitation.email], language=language)
    transaction.on_commit(message.send)
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
    if role not in roles_grantable_by(invited_by):
        raise ValidationError({"role": ROLE_REFUSED})
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
    sent = _send(invitation, token)
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
def invitation_resend(*, invitation: Invitation, by: User, request=None) -> SentInvitation:
    """A new link with a new expiry; the previous link stops working."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.state in (Invitation.State.ACCEPTED, Invitation.State.REVOKED):
        raise ValidationError(_("This invitation was already accepted or revoked."))
    token = _new_token(invitation)
    sent = _send(invitation, token)
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
    invitation_accepted.send(sender=Invitation, invitation=invitation, user=user)
    record_event(
        action=AuditEvent.Action.INVITATION_ACCEPTED,
        request=request,
        actor=user,
        target=invitation,
    )
    return user


@transaction.atomic
def profile_update(*, user: User, preferred_language: str, request=None) -> User:
    """The one profile field members set: identity fields are PMT's (correction_request_create)."""
    user.preferred_language = preferred_language
    user.full_clean()
    user.save(update_fields=["preferred_language"])
    return user


def _user_managers() -> list[User]:
    """Who corrects accounts: the active users allowed to change users, superusers included."""
    return list(
        User.objects.with_perm(MANAGE_USERS, backend="django.contrib.auth.backends.ModelBackend")
    )


def _notify_correction(correction: CorrectionRequest) -> None:
    for manager in _user_managers():
        language = language_of(manager)
        with translation.override(language):
            link = site_url() + reverse(
                "admin:accounts_correctionrequest_change", args=[correction.pk]
            )
            # The member's words stay in the portal: the e-mail names who asks and links there.
            context = {"correction": correction, "member": correction.user, "link": link}
            subject = render_to_string("accounts/email/correction_subject.txt", context).strip()
            body = render_to_string("accounts/email/correction_body.txt", context)
        portal_email(subject=subject, body=body, to=[manager.email], language=language).send()


@transaction.atomic
def correction_request_create(
    *, user: User, what_is_wrong: str, should_be: str, request=None
) -> CorrectionRequest:
    correction = CorrectionRequest(
        user=user, what_is_wrong=what_is_wrong.strip(), should_be=should_be.strip()
    )
    correction.full_clean()
    correction.save()
    record_event(
        action=AuditEvent.Action.CORRECTION_REQUESTED,
        request=request,
        actor=user,
        target=correction,
    )
    transaction.on_commit(lambda: _notify_correction(correction))
    return correction


@transaction.atomic
def correction_request_mark_handled(
    *, correction: CorrectionRequest, by: User, request=None
) -> CorrectionRequest:
    correction = CorrectionRequest.objects.select_for_update().get(pk=correction.pk)
    if correction.handled_at is None:
        correction.handled_at = timezone.now()
        correction.handled_by = by
        correction.save(update_fields=["handled_at", "handled_by"])
        record_event(
            action=AuditEvent.Action.CORRECTION_HANDLED,
            request=request,
            actor=by,
            target=correction,
        )
    return correction


# The account fields that say what a user may do.
ROLE_FIELDS = ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")


ROLE_REFUSED = _(
    "PMT staff give the Member, Coordinator and Country fiche editor roles; the PMT staff role, "
    "staff and superuser status and single permissions are given by a superuser."
)
ACCOUNT_ABOVE = _("Only a superuser changes the account of PMT staff or of a superuser.")


def user_manageable_by(actor: User, user: User) -> bool:
    """Whether `actor` may change `user`'s account. PMT staff manage the accounts whose roles
    they could give, never a colleague's or a superuser's (nor their own): changing its e-mail
    address would be a way into an account above theirs."""
    if actor.is_superuser:
        return True
    if not actor.has_perm(MANAGE_USERS) or user.is_superuser or user.is_staff:
        return False
    if user.pk is None:
        return True
    held = set(user.groups.values_list("name", flat=True))
    return held <= set(roles_grantable_by(actor)) and not user.user_permissions.exists()


def _current_roles(user: User) -> dict:
    saved = user.pk is not None
    return {
        "is_active": user.is_active,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
        "groups": set(user.groups.values_list("name", flat=True)) if saved else set(),
        "user_permissions": set(user.user_permissions.values_list("pk", flat=True))
        if saved
        else set(),
    }


def role_change_check(*, actor: User, user: User, **new) -> None:
    """Raises ValidationError when `actor` may not give `user` these roles. `new` holds any of
    ROLE_FIELDS (groups and user_permissions as iterables of objects); the rest stay as they are.

    Nobody changes their own roles (superusers have the shell); PMT staff give only the roles of
    ROLES_PMT_STAFF_GIVE, and never staff or superuser status or single permissions."""
    current = _current_roles(user)
    wanted = dict(current)
    for name, value in new.items():
        if name not in ROLE_FIELDS:
            raise ValueError(f"Not a role field: {name}")
        if name == "groups":
            value = {group.name for group in value}
        elif name == "user_permissions":
            value = {permission.pk for permission in value}
        wanted[name] = value
    changed = {name for name in ROLE_FIELDS if wanted[name] != current[name]}
    if not changed:
        return
    if user.pk is not None and user.pk == actor.pk:
        raise ValidationError(_("Nobody changes their own roles: another administrator does."))
    if actor.is_superuser:
        return
    if not user_manageable_by(actor, user):
        raise ValidationError(ACCOUNT_ABOVE)
    given = (current["groups"] ^ wanted["groups"]) - set(roles_grantable_by(actor))
    if given or changed & {"is_staff", "is_superuser", "user_permissions"}:
        raise ValidationError(ROLE_REFUSED)


def password_reset_send(*, user: User, by: User, request) -> None:
    """PMT staff do not set passwords: they send allauth's reset e-mail, whose link lets the
    member choose one (two-factor authentication still guards the login)."""
    from allauth.account.forms import ResetPasswordForm

    if not user_manageable_by(by, user):
        raise ValidationError(ACCOUNT_ABOVE)
    if not user.is_active:
        raise ValidationError(_("This account is deactivated."))
    with translation.override(user.preferred_language):  # the e-mail and its link
        form = ResetPasswordForm(data={"email": user.email})
        if not form.is_valid():
            raise ValidationError(list(form.errors.get("email", [])))
        form.save(request)
    record_event(
        action=AuditEvent.Action.PASSWORD_RESET_SENT, request=request, actor=by, target=user
    )

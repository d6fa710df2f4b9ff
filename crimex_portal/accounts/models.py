from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _


class UserManager(DjangoUserManager):
    """Users are identified by their e-mail address; there is no username."""

    def _create_user(self, email: str, password: str | None, **extra_fields: Any) -> "User":
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(  # type: ignore[override]
        self, email: str, password: str | None = None, **extra_fields: Any
    ) -> "User":
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(  # type: ignore[override]
        self, email: str, password: str | None = None, **extra_fields: Any
    ) -> "User":
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class Function(models.TextChoices):
    MINISTRY_OF_JUSTICE = "ministry_of_justice", _("Ministry of justice")
    JUDGE = "judge", _("Judge")
    PROSECUTOR = "prosecutor", _("Prosecutor")
    POLICE = "police", _("Police / law enforcement")
    LIAISON_MAGISTRATE = "liaison_magistrate", _("Liaison magistrate")
    DEFENCE_LAWYER = "defence_lawyer", _("Defence lawyer")
    EXPERT = "expert", _("EU or international expert")


class Profile(models.Model):
    """Who a member is in the network: the same facts on an invitation and on the account."""

    country = models.ForeignKey(
        "directory.Country",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    function = models.CharField(_("function"), max_length=30, choices=Function.choices, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The portal switches to this language after login."),
    )

    class Meta:
        abstract = True


class User(Profile, AbstractUser):
    username = None  # type: ignore[assignment]
    email = models.EmailField(_("e-mail address"), unique=True)
    # Moved whenever an authenticator app is added or removed (accounts/two_factor.py): it is part
    # of the session auth hash, so the account's other sessions end.
    two_factor_changed_at = models.DateTimeField(
        _("two-factor authentication changed at"), null=True, blank=True, editable=False
    )

    # Moved with every change to what the user may do: the key of their cached permissions
    # (accounts/permissions_cache.py).
    permissions_version = models.PositiveIntegerField(default=0, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects = UserManager()  # type: ignore[misc]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ("last_name", "first_name", "email")
        # Held through the role groups (crimex_portal.accounts.roles), never checked by group name.
        permissions = (
            ("access_members_area", _("Can use the members' restricted area")),
            ("export_reports", _("Can export PDF, CSV and XLSX reports")),
        )

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    def _get_session_auth_hash(self, secret: str | None = None) -> str:
        # Django's hash of the password, with the two-factor marker folded in. Overridden here
        # rather than get_session_auth_hash() so that SECRET_KEY_FALLBACKS get it too.
        password_hash = super()._get_session_auth_hash(secret=secret)
        if self.two_factor_changed_at is None:
            return password_hash  # as before the marker existed: no session ends on deploy
        return salted_hmac(
            "crimex_portal.accounts.User.session_auth_hash",
            f"{password_hash}:{self.two_factor_changed_at.timestamp()}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def pending(self, now=None) -> "InvitationQuerySet":
        now = now or timezone.now()
        return self.filter(accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now)


class Invitation(Profile):
    """PMT staff invite a member; the link in the e-mail lets the invitee set a password once."""

    class Role(models.TextChoices):
        MEMBER = "Member", _("Member")
        COORDINATOR = "Coordinator", _("Coordinator")
        # Edits the fiches of the invitation's country once the invitation is accepted.
        FICHE_EDITOR = "Country fiche editor", _("Country fiche editor")
        PMT_STAFF = "PMT staff", _("PMT staff")

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    email = models.EmailField(_("e-mail address"))
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    # Only a hash of the link's token is kept: the database alone cannot be used to accept it.
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    expires_at = models.DateTimeField(_("expires at"), editable=False)
    sent_count = models.PositiveSmallIntegerField(_("times sent"), default=0, editable=False)
    last_sent_at = models.DateTimeField(_("last sent at"), null=True, blank=True, editable=False)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitation",
        editable=False,
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ("-created_at",)
        constraints = (
            # One open invitation per address at a time.
            models.UniqueConstraint(
                fields=("email",),
                condition=models.Q(accepted_at__isnull=True, revoked_at__isnull=True),
                name="one_open_invitation_per_email",
            ),
        )

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name} <{self.email}>"

    def clean(self) -> None:
        if self.role == self.Role.FICHE_EDITOR and not self.country_id:
            message = _("A country fiche editor edits the fiches of this country: choose it.")
            raise ValidationError({"country": message})

    @property
    def state(self) -> str:
        if self.accepted_at:
            return self.State.ACCEPTED
        if self.revoked_at:
            return self.State.REVOKED
        if self.expires_at <= timezone.now():
            return self.State.EXPIRED
        return self.State.PENDING

    def get_state_display(self) -> str:
        return self.State(self.state).label


class AuthLimitEntry(models.Model):
    """A row of the "auth_limits" cache (Django's DatabaseCache, crimex_portal/accounts/limits.py):
    allauth's login and code rate-limit histories and used TOTP codes. A model, with the columns
    `createcachetable` would make, so that `migrate` creates the table and tests empty it."""

    cache_key = models.CharField(max_length=255, primary_key=True)
    value = models.TextField()
    expires = models.DateTimeField(db_index=True)

    class Meta:
        db_table = "crimex_auth_limits"
        default_permissions = ()

    def __str__(self) -> str:
        return self.cache_key


class CorrectionRequest(models.Model):
    """A member asks PMT staff to correct their name, country, organisation or function: members
    do not set these themselves (they decide what the member may edit and what others read)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="correction_requests",
        editable=False,
    )
    what_is_wrong = models.TextField(_("what is wrong"), max_length=1000)
    should_be = models.TextField(_("what it should be"), max_length=1000)
    created_at = models.DateTimeField(_("asked on"), default=timezone.now, editable=False)
    handled_at = models.DateTimeField(_("handled on"), null=True, blank=True, editable=False)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = _("profile correction request")
        verbose_name_plural = _("profile correction requests")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"{self.user} · {self.created_at:%Y-%m-%d}"

    @property
    def is_open(self) -> bool:
        return self.handled_at is None

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from crimex_portal.accounts.forms import InvitationForm, UserChangeForm, UserCreationForm
from crimex_portal.accounts.models import CorrectionRequest, Invitation, User
from crimex_portal.accounts.roles import roles_grantable_by
from crimex_portal.accounts.services import (
    ROLE_FIELDS,
    correction_request_mark_handled,
    invitation_create,
    invitation_resend,
    invitation_revoke,
    password_reset_send,
    user_manageable_by,
)

# What the user form shows: PMT staff see no password, staff or superuser box, nor single
# permissions (only superusers give those); the server checks the roles whatever is posted
# (forms.RoleCheckedUserForm).
IDENTITY_FIELDSETS = (
    (_("Personal info"), {"fields": ("first_name", "last_name")}),
    (_("Profile"), {"fields": ("country", "organisation", "function", "preferred_language")}),
)
PMT_STAFF_ROLE_FIELDS = ("is_active", "groups")


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    form = UserChangeForm
    add_form = UserCreationForm
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)
    list_display = (
        "email",
        "first_name",
        "last_name",
        "country",
        "function",
        "is_staff",
        "is_active",
    )
    list_filter = ("is_active", "is_staff", "groups", "function", "country")
    list_select_related = ("country",)
    search_fields = ("email", "first_name", "last_name")
    autocomplete_fields = ("country", "organisation")
    ordering = ("email",)
    actions = ("send_password_reset",)

    def get_fieldsets(self, request: HttpRequest, obj: User | None = None):
        if obj is None:
            return self.add_fieldsets
        superuser = request.user.is_superuser
        return (
            (None, {"fields": ("email", "password") if superuser else ("email",)}),
            *IDENTITY_FIELDSETS,
            (_("Permissions"), {"fields": ROLE_FIELDS if superuser else PMT_STAFF_ROLE_FIELDS}),
            (_("Important dates"), {"fields": ("last_login", "date_joined")}),
        )

    def get_readonly_fields(self, request: HttpRequest, obj: User | None = None):
        if obj is not None and obj.pk == request.user.pk:
            return ROLE_FIELDS  # nobody changes their own roles; superusers have the shell
        return ()

    def get_form(self, request: HttpRequest, obj: User | None = None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.actor = request.user  # a class built for this request
        return form

    def formfield_for_manytomany(self, db_field, request: HttpRequest, **kwargs):
        if db_field.name == "groups" and not request.user.is_superuser:
            kwargs["queryset"] = Group.objects.filter(name__in=roles_grantable_by(request.user))
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def has_change_permission(self, request: HttpRequest, obj: User | None = None) -> bool:
        allowed = super().has_change_permission(request, obj)
        if allowed and obj is not None:
            return user_manageable_by(request.user, obj)
        return allowed

    def user_change_password(self, request: HttpRequest, id: str, form_url: str = ""):
        # PMT staff send a reset e-mail instead: a password they set would be known to two.
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)

    @admin.action(description=_("Send a password-reset e-mail"), permissions=("change",))
    def send_password_reset(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        apply_to_each(
            self,
            request,
            queryset,
            lambda user: password_reset_send(user=user, by=request.user, request=request),
            lambda count: ngettext(
                "%(count)d password-reset e-mail sent.",
                "%(count)d password-reset e-mails sent.",
                count,
            ),
        )


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    """PMT staff invite members here: saving the form sends the e-mail with a one-time link."""

    form = InvitationForm
    list_display = (
        "email",
        "first_name",
        "last_name",
        "role",
        "country",
        "state_label",
        "sent_count",
        "last_sent_at",
        "expires_at",
    )
    list_filter = ("role", "country", "function")
    list_select_related = ("country",)
    search_fields = ("email", "first_name", "last_name")
    autocomplete_fields = ("country", "organisation")
    actions = ("resend_invitations", "revoke_invitations")
    readonly_fields = (
        "state_label",
        "invited_by",
        "created_at",
        "expires_at",
        "sent_count",
        "last_sent_at",
        "accepted_at",
        "revoked_at",
        "user",
    )

    @admin.display(description=_("state"))
    def state_label(self, invitation: Invitation) -> str:
        return invitation.get_state_display()

    def get_readonly_fields(self, request: HttpRequest, obj: Invitation | None = None):
        if obj is None:
            return ()
        # A sent invitation is not edited: revoke it and invite again.
        return (*InvitationForm.Meta.fields, *self.readonly_fields)

    def get_fields(self, request: HttpRequest, obj: Invitation | None = None):
        if obj is None:
            return InvitationForm.Meta.fields
        return self.get_readonly_fields(request, obj)

    def get_form(self, request: HttpRequest, obj: Invitation | None = None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.actor = request.user  # a class built for this request
        return form

    def has_delete_permission(self, request: HttpRequest, obj: Invitation | None = None) -> bool:
        return False  # revoked, never deleted: the trail of who was invited stays

    def save_model(self, request: HttpRequest, obj: Invitation, form, change: bool) -> None:
        if change:
            return
        sent = invitation_create(
            invited_by=request.user,
            request=request,
            **{field: form.cleaned_data[field] for field in InvitationForm.Meta.fields},
        )
        # The admin goes on with the object it passed in (history entry, redirect): make it the
        # invitation the service saved.
        obj.__dict__.update(sent.invitation.__dict__)

    def response_add(self, request, obj, post_url_continue=None):
        messages.success(request, _("The invitation was sent to %(email)s.") % {"email": obj.email})
        return super().response_add(request, obj, post_url_continue)

    @admin.action(
        description=_("Re-send the selected invitations (with a new link)"),
        permissions=("change",),
    )
    def resend_invitations(self, request: HttpRequest, queryset: QuerySet[Invitation]) -> None:
        apply_to_each(
            self,
            request,
            queryset,
            lambda invitation: invitation_resend(
                invitation=invitation,
                by=request.user,
                request=request,
            ),
            lambda count: ngettext(
                "%(count)d invitation re-sent.", "%(count)d invitations re-sent.", count
            ),
        )

    @admin.action(description=_("Revoke the selected invitations"), permissions=("change",))
    def revoke_invitations(self, request: HttpRequest, queryset: QuerySet[Invitation]) -> None:
        apply_to_each(
            self,
            request,
            queryset,
            lambda invitation: invitation_revoke(
                invitation=invitation, by=request.user, request=request
            ),
            lambda count: ngettext(
                "%(count)d invitation revoked.", "%(count)d invitations revoked.", count
            ),
        )


def apply_to_each(model_admin, request, queryset, service, success_message) -> None:
    """An admin action: the service on each selected object; a refusal is named, the rest go on."""
    done = 0
    for instance in queryset:
        try:
            service(instance)
        except ValidationError as error:
            model_admin.message_user(
                request, f"{instance}: {' '.join(error.messages)}", messages.ERROR
            )
        else:
            done += 1
    if done:
        model_admin.message_user(request, success_message(done) % {"count": done}, messages.SUCCESS)


class OpenFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return (("open", _("Open")), ("handled", _("Handled")))

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.filter(handled_at__isnull=True)
        if self.value() == "handled":
            return queryset.filter(handled_at__isnull=False)
        return queryset


@admin.register(CorrectionRequest)
class CorrectionRequestAdmin(admin.ModelAdmin):
    """Members' requests to correct their name, country, organisation or function. PMT staff
    correct the account (the link to it), then mark the request handled."""

    list_display = ("user", "created_at", "is_open", "handled_by", "handled_at")
    list_filter = (OpenFilter,)
    list_select_related = ("user", "handled_by")
    search_fields = ("user__email", "user__first_name", "user__last_name")
    fields = (
        "account",
        "what_is_wrong",
        "should_be",
        "created_at",
        "handled_by",
        "handled_at",
    )
    readonly_fields = fields
    actions = ("mark_handled",)

    @admin.display(description=_("account to correct"))
    def account(self, correction: CorrectionRequest) -> str:
        url = reverse("admin:accounts_user_change", args=[correction.user_id])
        return format_html('<a href="{}">{}</a>', url, correction.user)

    @admin.display(description=_("open"), boolean=True)
    def is_open(self, correction: CorrectionRequest) -> bool:
        return correction.is_open

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # members ask on their profile page

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    @admin.action(description=_("Mark the selected requests as handled"), permissions=("change",))
    def mark_handled(self, request: HttpRequest, queryset: QuerySet[CorrectionRequest]) -> None:
        apply_to_each(
            self,
            request,
            queryset,
            lambda correction: correction_request_mark_handled(
                correction=correction, by=request.user, request=request
            ),
            lambda count: ngettext(
                "%(count)d request marked as handled.",
                "%(count)d requests marked as handled.",
                count,
            ),
        )

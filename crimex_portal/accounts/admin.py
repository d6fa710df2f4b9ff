from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from crimex_portal.accounts.forms import InvitationForm
from crimex_portal.accounts.models import Invitation, User
from crimex_portal.accounts.services import (
    invitation_create,
    invitation_resend,
    invitation_revoke,
)


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal info"), {"fields": ("first_name", "last_name")}),
        (
            _("Profile"),
            {"fields": ("country", "organisation", "function", "preferred_language")},
        ),
        (
            _("Permissions"),
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
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


def site_url_of(request: HttpRequest) -> str:
    return request.build_absolute_uri("/")


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

    def has_delete_permission(self, request: HttpRequest, obj: Invitation | None = None) -> bool:
        return False  # revoked, never deleted: the trail of who was invited stays

    def save_model(self, request: HttpRequest, obj: Invitation, form, change: bool) -> None:
        if change:
            return
        sent = invitation_create(
            invited_by=request.user,
            site_url=site_url_of(request),
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
        self._apply(
            request,
            queryset,
            lambda invitation: invitation_resend(
                invitation=invitation,
                by=request.user,
                site_url=site_url_of(request),
                request=request,
            ),
            lambda count: ngettext(
                "%(count)d invitation re-sent.", "%(count)d invitations re-sent.", count
            ),
        )

    @admin.action(description=_("Revoke the selected invitations"), permissions=("change",))
    def revoke_invitations(self, request: HttpRequest, queryset: QuerySet[Invitation]) -> None:
        self._apply(
            request,
            queryset,
            lambda invitation: invitation_revoke(
                invitation=invitation, by=request.user, request=request
            ),
            lambda count: ngettext(
                "%(count)d invitation revoked.", "%(count)d invitations revoked.", count
            ),
        )

    def _apply(self, request, queryset, service, success_message) -> None:
        done = 0
        for invitation in queryset:
            try:
                service(invitation)
            except ValidationError as error:
                self.message_user(
                    request, f"{invitation.email}: {' '.join(error.messages)}", messages.ERROR
                )
            else:
                done += 1
        if done:
            self.message_user(request, success_message(done) % {"count": done}, messages.SUCCESS)

from functools import update_wrapper

from django.contrib import admin
from django.contrib.admin.actions import delete_selected
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import resolve_url

from crimex_portal.accounts.two_factor import needs_two_factor, redirect_to_two_factor
from crimex_portal.audit.services import latest_ids, record_admin_changes_since


@admin.action(permissions=["delete"], description=delete_selected.short_description)
def audited_delete_selected(modeladmin, request: HttpRequest, queryset) -> HttpResponse | None:
    """Django's "Delete selected" action, whose deletions all reach the audit trail."""
    before = latest_ids()
    response = delete_selected(modeladmin, request, queryset)
    if response is None:  # deleted (otherwise: the confirmation page, or a refusal)
        record_admin_changes_since(user=request.user, since=before)
    return response


class CrimexAdminSite(admin.AdminSite):
    """The admin logs in through allauth, so that two-factor codes are asked there too, and lets
    staff in only once their session has shown the second factor."""

    def __init__(self, name: str = "admin") -> None:
        super().__init__(name)
        self.add_action(audited_delete_selected, "delete_selected")

    def login(self, request: HttpRequest, extra_context=None) -> HttpResponse:
        if request.user.is_authenticated:
            # Logged in, yet sent here: the account is not staff. Sending it to the login page
            # again would loop.
            raise PermissionDenied
        # The admin's own form would check the password alone and skip the TOTP step.
        next_url = request.GET.get(REDIRECT_FIELD_NAME) or resolve_url("admin:index")
        return redirect_to_login(next_url, resolve_url("account_login"))

    def admin_view(self, view, cacheable: bool = False):
        protected = super().admin_view(view, cacheable)

        def gated(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            user = request.user
            if user.is_active and user.is_staff and needs_two_factor(request):
                return redirect_to_two_factor(request)
            return protected(request, *args, **kwargs)

        return update_wrapper(gated, protected)

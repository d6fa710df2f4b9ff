from functools import update_wrapper

from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import resolve_url

from crimex_portal.accounts.two_factor import needs_two_factor, redirect_to_two_factor


class CrimexAdminSite(admin.AdminSite):
    """The admin logs in through allauth, so that two-factor codes are asked there too, and lets
    staff in only once their session has shown the second factor."""

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

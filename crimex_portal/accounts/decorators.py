from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from crimex_portal.accounts.roles import MEMBERS_AREA
from crimex_portal.accounts.two_factor import needs_two_factor, redirect_to_two_factor_setup


def members_only(view: Callable) -> Callable:
    """Visitors go to the login page, users who are not members get a 403, and members without
    two-factor authentication are sent to set it up first."""

    @wraps(view)
    def guarded(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.has_perm(MEMBERS_AREA):
            raise PermissionDenied
        if needs_two_factor(request.user):
            return redirect_to_two_factor_setup(request)
        return view(request, *args, **kwargs)

    return login_required(guarded)

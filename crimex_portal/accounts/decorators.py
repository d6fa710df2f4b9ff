from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from crimex_portal.accounts.roles import MEMBERS_AREA
from crimex_portal.accounts.two_factor import needs_two_factor, redirect_to_two_factor


def members_gate(request: HttpRequest) -> HttpResponse | None:
    """None when the user may see members' content; otherwise the answer to give instead:
    visitors go to the login page, users who are not members get a 403, and members whose
    session has not shown the second factor are sent to type a code, or to set up the app."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not request.user.has_perm(MEMBERS_AREA):
        raise PermissionDenied
    if needs_two_factor(request):
        return redirect_to_two_factor(request)
    return None


def members_only(view: Callable) -> Callable:
    @wraps(view)
    def guarded(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return members_gate(request) or view(request, *args, **kwargs)

    return guarded

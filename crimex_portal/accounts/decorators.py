from collections.abc import Callable

from django.contrib.auth.decorators import login_required, permission_required

from crimex_portal.accounts.roles import MEMBERS_AREA


def members_only(view: Callable) -> Callable:
    """Visitors are sent to the login page; logged-in users who are not members get a 403."""
    return login_required(permission_required(MEMBERS_AREA, raise_exception=True)(view))

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser

from sessions.models import Session, SessionQuerySet


def sessions_visible_to(user: AbstractBaseUser | AnonymousUser) -> SessionQuerySet:
    """Published sessions for everybody; unpublished ones too for staff who can change them."""
    sessions = Session.objects.select_related("venue_country")
    if user.has_perm("crimex_sessions.change_session"):
        return sessions
    return sessions.published()


def session_overview(
    user: AbstractBaseUser | AnonymousUser, *, recent_limit: int | None = None
) -> dict[str, list[Session]]:
    visible = sessions_visible_to(user)
    past = visible.past()
    if recent_limit is not None:
        past = past[:recent_limit]
    return {"upcoming": list(visible.upcoming()), "past": list(past)}

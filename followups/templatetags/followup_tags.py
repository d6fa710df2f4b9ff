"""The thread on other apps' pages: sessions and actionplans know nothing of follow-ups, their
templates load these tags (a fixed number of queries each)."""

from django import template

from followups import selectors

register = template.Library()


@register.simple_tag
def decisions_of(session) -> list:
    return list(selectors.decisions_of(session))


@register.simple_tag
def open_followups_before(session) -> list:
    """Shown for a session still to come: what earlier sessions left open."""
    if session.status != session.Status.PLANNED:
        return []
    return list(selectors.open_followups_before(session))


@register.simple_tag
def followups_of_action(action) -> list:
    return list(selectors.followups_of_action(action))

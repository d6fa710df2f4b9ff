"""The follow-up tracking table as a PDF, through the reports machinery (key: "all", or a
session's id for that session's follow-ups)."""

from django.utils.translation import gettext

from crimex_portal.reports.registry import ReportBuilder, register
from followups.selectors import tracking_table
from sessions.models import Session

ALL = "all"


def _target(key: str):
    if key == ALL:
        return ALL
    if not key.isdigit():
        raise LookupError(key)
    session = Session.objects.published().filter(pk=key).first()
    if session is None:
        raise LookupError(key)
    return session


def _title(target) -> str:
    if target == ALL:
        return gettext("Follow-ups of the CrimEx sessions")
    return gettext("Follow-ups of the %(session)s") % {"session": target.label}


def _context(target) -> dict:
    session = None if target == ALL else target
    followups = tracking_table(session=session).prefetch_related("actions__goal__plan")
    return {"followups": followups, "session": session}


FOLLOWUP_REPORT = register(
    ReportBuilder(
        kind="followups",
        template_name="reports/followups.html",
        target=_target,
        title=_title,
        context=_context,
        restricted=True,
        key_of=lambda target: ALL if target == ALL else str(target.pk),
    )
)

"""The session report: a session's cover, agenda day by day, participants and documents as a
PDF for coordinators to send on."""

from typing import Any

from crimex_portal.reports.registry import ReportBuilder, object_or_lookup_error, register
from sessions.models import AgendaItem, Session
from sessions.releases import latest_release, release_days
from sessions.selectors import sessions_for_report

# Printed quieter in the timetable: they are not items of substance.
PAUSES = (AgendaItem.Kind.BREAK, AgendaItem.Kind.LUNCH)
# Who sees the attendee list on the site sees it in the report; other exporters get a version
# without the attendees' names.
SEES_ATTENDEES = "crimex_sessions.view_registration"
WITH_ATTENDEES = "with-attendees"


def session_of(key: str) -> Session:
    return object_or_lookup_error(sessions_for_report(), pk=key)


def session_report_title(session: Session) -> str:
    return f"{session.label} – {session.title}"


def session_report_audience(user) -> str:
    return WITH_ATTENDEES if user.has_perm(SEES_ATTENDEES) else ""


def two_columns(items: list) -> list[list]:
    """The first half (the larger) and the second, read down one column, then the other."""
    half = (len(items) + 1) // 2
    return [items[:half], items[half:]]


def session_report_context(session: Session, audience: str) -> dict[str, Any]:
    organisations = list(session.participating_organisations.all())
    return {
        "session": session,
        "days": release_days(latest_release(session)),  # as published, never the draft
        "pauses": PAUSES,
        "objectives": session.objectives.all(),
        "experts": session.experts.all(),
        "outcomes": session.outcomes.all(),
        "documents": session.documents.all(),
        "registrations": session.registrations.all() if audience == WITH_ATTENDEES else [],
        "countries": session.participating_countries.all(),
        "organisations": organisations,
        "organisation_columns": two_columns(organisations),
    }


SESSION_REPORT = register(
    ReportBuilder(
        kind="session",
        template_name="reports/session.html",
        target=session_of,
        title=session_report_title,
        context=session_report_context,
        audience=session_report_audience,
        restricted=True,  # members-only documents (and, for PMT staff, attendees) are listed
    )
)

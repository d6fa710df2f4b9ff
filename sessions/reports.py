"""The session report: a session's cover, agenda day by day, participants and documents as a
PDF for coordinators to send on."""

from typing import Any

from crimex_portal.reports.registry import ReportBuilder, object_or_lookup_error, register
from sessions.models import AgendaItem, Session
from sessions.selectors import agenda_days, sessions_for_report

# Printed quieter in the timetable: they are not items of substance.
PAUSES = (AgendaItem.Kind.BREAK, AgendaItem.Kind.LUNCH)


def session_of(key: str) -> Session:
    return object_or_lookup_error(sessions_for_report(), pk=key)


def session_report_title(session: Session) -> str:
    return f"{session.label} – {session.title}"


def session_report_context(session: Session) -> dict[str, Any]:
    return {
        "session": session,
        "days": agenda_days(session),
        "pauses": PAUSES,
        "objectives": session.objectives.all(),
        "experts": session.experts.all(),
        "outcomes": session.outcomes.all(),
        "documents": session.documents.all(),
        "registrations": session.registrations.all(),
        "countries": session.participating_countries.all(),
        "organisations": session.participating_organisations.all(),
    }


SESSION_REPORT = register(
    ReportBuilder(
        kind="session",
        template_name="reports/session.html",
        target=session_of,
        title=session_report_title,
        context=session_report_context,
        restricted=True,  # the registrations and members-only documents are listed
    )
)

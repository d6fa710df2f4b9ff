"""For the day of the session and after it: the sign-in sheet of the attendees (PMT), and
certificates of attendance in each attendee's language (the attendee's own; PMT get them all).
Both are report builders: PMT ask for them as for any report; a member downloads their own
certificate from the session's page."""

import datetime
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from crimex_portal.reports.registry import ReportBuilder, object_or_lookup_error, register
from sessions.models import Registration, Session
from sessions.selectors import attendees

SEES_ATTENDEES = "crimex_sessions.view_registration"


def session_is_held(session: Session, today: datetime.date | None = None) -> bool:
    """Held: PMT marked it so, or its last day is past (and it was not cancelled)."""
    if not session.is_published or session.status == Session.Status.CANCELLED:
        return False
    if session.status == Session.Status.HELD:
        return True
    today = today or timezone.localdate()
    return session.end_date is not None and session.end_date < today


def certificate_language(registration: Registration, asked: str = "") -> str:
    """The language asked for if it is one of the portal's, else the attendee's own."""
    languages = dict(settings.LANGUAGES)
    if asked in languages:
        return asked
    preferred = registration.user.preferred_language
    return preferred if preferred in languages else settings.LANGUAGE_CODE


@dataclass(frozen=True)
class Certificate:
    registration: Registration
    language: str
    direction: str


def _certificate(registration: Registration, language: str) -> Certificate:
    return Certificate(registration, language, "rtl" if language == "ar" else "ltr")


def held_sessions():
    return Session.objects.published().exclude(status=Session.Status.CANCELLED)


def _held_session_of(key: str) -> Session:
    session = object_or_lookup_error(held_sessions().select_related("venue_country"), pk=key)
    if not session_is_held(session):
        raise LookupError("The session is not held yet.")
    return session


def _session_of(key: str) -> Session:
    return object_or_lookup_error(
        Session.objects.published().select_related("venue_country"), pk=key
    )


def _registration_of(key: str) -> Registration:
    registration = object_or_lookup_error(
        Registration.objects.filter(is_waiting=False).select_related(
            "user__country", "user__organisation", "session__venue_country"
        ),
        pk=key,
    )
    if not session_is_held(registration.session):
        raise LookupError("The session is not held yet.")
    return registration


def signin_sheet_context(session: Session) -> dict[str, Any]:
    days = []
    if session.has_dates:
        day = session.start_date
        while day <= session.end_date:
            days.append(day)
            day += datetime.timedelta(days=1)
    return {"session": session, "registrations": list(attendees(session)), "days": days or [None]}


def certificates_context(session: Session) -> dict[str, Any]:
    """Every attendee's certificate, each in their own language."""
    return {
        "session": session,
        "certificates": [
            _certificate(registration, certificate_language(registration))
            for registration in attendees(session)
        ],
        "issued_on": timezone.localdate(),
    }


def certificate_context(registration: Registration) -> dict[str, Any]:
    """The attendee's certificate in the language of the report (the one they chose)."""
    from django.utils.translation import get_language

    return {
        "session": registration.session,
        "certificates": [_certificate(registration, get_language())],
        "issued_on": timezone.localdate(),
    }


SIGNIN_SHEET = register(
    ReportBuilder(
        kind="session_signin_sheet",
        template_name="reports/signin_sheet.html",
        target=_session_of,
        title=lambda session: _("Sign-in sheet – %(session)s") % {"session": session.label},
        context=signin_sheet_context,
        permission=SEES_ATTENDEES,
    )
)

CERTIFICATES = register(
    ReportBuilder(
        kind="session_certificates",
        template_name="reports/attendance_certificates.html",
        target=_held_session_of,
        title=lambda session: (
            _("Certificates of attendance – %(session)s") % {"session": session.label}
        ),
        context=certificates_context,
        restricted=False,  # handed to the attendees, for their institutions
        permission=SEES_ATTENDEES,
    )
)

CERTIFICATE = register(
    ReportBuilder(
        kind="attendance_certificate",
        template_name="reports/attendance_certificates.html",
        target=_registration_of,
        title=lambda registration: (
            _("Certificate of attendance – %(session)s") % {"session": registration.session.label}
        ),
        context=certificate_context,
        restricted=False,
        permission=SEES_ATTENDEES,  # through the reports page, PMT only; members use their page
    )
)


def own_certificate_pdf(*, registration: Registration, language: str) -> tuple[str, bytes]:
    """(file name, PDF) of the attendee's certificate, rendered now: one page."""
    from crimex_portal.reports.pdf import html_to_pdf
    from crimex_portal.reports.services import render_report_html

    _title, html = render_report_html(CERTIFICATE, registration, language)
    filename = f"crimex-{registration.session.number}-certificate-{language}.pdf"
    return filename, html_to_pdf(html)

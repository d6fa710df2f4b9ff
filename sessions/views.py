from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.timezone import localdate
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from crimex_portal.accounts.decorators import members_only
from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event, record_people_listed
from crimex_portal.downloads import attachment, csv_response, private_file_download
from sessions import calendar
from sessions.attendance import certificate_language, own_certificate_pdf, session_is_held
from sessions.forms import RegistrationForm
from sessions.models import Registration, Session, SessionDocument
from sessions.releases import latest_release, release_days
from sessions.selectors import (
    attendees,
    can_see_members_content,
    registration_of,
    registration_state,
    session_for_page,
    session_overview,
    sessions_visible_to,
    waiting_list,
)
from sessions.services import registration_cancel, registration_save


def session_list(request: HttpRequest) -> HttpResponse:
    def tables() -> list:
        overview = session_overview(request.user)
        return [
            (
                "upcoming-title",
                _("Upcoming sessions"),
                overview["upcoming"],
                _("No session is scheduled at the moment."),
            ),
            (
                "past-title",
                _("Past sessions"),
                overview["past"],
                _("No session has been held yet."),
            ),
        ]

    # Read only when the list's fragment is not cached; "upcoming" depends on the day.
    context = {"tables": SimpleLazyObject(tables), "today": localdate()}
    return render(request, "sessions/session_list.html", context)


def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    members = can_see_members_content(request)
    try:
        session = session_for_page(request.user, pk, members=members)
    except Session.DoesNotExist as missing:
        raise Http404 from missing
    registration = registration_of(session, request.user) if members else None
    release = latest_release(session)
    context = {
        "session": session,
        # The latest release of the agenda; PMT's working agenda is read in the admin only.
        "days": SimpleLazyObject(lambda: release_days(release)),
        "release": release,
        "members_content": members,
        "registration": registration,
        "registration_state": (
            registration_state(session, registered=registration is not None) if members else None
        ),
        "registration_form": (
            RegistrationForm(instance=registration, user=request.user) if members else None
        ),
        "can_see_attendees": request.user.has_perm("crimex_sessions.view_registration"),
        "certificate_available": bool(
            registration and not registration.is_waiting and session_is_held(session)
        ),
    }
    return render(request, "sessions/session_detail.html", context)


def document_download(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(
        SessionDocument.objects.select_related("session"),
        pk=pk,
        session__in=sessions_visible_to(request.user),
    )
    return private_file_download(
        request, document.file, target=document, label="session document", public=document.is_public
    )


@require_POST
@members_only
def register(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(sessions_visible_to(request.user), pk=pk)
    form = RegistrationForm(request.POST, user=request.user)
    if form.is_valid():
        try:
            registration = registration_save(
                session=session, user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            if registration.is_waiting:
                messages.success(
                    request,
                    _(
                        "All places are taken: you are on the waiting list, in position "
                        "%(position)s. A confirmation is on its way by e-mail."
                    )
                    % {"position": registration.waiting_position()},
                )
            else:
                messages.success(
                    request,
                    _(
                        "You are registered for this session. A confirmation is on its way by "
                        "e-mail."
                    ),
                )
    else:
        messages.error(request, _("Your registration could not be saved: check the form."))
    return redirect(session.get_absolute_url() + "#registration")


@require_POST
@members_only
def unregister(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(sessions_visible_to(request.user), pk=pk)
    registration_cancel(session=session, user=request.user)
    messages.success(request, _("Your registration is cancelled."))
    return redirect(session.get_absolute_url() + "#registration")


def _attendees_page(request: HttpRequest, pk: int) -> tuple[Session, list]:
    session = get_object_or_404(sessions_visible_to(request.user), pk=pk)
    return session, list(attendees(session))


@members_only
@permission_required("crimex_sessions.view_registration", raise_exception=True)
def attendee_list(request: HttpRequest, pk: int) -> HttpResponse:
    session, registrations = _attendees_page(request, pk)
    waiting = list(waiting_list(session))
    record_people_listed(
        request=request,
        page="attendees",
        target=session,
        users=[registration.user_id for registration in [*registrations, *waiting]],
    )
    return render(
        request,
        "sessions/attendee_list.html",
        {
            "session": session,
            "registrations": registrations,
            "session_held": session_is_held(session),
            "waiting": waiting,
        },
    )


@members_only
@permission_required("crimex_sessions.view_registration", raise_exception=True)
def attendee_csv(request: HttpRequest, pk: int) -> HttpResponse:
    session, registrations = _attendees_page(request, pk)
    response, writer = csv_response(f"crimex-session-{pk}-attendees.csv")
    writer.writerow(
        [
            _("Last name"),
            _("First name"),
            _("E-mail"),
            _("Country"),
            _("Organisation"),
            _("Function"),
            _("Attending as"),
            _("Interpretation into"),
            _("Registered at"),
        ]
    )
    for registration in registrations:
        user = registration.user
        writer.writerow(
            [
                user.last_name,
                user.first_name,
                user.email,
                user.country or "",
                user.organisation or "",
                user.get_function_display(),
                registration.get_capacity_display(),
                registration.get_interpretation_language_display(),
                registration.created_at.isoformat(timespec="minutes"),
            ]
        )
    record_event(
        action=AuditEvent.Action.EXPORT_CSV,
        request=request,
        target=session,
        export="attendees",
        rows=len(registrations),
    )
    return response


def session_calendar(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(
        sessions_visible_to(request.user).prefetch_related("releases"), pk=pk
    )
    return calendar.ics_response(
        calendar.session_calendar(session, request.build_absolute_uri("/")), f"crimex-{pk}.ics"
    )


def calendar_feed(request: HttpRequest) -> HttpResponse:
    sessions = Session.objects.published().select_related("venue_country").order_by("start_date")
    return calendar.ics_response(
        calendar.sessions_feed(sessions, request.build_absolute_uri("/")), "crimex-sessions.ics"
    )


@members_only
def certificate(request: HttpRequest, pk: int) -> HttpResponse:
    """The member's own certificate of attendance, once the session is held: nobody else's,
    whatever the address says (there is no registration in it to change)."""
    session = get_object_or_404(sessions_visible_to(request.user), pk=pk)
    registration = (
        Registration.objects.filter(session=session, user=request.user, is_waiting=False)
        .select_related("user__country", "user__organisation", "session__venue_country")
        .first()
    )
    if registration is None or not session_is_held(session):
        raise Http404
    language = certificate_language(registration, request.GET.get("language", ""))
    filename, pdf = own_certificate_pdf(registration=registration, language=language)
    record_event(
        action=AuditEvent.Action.EXPORT_PDF,
        request=request,
        target=session,
        kind="attendance_certificate",
        language=language,
    )
    return attachment(HttpResponse(pdf, content_type="application/pdf"), filename)

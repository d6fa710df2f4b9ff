"""Registration has a window (opens, closes) and optional places; beyond them members join a
waiting list, and a place freed goes to the first of them, who is e-mailed in their language."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from crimex_portal.accounts import roles
from sessions.models import Registration
from sessions.selectors import attendees, registration_state
from sessions.services import registration_cancel, registration_save
from tests.factories import RegistrationFactory, SessionFactory, UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def new_member(language: str = "en"):
    return UserFactory(roles=[roles.MEMBER], two_factor=True, preferred_language=language)


def test_registration_opens_on_its_day():
    session = SessionFactory(
        start_date=TODAY + 30 * DAY, end_date=TODAY + 31 * DAY, registration_opens=TODAY + DAY
    )
    state = registration_state(session)
    assert not state.is_open
    assert "Registration opens on" in state.closed_because
    session.registration_opens = TODAY
    assert registration_state(session).is_open


def test_registration_beyond_the_places_waits_in_order(
    mailoutbox, django_capture_on_commit_callbacks
):
    session = SessionFactory(
        start_date=TODAY + 9 * DAY, end_date=TODAY + 10 * DAY, registration_capacity=1
    )
    first, second, third = new_member(), new_member(), new_member()
    with django_capture_on_commit_callbacks(execute=True):
        registration_save(session=session, user=first, capacity="crimex_member")
        waiting = registration_save(session=session, user=second, capacity="crimex_member")
        last = registration_save(session=session, user=third, capacity="crimex_member")

    assert (waiting.is_waiting, waiting.waiting_position()) == (True, 1)
    assert (last.is_waiting, last.waiting_position()) == (True, 2)
    assert [r.user for r in attendees(session)] == [first]
    assert "waiting list" in mailoutbox[1].subject
    assert "position 1" in mailoutbox[1].body


def test_journey_a_cancellation_gives_the_place_to_the_first_waiting_member_by_email(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    session = SessionFactory(
        start_date=TODAY + 9 * DAY, end_date=TODAY + 10 * DAY, registration_capacity=1
    )
    holder, arabic, french = new_member(), new_member("ar"), new_member("fr")
    RegistrationFactory(session=session, user=holder)
    with django_capture_on_commit_callbacks(execute=True):
        for user in (arabic, french):
            log_in_with_two_factor(client, user)
            client.post(
                reverse("crimex_sessions:register", args=[session.pk]),
                {"capacity": "crimex_member"},
            )
    log_in_with_two_factor(client, arabic)
    page = client.get(session.get_absolute_url()).content.decode()
    assert "you are on the waiting list, in position 1" in page or "قائمة الانتظار" in page
    mailoutbox.clear()

    log_in_with_two_factor(client, holder)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("crimex_sessions:unregister", args=[session.pk]))

    promoted = Registration.objects.get(session=session, user=arabic)
    assert (promoted.is_waiting, promoted.promoted_at is not None) == (False, True)
    assert Registration.objects.get(session=session, user=french).waiting_position() == 1
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [arabic.email]
    assert message.attachments[0][0].endswith(".ics")
    assert "الدورة" in message.subject  # in her language: the session's Arabic label


def test_a_waiting_members_cancellation_frees_no_place():
    session = SessionFactory(
        start_date=TODAY + 9 * DAY, end_date=TODAY + 10 * DAY, registration_capacity=1
    )
    holder, first, second = new_member(), new_member(), new_member()
    RegistrationFactory(session=session, user=holder)
    RegistrationFactory(session=session, user=first, is_waiting=True)
    RegistrationFactory(session=session, user=second, is_waiting=True)

    registration_cancel(session=session, user=first)

    assert Registration.objects.get(user=second).waiting_position() == 1
    assert not Registration.objects.get(user=holder).is_waiting


def test_more_places_in_the_admin_move_the_waiting_up(
    client, django_capture_on_commit_callbacks, mailoutbox
):
    from tests.admin_forms import admin_form_as_shown

    session = SessionFactory(
        start_date=TODAY + 9 * DAY, end_date=TODAY + 10 * DAY, registration_capacity=1
    )
    RegistrationFactory(session=session)
    waiting = RegistrationFactory(session=session, is_waiting=True)
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    url = reverse("admin:crimex_sessions_session_change", args=[session.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, {**admin_form_as_shown(client.get(url)), "registration_capacity": "2"}
        )
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert not waiting.is_waiting
    assert [m.to for m in mailoutbox] == [[waiting.user.email]]


def test_a_member_cannot_jump_the_queue_with_a_forged_field(member_client, member):
    session = SessionFactory(
        start_date=TODAY + 9 * DAY, end_date=TODAY + 10 * DAY, registration_capacity=1
    )
    RegistrationFactory(session=session)
    member_client.post(
        reverse("crimex_sessions:register", args=[session.pk]),
        {"capacity": "crimex_member", "is_waiting": "", "promoted_at": "2020-01-01"},
    )
    assert Registration.objects.get(session=session, user=member).is_waiting


@pytest.mark.django_db(transaction=True)
def test_two_cancellations_at_the_same_moment_give_each_freed_place_once():
    """Race-safe: the session row is locked while places are counted and given, so two
    cancellations at once promote two different members, never the same one twice."""
    import threading

    from django.db import connection

    session = SessionFactory(
        start_date=TODAY + 9 * DAY, end_date=TODAY + 10 * DAY, registration_capacity=2
    )
    leaving = [RegistrationFactory(session=session).user for _ in range(2)]
    waiting = [RegistrationFactory(session=session, is_waiting=True) for _ in range(3)]
    start = threading.Barrier(2)
    errors = []

    def cancel(user) -> None:
        try:
            start.wait()
            registration_cancel(session=session, user=user)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=cancel, args=(user,)) for user in leaving]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    confirmed = set(
        Registration.objects.filter(session=session, is_waiting=False).values_list("pk", flat=True)
    )
    assert confirmed == {waiting[0].pk, waiting[1].pk}
    assert Registration.objects.get(pk=waiting[2].pk).waiting_position() == 1


def test_pmt_see_the_waiting_list_in_order_below_the_attendees(client):
    session = SessionFactory(
        start_date=TODAY + 9 * DAY, end_date=TODAY + 10 * DAY, registration_capacity=1
    )
    RegistrationFactory(session=session, user=UserFactory(first_name="Has", last_name="Place"))
    for name in ("First", "Second"):
        RegistrationFactory(
            session=session, is_waiting=True, user=UserFactory(first_name=name, last_name="Waiting")
        )
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    page = client.get(reverse("crimex_sessions:attendees", args=[session.pk])).content.decode()
    waiting = page[page.index("Waiting list") :]
    assert waiting.index("First Waiting") < waiting.index("Second Waiting")
    assert "Has Place" not in waiting
    csv = client.get(reverse("crimex_sessions:attendees_csv", args=[session.pk])).content.decode()
    assert "Place" in csv
    assert "Waiting" not in csv

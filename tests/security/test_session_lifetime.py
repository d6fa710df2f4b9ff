"""Sessions end after CRIMEX_SESSION_IDLE_MINUTES (30) without a request and after
CRIMEX_SESSION_MAX_HOURS (12) whatever the activity (ASVS 3.3.1, 3.3.2). Time is moved, not
waited for."""

import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from crimex_portal.audit.models import AuditEvent
from tests.factories import log_in_with_two_factor
from tests.test_settings import run_manage

pytestmark = pytest.mark.django_db

real_now = timezone.now


@contextmanager
def clock_moved(**delta: float) -> Iterator[None]:
    """Every `timezone.now()` (the session store's expiry, the login time) runs `delta` ahead."""
    moved = datetime.timedelta(**delta)
    with mock.patch("django.utils.timezone.now", side_effect=lambda: real_now() + moved):
        yield


def logged_in(client) -> bool:
    response = client.get(reverse("directory:index"))
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("account_login"))
        return False
    assert response.status_code == 200
    return True


def test_defaults_are_30_minutes_idle_and_12_hours_in_all():
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert datetime.timedelta(hours=12) == settings.CRIMEX_SESSION_MAX_AGE


def test_both_limits_come_from_the_environment():
    probe = "import django; django.setup(); from django.conf import settings; "
    probe += "print(settings.SESSION_COOKIE_AGE, settings.CRIMEX_SESSION_MAX_AGE.total_seconds())"
    result = run_manage("-c", probe, CRIMEX_SESSION_IDLE_MINUTES="15", CRIMEX_SESSION_MAX_HOURS="8")
    assert result.stdout.split() == ["900", str(8 * 3600.0)]


def test_an_idle_session_ends_after_30_minutes(member_client):
    assert logged_in(member_client)
    with clock_moved(minutes=29):
        assert logged_in(member_client)  # and the countdown starts again
    with clock_moved(minutes=29 + 29):
        assert logged_in(member_client)
    with clock_moved(minutes=29 + 29 + 31):
        assert not logged_in(member_client)


def test_the_countdown_restarts_once_a_minute_without_a_write_on_every_request(
    member_client,
):
    assert logged_in(member_client)
    expiry = Session.objects.get(session_key=member_client.session.session_key).expire_date
    with CaptureQueriesContext(connection) as within_the_minute:
        assert logged_in(member_client)
    assert not [
        q
        for q in within_the_minute.captured_queries
        if "django_session" in q["sql"] and q["sql"].startswith("UPDATE")
    ]
    assert Session.objects.get(session_key=member_client.session.session_key).expire_date == expiry
    with clock_moved(minutes=2):
        assert logged_in(member_client)
    refreshed = Session.objects.get(session_key=member_client.session.session_key).expire_date
    assert refreshed >= expiry + datetime.timedelta(minutes=2)


def test_a_session_idle_for_30_minutes_after_a_quiet_minute_still_ends(member_client):
    """Requests within the minute do not push the countdown: 30 minutes after the last saved
    refresh the session has ended, however many requests came in that minute."""
    assert logged_in(member_client)
    with clock_moved(seconds=50):
        assert logged_in(member_client)  # not saved: the refresh is 50 s old
    with clock_moved(minutes=30, seconds=1):
        assert not logged_in(member_client)


def test_an_active_session_ends_after_12_hours(member_client, member):
    minutes = 0
    while minutes < 12 * 60 - 25:
        minutes += 25  # a request every 25 minutes: never idle
        with clock_moved(minutes=minutes):
            assert logged_in(member_client), minutes
    with clock_moved(minutes=12 * 60 + 1):
        assert not logged_in(member_client)
        response = member_client.get(reverse("account_login"))
    assert "Your session has ended: please log in again." in response.content.decode()
    assert AuditEvent.objects.filter(action=AuditEvent.Action.LOGOUT, actor=member).exists()


@override_settings(CRIMEX_SESSION_MAX_AGE=datetime.timedelta(minutes=20))
def test_logging_in_again_starts_the_count_again(client, member):
    with clock_moved(minutes=-15):
        log_in_with_two_factor(client, member)
    assert logged_in(client)
    log_in_with_two_factor(client, member)
    with clock_moved(minutes=10):
        assert logged_in(client)  # 25 minutes after the first login, 10 after this one
    with clock_moved(minutes=21):
        assert not logged_in(client)

from datetime import date

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils.translation import gettext_lazy

from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from directory.models import Country
from tests.factories import CountryFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_from(rf: RequestFactory):
    def build(user=None, **meta):
        request = rf.get("/en/directory/", **meta)
        request.user = user or AnonymousUser()
        return request

    return build


def test_event_records_who_did_what_to_what_from_where(request_from):
    member = UserFactory(email="prosecutor@example.test")
    country = CountryFactory(name_en="Morocco")
    request = request_from(member, REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Firefox/140")

    record_event(
        action=AuditEvent.Action.DIRECTORY_ENTRY_VIEWED, request=request, target=country, page=2
    )

    event = AuditEvent.objects.get()
    assert event.action == AuditEvent.Action.DIRECTORY_ENTRY_VIEWED
    assert event.actor == member
    assert event.actor_email == "prosecutor@example.test"
    assert event.ip_address == "203.0.113.7"
    assert event.user_agent == "Firefox/140"
    assert event.target_type == ContentType.objects.get_for_model(Country)
    assert event.target_id == str(country.pk)
    assert event.target_repr == "Morocco"
    assert event.details == {"page": 2}
    assert event.created_at is not None


def test_event_without_a_request_names_the_given_actor_and_no_address():
    member = UserFactory(email="officer@example.test")

    event = record_event(action=AuditEvent.Action.INVITATION_SENT, actor=member)

    event.refresh_from_db()
    assert event.actor == member
    assert event.actor_email == "officer@example.test"
    assert event.ip_address is None
    assert event.user_agent == ""
    assert event.target_type is None
    assert event.target_id == ""
    assert event.details == {}


def test_event_of_nobody_without_a_request_is_still_stored():
    event = record_event(action=AuditEvent.Action.OTHER, reason="nightly cleanup")

    assert AuditEvent.objects.get().pk == event.pk
    assert event.actor is None
    assert event.actor_email == ""
    assert event.details == {"reason": "nightly cleanup"}


def test_anonymous_request_leaves_the_actor_empty(request_from):
    event = record_event(action=AuditEvent.Action.OTHER, request=request_from())

    assert event.actor is None
    assert event.actor_email == ""


def test_explicit_actor_wins_over_the_request_user(request_from):
    staff, member = UserFactory(), UserFactory()

    event = record_event(
        action=AuditEvent.Action.INVITATION_SENT, request=request_from(staff), actor=member
    )

    assert event.actor == member


def test_forwarded_for_header_is_not_trusted(request_from):
    request = request_from(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.9")

    event = record_event(action=AuditEvent.Action.OTHER, request=request)

    assert event.ip_address == "10.0.0.2"


def test_request_without_an_ip_address_stores_none(request_from):
    event = record_event(action=AuditEvent.Action.OTHER, request=request_from(REMOTE_ADDR=""))

    assert event.ip_address is None


def test_long_user_agent_and_target_are_cut_to_fit(request_from):
    long_target = CountryFactory()
    long_target.name = "N" * 300  # unsaved: longer than any column, as a str() may be

    event = record_event(
        action=AuditEvent.Action.OTHER,
        request=request_from(HTTP_USER_AGENT="A" * 1000),
        target=long_target,
    )

    event.refresh_from_db()
    assert event.user_agent == "A" * 255
    assert event.target_repr == "N" * 255


def test_entry_outlives_the_deleted_actor():
    member = UserFactory(email="leaver@example.test")
    record_event(action=AuditEvent.Action.EXPORT_CSV, actor=member)

    member.delete()

    event = AuditEvent.objects.get()
    assert event.actor is None
    assert event.actor_email == "leaver@example.test"


def test_details_keep_dates_and_lazy_strings():
    event = record_event(
        action=AuditEvent.Action.EXPORT_PDF, day=date(2030, 1, 31), label=gettext_lazy("Login")
    )

    event.refresh_from_db()
    assert event.details == {"day": "2030-01-31", "label": "Login"}


def test_unknown_action_is_refused():
    with pytest.raises(ValidationError):
        record_event(action="teleported")
    assert not AuditEvent.objects.exists()

"""Attacks on reports: a coordinator downloads another coordinator's report by its id; a
coordinator gets a session PDF that PMT staff asked for, with the attendees' names in it; a
coordinator cites a document of an unpublished session as evidence by forging its id."""

import pytest
from django.urls import reverse

from actionplans.models import ProgressUpdate
from crimex_portal.accounts import roles
from crimex_portal.reports.models import Report
from crimex_portal.reports.services import report_request
from sessions.models import Session
from tests.factories import (
    IndicatorFactory,
    RegistrationFactory,
    ReportingPeriodFactory,
    SessionDocumentFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinators(db) -> tuple:
    return (
        UserFactory(roles=[roles.COORDINATOR], two_factor=True, email="a@example.test"),
        UserFactory(roles=[roles.COORDINATOR], two_factor=True, email="b@example.test"),
    )


@pytest.fixture
def pmt(db):
    return UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)


@pytest.fixture
def fifth(seeded) -> Session:
    return Session.objects.get(number=5, part=Session.Part.SECOND)


def request_report(client, session: Session, language: str = "en") -> Report:
    response = client.post(
        reverse("reports:request"),
        {"kind": "session", "key": str(session.pk), "language": language},
    )
    assert response.status_code == 302
    return Report.objects.get(pk=int(response.url.rstrip("/").rsplit("/", 1)[-1]))


def test_a_coordinator_cannot_open_another_coordinator_s_report(client, coordinators, pmt, fifth):
    first, second = coordinators
    log_in_with_two_factor(client, first)
    report = request_report(client, fifth)
    assert report.status == Report.Status.DONE
    assert client.get(reverse("reports:download", args=[report.pk])).status_code == 200

    log_in_with_two_factor(client, second)
    for name in ("reports:detail", "reports:download"):
        assert client.get(reverse(name, args=[report.pk])).status_code == 404
    assert (
        client.get(reverse("reports:detail", args=[report.pk]), {"format": "json"}).status_code
        == 404
    )

    log_in_with_two_factor(client, pmt)
    for name in ("reports:detail", "reports:download"):
        assert client.get(reverse(name, args=[report.pk])).status_code == 200


def test_asking_for_the_same_report_shares_the_file_with_the_second_coordinator(
    client, coordinators, fifth
):
    first, second = coordinators
    report, _reused = report_request(user=first, kind="session", key=str(fifth.pk), language="en")

    log_in_with_two_factor(client, second)
    again = request_report(client, fifth)

    assert again.pk == report.pk  # the same content: the same file, not a second rendering
    assert client.get(reverse("reports:download", args=[report.pk])).status_code == 200
    assert set(report.requesters.all()) == {first, second}


def test_attendee_names_are_only_in_reports_made_for_those_who_may_see_attendees(
    client, coordinators, pmt, fifth
):
    RegistrationFactory(
        session=fifth, user=UserFactory(first_name="Amal", last_name="Registeredname")
    )
    coordinator, _second = coordinators

    for_pmt, _reused = report_request(user=pmt, kind="session", key=str(fifth.pk), language="en")
    for_coordinator, reused = report_request(
        user=coordinator, kind="session", key=str(fifth.pk), language="en"
    )

    assert "Amal Registeredname" in for_pmt.html
    assert "Amal Registeredname" not in for_coordinator.html
    assert not reused
    assert for_coordinator.pk != for_pmt.pk
    assert for_coordinator.fingerprint != for_pmt.fingerprint

    log_in_with_two_factor(client, coordinator)
    assert client.get(reverse("reports:download", args=[for_pmt.pk])).status_code == 404


def test_the_fingerprint_differs_per_audience_even_with_nobody_registered(coordinators, pmt):
    session = SessionFactory()
    coordinator, _second = coordinators
    for_pmt, _ = report_request(user=pmt, kind="session", key=str(session.pk), language="en")
    for_coordinator, reused = report_request(
        user=coordinator, kind="session", key=str(session.pk), language="en"
    )
    assert not reused
    assert for_coordinator.fingerprint != for_pmt.fingerprint


def test_progress_updates_cannot_cite_a_document_of_an_unpublished_session(client, coordinators):
    coordinator, _second = coordinators
    indicator = IndicatorFactory()
    period = ReportingPeriodFactory()
    hidden = SessionDocumentFactory(session=SessionFactory(is_published=False))
    shown = SessionDocumentFactory(session=SessionFactory(is_published=True))
    log_in_with_two_factor(client, coordinator)
    url = reverse("actionplans:record_update", args=[indicator.pk])

    form = client.get(url).context["form"]
    offered = set(form.fields["evidence_document"].queryset)
    assert shown in offered
    assert hidden not in offered

    response = client.post(
        url,
        {
            "period": period.pk,
            "status": "in_progress",
            "value": "1",
            "evidence_document": hidden.pk,
        },
    )

    assert response.status_code == 200
    assert "evidence_document" in response.context["form"].errors
    assert not ProgressUpdate.objects.exists()

    client.post(
        url,
        {"period": period.pk, "status": "in_progress", "value": "1", "evidence_document": shown.pk},
    )
    assert ProgressUpdate.objects.get().evidence_document == shown

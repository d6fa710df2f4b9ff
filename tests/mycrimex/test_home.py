import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from actionplans.models import ProgressUpdate
from crimex_portal.accounts import roles
from crimex_portal.notifications.models import Notification
from crimex_portal.reports.models import Report
from tests.factories import (
    AgendaItemFactory,
    ContactFactory,
    FollowUpFactory,
    ProgressUpdateFactory,
    RegistrationFactory,
    ReportFactory,
    SessionFactory,
    UserFactory,
    enable_totp,
    log_in_with_two_factor,
    release_agenda,
    totp_code,
)

pytestmark = pytest.mark.django_db


def test_members_land_on_my_crimex_after_password_and_code(client):
    member = UserFactory(email="judge@example.test", roles=[roles.MEMBER], preferred_language="fr")
    secret = enable_totp(member)
    response = client.post(
        reverse("account_login"),
        {"login": "judge@example.test", "password": "correct-horse-battery"},
    )
    assert response["Location"] == reverse("mfa_authenticate")  # the second factor first
    assert client.get(reverse("mycrimex:home")).status_code == 302  # not past the gate yet
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert response["Location"] == "/fr/my/"
    assert client.get("/fr/my/").status_code == 200


def test_visitors_and_non_members_do_not_get_in(client):
    assert client.get(reverse("mycrimex:home")).status_code == 302
    log_in_with_two_factor(client, UserFactory(two_factor=True))
    assert client.get(reverse("mycrimex:home")).status_code == 403


def make_world(member, country, times: int) -> None:
    """What concerns the member, `times` over, and the same again for someone else."""
    other = UserFactory(roles=[roles.COORDINATOR])
    today = timezone.localdate()
    for index in range(times):
        for user in (member, other):
            session = SessionFactory(
                start_date=today + datetime.timedelta(10 + index),
                end_date=today + datetime.timedelta(11 + index),
            )
            RegistrationFactory(session=session, user=user)
            AgendaItemFactory(session=session)
            release_agenda(session)
            AgendaItemFactory(session=session, start_time=datetime.time(11, 0), end_time=None)
            release_agenda(session)
            ProgressUpdateFactory(author=user, review=ProgressUpdate.Review.DRAFT)
            ReportFactory(requested_by=user, status=Report.Status.DONE, finished_at=timezone.now())
            Notification.objects.create(
                recipient=user, kind="report_ready", key=f"k{index}", language="en", text="Ready"
            )
        FollowUpFactory(owner_country=country)
        FollowUpFactory(owner_member=member, owner_country=None)
        FollowUpFactory()  # someone else's


@pytest.mark.parametrize("times", [1, 10])
def test_my_crimex_lists_what_is_mine_in_flat_queries(
    client, morocco, times, django_assert_num_queries
):
    member = UserFactory(roles=[roles.COORDINATOR], two_factor=True, country=morocco)
    ContactFactory(user=member, last_verified=datetime.date(2026, 1, 5))
    make_world(member, morocco, times)
    log_in_with_two_factor(client, member)
    client.get(reverse("mycrimex:home"))
    with django_assert_num_queries(QUERIES):
        response = client.get(reverse("mycrimex:home"))
    home = response.context["home"]
    assert len(home.registrations) == min(times, 5)
    assert all(
        item.session.registrations.filter(user=member).exists() for item in home.registrations
    )
    assert len(home.followups) == min(2 * times, 5)
    assert len(home.drafts) == min(times, 5)
    assert len(home.reports) == min(times, 5)
    assert home.unread == times
    content = response.content.decode()
    assert "Last verified on 5 January 2026." in content
    assert home.registrations[0].release.number == 2
    assert "Agenda version 2" in content
    assert home.registrations[0].changes[0].text.startswith("Added:")


QUERIES = 12


def test_pmt_see_what_waits_for_review(client):
    pmt = UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    log_in_with_two_factor(client, pmt)
    content = client.get(reverse("mycrimex:home")).content.decode()
    for label in (
        "Progress updates to review",
        "Outdated directory entries reported",
        "E-mails waiting in the outbox",
        "Failed e-mail deliveries",
        "Fiches due for review",
    ):
        assert label in content


def test_confirming_my_entry_records_its_verification(client, member):
    contact = ContactFactory(user=member, last_verified=None)
    log_in_with_two_factor(client, member)
    assert client.get(reverse("mycrimex:confirm_entry")).status_code == 405
    client.post(reverse("mycrimex:confirm_entry"))
    contact.refresh_from_db()
    assert contact.last_verified == timezone.localdate()
    assert contact.revisions.filter(changed_by=member).exists()


def test_attack_marking_someone_elses_notifications_read_does_nothing(client, member):
    other = UserFactory()
    theirs = Notification.objects.create(
        recipient=other, kind="report_ready", key="x", language="en", text="Theirs"
    )
    log_in_with_two_factor(client, member)
    client.post(reverse("mycrimex:notifications_read"), {"notification": [theirs.pk]})
    theirs.refresh_from_db()
    assert theirs.read_at is None
    assert "Theirs" not in client.get(reverse("mycrimex:notifications")).content.decode()


def test_opening_a_notification_marks_it_read_and_follows_its_link(client, member):
    mine = Notification.objects.create(
        recipient=member, kind="report_ready", key="m", language="en", text="Mine", link="/en/my/"
    )
    theirs = Notification.objects.create(
        recipient=UserFactory(), kind="report_ready", key="t", language="en", text="Theirs"
    )
    log_in_with_two_factor(client, member)
    response = client.get(reverse("mycrimex:open_notification", args=[mine.pk]))
    assert response["Location"] == "/en/my/"
    mine.refresh_from_db()
    assert mine.read_at is not None
    assert client.get(reverse("mycrimex:open_notification", args=[theirs.pk])).status_code == 404

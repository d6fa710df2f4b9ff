"""Notifications: one per event and person, in their language, e-mailed as they chose."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from actionplans.models import ProgressUpdate
from actionplans.services import progress_update_review, progress_update_submit
from crimex_portal.accounts import roles
from crimex_portal.notifications.events import send_reminders
from crimex_portal.notifications.models import Notification, NotificationPreference
from crimex_portal.notifications.notify import notify, send_daily_digests
from directory.services import outdated_report_create
from followups.notices import followups_due
from tests.factories import (
    ContactFactory,
    FollowUpFactory,
    ProgressUpdateFactory,
    ReportingPeriodFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def pmt():
    return UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)


@pytest.fixture
def coordinator():
    return UserFactory(roles=[roles.COORDINATOR], two_factor=True, preferred_language="fr")


def sent_to(user) -> list:
    return [message for message in mail.outbox if user.email in message.to]


def test_submitted_update_tells_pmt_and_the_review_tells_the_author_in_french(
    django_capture_on_commit_callbacks, pmt, coordinator
):
    update = ProgressUpdateFactory(
        author=coordinator, period=ReportingPeriodFactory(), review=ProgressUpdate.Review.DRAFT
    )
    with django_capture_on_commit_callbacks(execute=True):
        progress_update_submit(update=update, by=coordinator)
    to_pmt = Notification.objects.get(recipient=pmt, kind="progress_submitted")
    assert update.indicator.code in to_pmt.text
    assert to_pmt.link == reverse("actionplans:update", args=[update.pk])
    assert len(sent_to(pmt)) == 1
    assert not Notification.objects.filter(recipient=coordinator, kind="progress_submitted")

    with django_capture_on_commit_callbacks(execute=True):
        progress_update_review(update=update, by=pmt, approve=False, comment="Add the source.")
    to_author = Notification.objects.get(recipient=coordinator, kind="progress_reviewed")
    assert to_author.language == "fr"
    assert to_author.link.startswith("/fr/")
    assert len(sent_to(coordinator)) == 1


def test_nothing_is_sent_twice(django_capture_on_commit_callbacks, member):
    for _attempt in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            notify(kind="report_ready", key="report_ready:1", recipients=[member], text="Ready.")
    assert Notification.objects.filter(recipient=member).count() == 1
    assert len(sent_to(member)) == 1


def test_never_keeps_it_on_the_portal_only_but_security_always_goes(
    django_capture_on_commit_callbacks, member
):
    NotificationPreference.objects.create(user=member, kind="report_ready", frequency="never")
    NotificationPreference.objects.create(user=member, kind="security", frequency="never")
    with django_capture_on_commit_callbacks(execute=True):
        notify(kind="report_ready", key="a", recipients=[member], text="Ready.")
        notify(kind="security", key="b", recipients=[member], text="New login.")
    assert Notification.objects.filter(recipient=member).count() == 2
    assert [message.body.split("\n")[0] for message in sent_to(member)] == ["New login."]


def test_daily_digest_gathers_the_day_once(django_capture_on_commit_callbacks, member):
    NotificationPreference.objects.create(user=member, kind="followup_due", frequency="daily")
    with django_capture_on_commit_callbacks(execute=True):
        notify(kind="followup_due", key="f1", recipients=[member], text="First is due.")
        notify(kind="followup_due", key="f2", recipients=[member], text="Second is due.")
        notify(kind="report_ready", key="r1", recipients=[member], text="Report ready.")
    assert len(sent_to(member)) == 1  # the report, at once
    with django_capture_on_commit_callbacks(execute=True):
        assert send_daily_digests() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert send_daily_digests() == 0  # run twice: nothing more
    digests = [message for message in sent_to(member) if "digest" in message.subject]
    assert len(digests) == 1
    assert "First is due." in digests[0].body
    assert "Second is due." in digests[0].body
    assert "Report ready." not in digests[0].body


def test_preferences_page_saves_per_kind_choices(client, member):
    log_in_with_two_factor(client, member)
    url = reverse("mycrimex:preferences")
    page = client.get(url).content.decode()
    assert "A follow-up I own is due or overdue" in page
    assert 'name="security"' not in page  # mandatory: not a choice
    data = {
        "progress_submitted": "immediately",
        "progress_reviewed": "immediately",
        "period_closing": "daily",
        "outdated_report": "never",
        "followup_due": "daily",
        "fiche_due": "immediately",
        "report_ready": "never",
        "request_commented": "immediately",
        "security": "never",  # forged: ignored
    }
    assert client.post(url, data).status_code == 302
    saved = dict(
        NotificationPreference.objects.filter(user=member).values_list("kind", "frequency")
    )
    assert saved["followup_due"] == "daily"
    assert saved["report_ready"] == "never"
    assert "security" not in saved


def test_followup_due_in_7_days_then_overdue_tells_the_owners_once_each(
    django_capture_on_commit_callbacks, morocco
):
    moroccan = UserFactory(roles=[roles.MEMBER], country=morocco)
    UserFactory(roles=[roles.MEMBER])  # of no country: not told
    today = datetime.date(2026, 6, 1)
    FollowUpFactory(owner_country=morocco, due_date=today + datetime.timedelta(5))
    with django_capture_on_commit_callbacks(execute=True):
        assert followups_due(today) == 1
        assert followups_due(today) == 0
        assert followups_due(today + datetime.timedelta(10)) == 1  # overdue now
    texts = list(Notification.objects.filter(recipient=moroccan).values_list("text", flat=True))
    assert len(texts) == 2
    assert any("overdue" in text for text in texts)
    FollowUpFactory(owner_country=morocco, due_date=today + datetime.timedelta(30))
    assert followups_due(today) == 0  # not due yet


def test_period_closing_tells_coordinators_with_drafts_or_nothing(
    django_capture_on_commit_callbacks,
):
    today = timezone.localdate()
    period = ReportingPeriodFactory(
        name="closing", start=today - datetime.timedelta(60), end=today + datetime.timedelta(10)
    )
    nothing_yet = UserFactory(roles=[roles.COORDINATOR])
    with_draft = UserFactory(roles=[roles.COORDINATOR])
    all_submitted = UserFactory(roles=[roles.COORDINATOR])
    ProgressUpdateFactory(author=with_draft, period=period, review=ProgressUpdate.Review.DRAFT)
    ProgressUpdateFactory(
        author=all_submitted, period=period, review=ProgressUpdate.Review.SUBMITTED
    )
    with django_capture_on_commit_callbacks(execute=True):
        send_reminders()
        send_reminders()
    told = set(
        Notification.objects.filter(kind="period_closing").values_list("recipient", flat=True)
    )
    assert {nothing_yet.pk, with_draft.pk} <= told
    assert all_submitted.pk not in told
    assert Notification.objects.filter(kind="period_closing", recipient=with_draft).count() == 1


def test_outdated_entry_report_tells_pmt(pmt, member, seeded):
    contact = ContactFactory()
    outdated_report_create(contact=contact, by=member, comment="Moved to another office.")
    assert Notification.objects.filter(recipient=pmt, kind="outdated_report").exists()
    assert not Notification.objects.filter(recipient=member).exists()


def test_a_failed_delivery_is_visible_to_pmt(django_capture_on_commit_callbacks, member, settings):
    from crimex_portal.notifications.models import Delivery

    settings.EMAIL_BACKEND = "tests.notifications.test_outbox.RefusingBackend"
    settings.CRIMEX_OUTBOX_RETRY_SECONDS = 0
    with django_capture_on_commit_callbacks(execute=True):
        notify(kind="report_ready", key="fails", recipients=[member], text="Ready.")
    delivery = Delivery.objects.get(recipient=member)
    assert delivery.status == Delivery.Status.FAILED
    assert delivery.attempts >= 2


def test_fiche_due_for_review_tells_its_editors_once():
    from fiches.notices import fiches_due
    from tests.factories import FicheEditorAssignmentFactory, FicheFactory

    assignment = FicheEditorAssignmentFactory()
    stale = FicheFactory(country=assignment.country, last_reviewed_on=datetime.date(2020, 1, 1))
    FicheFactory(country=assignment.country)  # reviewed today: not due
    FicheFactory(last_reviewed_on=datetime.date(2020, 1, 1))  # no editor: nobody to tell
    assert fiches_due() == 1
    assert fiches_due() == 0
    notification = Notification.objects.get(recipient=assignment.user)
    assert stale.country.name in notification.text


def test_a_slow_report_tells_whoever_asked(member):
    from crimex_portal.reports.models import Report
    from crimex_portal.reports.services import _notify_if_slow
    from tests.factories import ReportFactory

    quick = ReportFactory(requested_by=member, status=Report.Status.DONE)
    quick.finished_at = quick.created_at + datetime.timedelta(seconds=1)
    _notify_if_slow(quick)
    slow = ReportFactory(requested_by=member, status=Report.Status.DONE)
    slow.finished_at = slow.created_at + datetime.timedelta(seconds=30)
    _notify_if_slow(slow)
    _notify_if_slow(slow)
    notification = Notification.objects.get(recipient=member)
    assert notification.kind == "report_ready"
    assert notification.link == reverse("reports:detail", args=[slow.pk])


def test_shared_request_comment_hook_skips_its_author(member):
    from crimex_portal.notifications.notify import shared_request_commented

    author = UserFactory()
    shared_request_commented(
        request_id=1,
        comment_id=2,
        title="Request to Tunisia",
        recipients=[member, author],
        by=author,
    )
    assert list(Notification.objects.values_list("recipient", flat=True)) == [member.pk]

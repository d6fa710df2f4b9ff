"""What a new user finds to try while CRIMEX_DEMO_CONTENT is on (issue 15): an upcoming session, an
open reporting period, a dashboard with approved updates, and the demo member's directory entry;
all marked as invented, all kept as people change them."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from actionplans.demo import CURRENT, PREVIOUS, REPORTER_EMAIL
from actionplans.models import Indicator, ProgressUpdate, ReportingPeriod
from actionplans.selectors import dashboard_figures, plan_table
from crimex_portal.accounts import roles
from crimex_portal.accounts.demo import DEMO_PASSWORD, demo_accounts_ensure
from crimex_portal.accounts.models import User
from crimex_portal.reports.registry import builder_for
from crimex_portal.reports.services import render_report_html
from crimex_portal.seeding import SeedTally
from directory.models import Contact
from sessions.models import Session
from tests.factories import UserFactory, enable_totp, log_in_with_two_factor

pytestmark = pytest.mark.django_db

SESSION_NOTICE = (
    "Invented demo session: it shows how sessions work in the portal and is not planned."
)
PROGRESS_NOTICE = (
    "These figures include invented demo progress updates: they show how the dashboard works and "
    "report nothing real."
)


@pytest.fixture
def demo_session(seeded) -> Session:
    return Session.objects.get(number=6)


def report_html(kind: str, key: str) -> str:
    builder = builder_for(kind)
    _title, html = render_report_html(builder, builder.target(key), "en")
    return html


def test_members_find_the_demo_session_among_the_upcoming_ones(member_client, demo_session):
    today = timezone.localdate()
    assert demo_session.is_demo
    assert demo_session.is_published
    assert today < demo_session.start_date <= today + datetime.timedelta(weeks=7)
    assert demo_session.agenda_items.count() == 7
    assert {item.date for item in demo_session.agenda_items.all()} == {
        demo_session.start_date,
        demo_session.end_date,
    }

    home = member_client.get(reverse("pages:home")).content.decode()
    upcoming, _recent = home.split('id="recent-title"')
    assert "6th CrimEx session" in upcoming
    assert '<span class="badge badge--warning">Demo</span>' in upcoming
    page = member_client.get(demo_session.get_absolute_url()).content.decode()
    assert SESSION_NOTICE in page
    assert "Register" in page
    assert SESSION_NOTICE in report_html("session", str(demo_session.pk))
    # The sessions of the source documents are not marked.
    fifth = Session.objects.get(number=5)
    assert not fifth.is_demo
    assert SESSION_NOTICE not in member_client.get(fifth.get_absolute_url()).content.decode()


def test_the_demo_session_keeps_what_pmt_changed(demo_session):
    opening = demo_session.agenda_items.get(kind="opening")
    opening.title_en = "Opening by the Presidium"
    opening.save()
    Session.objects.filter(pk=demo_session.pk).update(is_published=False)
    output = io.StringIO()

    call_command("load_seed_content", stdout=output)

    opening.refresh_from_db()
    demo_session.refresh_from_db()
    assert opening.title_en == "Opening by the Presidium"
    assert not demo_session.is_published
    assert "kept 1 CrimEx session edited in the portal" in output.getvalue()
    assert "kept 1 agenda item edited in the portal" in output.getvalue()


def test_a_coordinator_can_report_in_the_open_demo_period(client, seeded):
    current = ReportingPeriod.objects.get(name=CURRENT)
    previous = ReportingPeriod.objects.get(name=PREVIOUS)
    today = timezone.localdate()
    assert current.is_demo
    assert not current.is_locked
    assert current.start <= today <= current.end
    assert previous.is_locked
    assert previous.end < current.start
    indicator = Indicator.objects.get(action__goal__plan__code="B", code="2.1")
    log_in_with_two_factor(client, UserFactory(roles=[roles.COORDINATOR], two_factor=True))

    form = client.get(reverse("actionplans:record_update", args=[indicator.pk]))
    response = client.post(
        reverse("actionplans:record_update", args=[indicator.pk]),
        {"period": current.pk, "status": "in_progress", "value": "1", "narrative": "One case."},
    )

    assert current in form.context["form"].fields["period"].queryset
    assert previous not in form.context["form"].fields["period"].queryset
    update = ProgressUpdate.objects.get(indicator=indicator, period=current)
    assert response["Location"] == update.get_absolute_url()
    assert not update.is_demo


def test_approved_demo_updates_fill_the_dashboard_and_are_marked(member_client, seeded):
    updates = ProgressUpdate.objects.filter(is_demo=True)
    assert updates.count() == 10
    assert set(updates.values_list("review", flat=True)) == {ProgressUpdate.Review.APPROVED}
    assert all("Invented demo update" in update.narrative for update in updates)
    reporter = User.objects.get(email=REPORTER_EMAIL)
    assert not reporter.is_active
    assert not reporter.has_usable_password()
    assert not reporter.groups.exists()

    figures = dashboard_figures(plan_table("A"))
    assert figures.has_demo
    assert {series.label.split()[0]: series.points for series in figures.value_series} == {
        "1.1": [(PREVIOUS, 3), (CURRENT, 8)],  # Morocco and Tunisia together
        "4.1": [(PREVIOUS, 12), (CURRENT, 20)],
    }
    assert [row.label for row in figures.by_country] == ["Morocco", "Tunisia"]

    dashboard = member_client.get(reverse("actionplans:dashboard", args=["A"])).content.decode()
    assert PROGRESS_NOTICE in dashboard
    plan = member_client.get(reverse("actionplans:plan", args=["B"])).content.decode()
    assert '<span class="badge badge--warning">Demo</span>' in plan
    update = updates.first()
    detail = member_client.get(update.get_absolute_url()).content.decode()
    assert "Invented demo update: it shows how progress is reported" in detail
    action = member_client.get(update.indicator.action.get_absolute_url()).content.decode()
    assert '<span class="badge badge--warning">Demo</span>' in action
    assert PROGRESS_NOTICE in report_html("action_plan", "A")


def test_the_demo_member_finds_their_directory_entry(client, seeded):
    demo_accounts_ensure()
    member = User.objects.get(email="member@demo.crimex.invalid")
    enable_totp(member)
    log_in_with_two_factor(client, member)

    page = client.get(reverse("directory:my_entry"))

    entry = page.context["contact"]
    assert (entry.name, entry.country.iso_code, entry.is_demo) == ("Amal Exemple", "MA", True)
    assert entry.user == member


def test_demo_accounts_run_again_keep_passwords_profiles_and_links_people_changed(seeded):
    demo_accounts_ensure()
    member = User.objects.get(email="member@demo.crimex.invalid")
    member.set_password("a-password-of-my-own")
    member.last_name = "Member (renamed)"
    member.save()
    Contact.objects.filter(user=member).update(user=None)  # PMT unlinked the entry
    coordinator = User.objects.get(email="coordinator@demo.crimex.invalid")
    tally = SeedTally()

    demo_accounts_ensure(tally)

    member.refresh_from_db()
    coordinator.refresh_from_db()
    assert member.check_password("a-password-of-my-own")
    assert member.last_name == "Member (renamed)"
    assert not Contact.objects.filter(user=member).exists()
    assert coordinator.check_password(DEMO_PASSWORD)
    assert tally.kept_sentences() == [
        "kept 1 contact edited in the portal",
        "kept 1 user edited in the portal",
    ]
    assert tally.changed == 0


def test_no_demo_session_or_progress_without_demo_content(settings, request):
    settings.CRIMEX_DEMO_CONTENT = False

    request.getfixturevalue("seeded")

    assert list(Session.objects.order_by("number").values_list("number", "is_demo")) == [
        (2, False),
        (5, False),
    ]
    assert not ReportingPeriod.objects.exists()
    assert not ProgressUpdate.objects.exists()
    assert not User.objects.exists()

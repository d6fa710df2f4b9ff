"""The home (issue 21): what CrimEx is, the next session, the Action Plans' progress at a glance
and the latest changes, each within what the visitor may see; and every list page with nothing
in it saying why."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from actionplans.models import ProgressUpdate
from crimex_portal.accounts import roles
from crimex_portal.pages.selectors import action_status, home_overview, plans_progress
from tests.factories import (
    ActionFactory,
    ActionPlanFactory,
    CountryFactory,
    FicheFactory,
    IndicatorFactory,
    ProgressUpdateFactory,
    SessionFactory,
    StrategicGoalFactory,
    UserFactory,
    enable_totp,
    log_in_with_two_factor,
    release_agenda,
)

pytestmark = pytest.mark.django_db
User = get_user_model()

ACHIEVED = ProgressUpdate.Status.ACHIEVED
IN_PROGRESS = ProgressUpdate.Status.IN_PROGRESS
NOT_STARTED = ProgressUpdate.Status.NOT_STARTED


def days_from_today(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def held_session(**kwargs):
    start = days_from_today(-40)
    return SessionFactory(start_date=start, end_date=start + datetime.timedelta(days=1), **kwargs)


def coming_session(**kwargs):
    start = days_from_today(30)
    return SessionFactory(start_date=start, end_date=start + datetime.timedelta(days=1), **kwargs)


def counts(progress) -> dict[str, int]:
    return {share.status: share.count for share in progress.shares}


@pytest.mark.parametrize(
    ("indicators", "expected"),
    [
        ([], NOT_STARTED),
        ([NOT_STARTED, NOT_STARTED], NOT_STARTED),
        ([ACHIEVED, NOT_STARTED], IN_PROGRESS),
        ([IN_PROGRESS], IN_PROGRESS),
        ([ACHIEVED, IN_PROGRESS], IN_PROGRESS),
        ([ACHIEVED, ACHIEVED], ACHIEVED),
    ],
)
def test_an_action_is_achieved_when_all_its_indicators_are(indicators, expected):
    assert action_status(indicators) == expected


def test_plans_progress_counts_actions_by_the_latest_approved_update():
    plan = ActionPlanFactory(code="T")
    goal = StrategicGoalFactory(plan=plan)
    done = ActionFactory(goal=goal)
    for _ in range(2):
        ProgressUpdateFactory(indicator=IndicatorFactory(action=done), status=ACHIEVED)
    moving = ActionFactory(goal=goal)
    ProgressUpdateFactory(indicator=IndicatorFactory(action=moving), status=IN_PROGRESS)
    ProgressUpdateFactory(indicator=IndicatorFactory(action=moving), status=NOT_STARTED)
    # A submitted update, not approved yet, moves nothing.
    waiting = ActionFactory(goal=goal)
    ProgressUpdateFactory(
        indicator=IndicatorFactory(action=waiting),
        status=ACHIEVED,
        review=ProgressUpdate.Review.SUBMITTED,
    )
    ActionFactory(goal=goal)  # no indicator yet
    empty_plan = ActionPlanFactory(code="U")

    progress = {row.plan: row for row in plans_progress()}

    assert counts(progress[plan]) == {ACHIEVED: 1, IN_PROGRESS: 1, NOT_STARTED: 2}
    assert progress[plan].total == 4
    # The bar's segments follow one another: achieved, then in progress, then not started.
    assert [share.offset for share in progress[plan].shares] == [0, 1, 2]
    assert progress[empty_plan].total == 0
    assert not progress[plan].has_demo


def test_demo_updates_mark_the_plan_as_invented_figures():
    indicator = IndicatorFactory(action__goal__plan__code="D")
    ProgressUpdateFactory(indicator=indicator, status=ACHIEVED, is_demo=True)

    [progress] = plans_progress()

    assert progress.has_demo


def grow(size: int) -> None:
    """`size` of everything the home reads: sessions with a published agenda, actions with
    indicators and approved updates, reviewed fiches."""
    plan = ActionPlanFactory()
    for _ in range(size):
        session = held_session()
        release_agenda(session)
        coming_session()
        indicator = IndicatorFactory(action__goal=StrategicGoalFactory(plan=plan))
        ProgressUpdateFactory(indicator=indicator, status=ACHIEVED)
        FicheFactory()


def test_the_home_selector_reads_in_a_fixed_number_of_queries_as_data_grows_tenfold():
    member = UserFactory(roles=[roles.MEMBER])
    grow(2)
    home_overview(User.objects.get(pk=member.pk), members=True, recent_limit=3)  # caches perms
    with CaptureQueriesContext(connection) as small:
        # A fresh user object each time, as each request loads one.
        home_overview(User.objects.get(pk=member.pk), members=True, recent_limit=3)
    grow(18)
    with CaptureQueriesContext(connection) as large:
        overview = home_overview(User.objects.get(pk=member.pk), members=True, recent_limit=3)

    # The user (their permissions are cached), the home's text, the sessions coming and held, the
    # plans, their actions, their indicators' statuses, the releases, the fiches reviewed.
    assert len(large) == len(small) <= 9
    assert sum(progress.total for progress in overview["plans_progress"]) == 20
    assert len(overview["latest_changes"]) == 6


def test_the_home_page_makes_as_many_queries_with_ten_times_the_data(
    client, django_assert_max_num_queries
):
    member = UserFactory(roles=[roles.MEMBER])
    enable_totp(member)
    log_in_with_two_factor(client, member)
    grow(2)
    with django_assert_max_num_queries(30) as small:
        assert client.get(reverse("pages:home")).status_code == 200
    grow(18)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(reverse("pages:home"))


def test_the_home_shows_the_next_session_the_plans_progress_and_the_latest_release(client):
    held = held_session(title_en="What was said in Valletta")
    coming = coming_session(title_en="Ways to cooperate better")
    release = release_agenda(coming)
    indicator = IndicatorFactory(action__goal__plan__code="Q")
    ProgressUpdateFactory(indicator=indicator, status=IN_PROGRESS)

    content = client.get(reverse("pages:home")).content.decode()

    next_block = content.split('id="upcoming-title"')[1].split('id="progress-title"')[0]
    assert "Next session" in next_block
    assert "Ways to cooperate better" in next_block
    assert "What was said in Valletta" not in next_block
    progress = content.split('id="progress-title"')[1].split('id="changes-title"')[0]
    assert "Action Plan <bdi" in progress
    assert ">Q</bdi>" in progress
    assert "In progress: <strong>1</strong>" in progress
    assert 'class="progress-bar__in_progress" x="0" y="0" width="1"' in progress
    changes = content.split('id="changes-title"')[1].split('id="recent-title"')[0]
    assert f'href="{release.get_absolute_url()}"' in changes
    assert f"{coming.label}: agenda, version 1" in changes
    assert "What was said in Valletta" in content.split('id="recent-title"')[1]
    assert held.label in content


def test_the_home_shows_the_last_session_when_none_is_coming(client):
    held_session(title_en="The last meeting held")

    content = client.get(reverse("pages:home")).content.decode()

    next_block = content.split('id="upcoming-title"')[1].split('id="progress-title"')[0]
    assert "Last session" in next_block
    assert "The last meeting held" in next_block
    assert "No session is scheduled at the moment." in next_block


def test_the_home_on_an_empty_portal_says_so_in_each_block(client):
    content = client.get(reverse("pages:home")).content.decode()

    assert "No session has been announced yet." in content
    assert "No action plan has been loaded yet." in content
    assert "No agenda has been published yet, and no fiche reviewed." in content
    assert "No other session has been held yet." in content
    assert 'class="card-grid"></ul>' not in content  # no empty box


def test_an_anonymous_visitor_sees_no_unpublished_or_members_only_change_on_the_home(client):
    public = coming_session(title_en="Published meeting")
    public_release = release_agenda(public)
    hidden = coming_session(title_en="Meeting in preparation", is_published=False)
    hidden_release = release_agenda(hidden)
    fiche = FicheFactory(country=CountryFactory(name_en="Secretland"))
    indicator = IndicatorFactory(action__goal__plan__code="H")
    ProgressUpdateFactory(
        indicator=indicator, status=ACHIEVED, review=ProgressUpdate.Review.SUBMITTED
    )

    anonymous = client.get(reverse("pages:home")).content.decode()

    assert public_release.get_absolute_url() in anonymous
    assert hidden_release.get_absolute_url() not in anonymous
    assert hidden.get_absolute_url() not in anonymous
    assert "Meeting in preparation" not in anonymous
    assert fiche.get_absolute_url() not in anonymous
    assert "Secretland" not in anonymous
    assert "Achieved: <strong>0</strong>" in anonymous  # the submitted update does not count
    # A member past the second factor sees the reviewed fiche; without the code, not yet.
    member = UserFactory(roles=[roles.MEMBER])
    enable_totp(member)
    client.force_login(member)
    assert fiche.get_absolute_url() not in client.get(reverse("pages:home")).content.decode()
    log_in_with_two_factor(client, member)
    members = client.get(reverse("pages:home")).content.decode()
    assert fiche.get_absolute_url() in members
    assert hidden_release.get_absolute_url() not in members


EMPTY_LISTS = [
    ("crimex_sessions:list", {}, "No session is scheduled at the moment."),
    ("crimex_sessions:attendees", {"pk": 4242}, "Nobody has registered yet"),
    ("actionplans:index", {}, "No action plan has been loaded yet."),
    ("actionplans:review_queue", {}, "Nothing waits for review."),
    ("directory:index", {}, "The directory has no entry yet"),
    ("directory:organisations", {}, "No international organisation has been loaded yet"),
    ("directory:to_verify", {}, "No open report."),
    ("fiches:index", {}, "No fiche has been written yet."),
    ("fiches:country", {"iso_code": "ZZ"}, "this country has no fiche"),
    ("fiches:due_for_review", {}, "Every fiche was reviewed within the last twelve months."),
    ("library:index", {}, "The library is empty for now"),
    ("followups:tracking", {}, "No follow-up has been recorded yet."),
    ("mycrimex:home", {}, "You are not registered for a coming session."),
    ("mycrimex:notifications", {}, "No notification yet."),
    ("mycrimex:reports", {}, "No report yet."),
    ("glossary:index", {}, "The glossary is empty."),
    ("mla:index", {}, "You have not drafted a request yet"),
    ("translations:to_update", {}, "Every translation was made from the current English."),
]


@pytest.mark.parametrize(("name", "kwargs", "message"), EMPTY_LISTS)
def test_each_empty_list_says_why(client, name, kwargs, message):
    user = UserFactory(roles=[roles.MEMBER, roles.COORDINATOR, roles.PMT_STAFF])
    enable_totp(user)
    log_in_with_two_factor(client, user)
    if name == "fiches:country":
        CountryFactory(iso_code="ZZ")
    if name == "crimex_sessions:attendees":
        SessionFactory(pk=4242)

    response = client.get(reverse(name, kwargs=kwargs))

    assert response.status_code == 200
    content = response.content.decode()
    empty_state = content.split('class="empty empty-state"')[1].split("</p>")[0]
    assert message in empty_state.replace("&#x27;", "'")


def test_a_plan_without_actions_and_a_country_without_fiches_say_so(client):
    from tests.factories import MeasureFactory

    user = UserFactory(roles=[roles.MEMBER])
    enable_totp(user)
    log_in_with_two_factor(client, user)
    ActionPlanFactory(code="E")
    MeasureFactory()
    CountryFactory(iso_code="YY", name_en="Emptyland")

    plan = client.get(reverse("actionplans:plan", kwargs={"code": "E"})).content.decode()
    country = client.get(reverse("fiches:country", kwargs={"iso_code": "YY"})).content.decode()

    assert "No action of this plan has been loaded yet" in plan
    assert "<table" not in plan.split('class="empty empty-state"')[1]
    assert "No fiche has been written for Emptyland yet" in country

import datetime
import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from actionplans.models import ActionPlan, Indicator, ProgressUpdate, ReportingPeriod
from crimex_portal.accounts import roles
from crimex_portal.reports.pdf import html_to_pdf
from crimex_portal.reports.registry import builder_for
from crimex_portal.reports.services import render_report_html
from directory.models import Country
from tests.factories import (
    ActionPlanFactory,
    IndicatorFactory,
    ProgressUpdateFactory,
    ReportingPeriodFactory,
    StrategicGoalFactory,
    UserFactory,
    log_in_with_two_factor,
)
from tests.pdf import assert_arabic_font_embedded, pdf_text

pytestmark = pytest.mark.django_db


def report_html(code: str, language: str = "en") -> str:
    builder = builder_for("action_plan")
    _title, html = render_report_html(builder, builder.target(code), language)
    return html


def period(name: str, start: datetime.date) -> ReportingPeriod:
    return ReportingPeriodFactory(name=name, start=start, end=start + datetime.timedelta(days=180))


def indicator(code: str) -> Indicator:
    return Indicator.objects.get(action__goal__plan__code="A", code=code)


@pytest.fixture
def reported(seeded) -> dict[str, ProgressUpdate]:
    """Plan A with a first half-year reported and approved, and a second one partly approved."""
    spcs = list(Country.objects.filter(group=Country.Group.SOUTH_PARTNER).order_by("iso_code"))
    first, second = (
        period("2026 H1", datetime.date(2026, 1, 1)),
        period("2026 H2", datetime.date(2026, 7, 1)),
    )
    return {
        "old": ProgressUpdateFactory(
            indicator=indicator("1.1"), period=first, country=spcs[0], narrative="Old news."
        ),
        "achieved": ProgressUpdateFactory(
            indicator=indicator("1.1"),
            period=second,
            country=spcs[1],
            status=ProgressUpdate.Status.ACHIEVED,
            value=12,
            narrative="Twelve joint trainings held in Rabat.\nA study visit to Lyon.",
            review_comment="Figures checked against the attendance lists.",
        ),
        "regional": ProgressUpdateFactory(
            indicator=indicator("2.2.a"),
            period=second,
            country=None,
            narrative="The EMJNet sub-group met twice.",
        ),
        "draft": ProgressUpdateFactory(
            indicator=indicator("2.2.a"),
            period=period("2027 H1", datetime.date(2027, 1, 1)),
            country=spcs[0],
            review=ProgressUpdate.Review.SUBMITTED,
            reviewed_by=None,
            reviewed_at=None,
            narrative="Not reviewed yet.",
        ),
    }


def test_the_builder_finds_plans_by_code(seeded):
    builder = builder_for("action_plan")

    plan = builder.target("A")

    assert plan == ActionPlan.objects.get(code="A")
    assert builder.key_of(plan) == "A"
    assert builder.restricted
    with pytest.raises(LookupError):
        builder.target("Z")


def test_the_report_shows_every_goal_the_figures_and_the_plan_table(reported):
    plan = ActionPlan.objects.get(code="A")

    html = report_html("A")

    assert "<h1>Implementation report – Action Plan A</h1>" in html
    assert escape(plan.title_en) in html
    for goal in plan.goals.all():
        assert html.count(escape(f"{goal.number}. {goal.title_en}")) >= 2  # figures, plan table
    for action in plan.goals.first().actions.all():
        assert escape(action.description_en) in html
    indicators = Indicator.objects.filter(action__goal__plan=plan).count()
    assert f'<dd><span class="number">{indicators}</span></dd>' in html
    # 1.1 achieved in 2026 H2 (its latest approved update), 2.2.a in progress; the rest not started
    overall = html[html.index('<tr class="overall">') :]
    overall = overall[: overall.index("</tr>")]
    counts = [int(n) for n in re.findall(r'<td class="count number">(\d+)</td>', overall)]
    assert counts == [1, 1, indicators - 2, indicators]  # achieved, in progress, not started
    assert "2026 H2" in html
    assert '<span class="badge badge--held">Achieved</span>' in html


def test_the_narrative_is_that_of_the_latest_period_with_approved_updates(reported):
    html = report_html("A")

    narrative = html[html.index("Narrative of the period") :]
    assert "reporting period <bdi>2026 H2</bdi>" in narrative  # isolated (README "Right to left")
    assert "Twelve joint trainings held in Rabat.<br>A study visit to Lyon." in narrative
    assert "Figures checked against the attendance lists." in narrative
    assert "The EMJNet sub-group met twice." in narrative
    assert "Regional" in narrative
    assert "Old news." not in html  # an earlier period
    assert "Not reviewed yet." not in html  # a later period, but not approved
    assert "2027 H1" not in html
    # in the order of the plan table
    assert narrative.index("Twelve joint trainings") < narrative.index("EMJNet sub-group met")


def test_free_text_keeps_its_own_direction_in_either_direction(reported):
    ProgressUpdateFactory(
        indicator=indicator("4.1"),
        period=reported["regional"].period,
        country=None,
        narrative="عُقد اجتماعان للاتصالات الأولية.",
    )

    english = report_html("A")
    assert '<span dir="rtl">عُقد اجتماعان للاتصالات الأولية.</span>' in english
    assert '<span dir="ltr">The EMJNet sub-group met twice.</span>' in english
    arabic = report_html("A", "ar")
    assert '<span dir="ltr">The EMJNet sub-group met twice.</span>' in arabic


def test_the_report_is_in_the_language_asked_for(reported):
    french = report_html("A", "fr")
    assert "Lutte contre la traite des êtres humains" in french
    assert "Renforcement des capacités" in french
    arabic = report_html("A", "ar")
    assert 'dir="rtl"' in arabic
    assert "مكافحة الاتجار بالبشر" in arabic
    assert "تنمية القدرات" in arabic


def test_a_plan_without_approved_updates_still_has_a_report(seeded):
    html = report_html("B")

    assert "No progress update has been approved yet." in html
    assert "Content as of" not in html


def test_content_is_escaped(db):
    goal = StrategicGoalFactory(
        plan=ActionPlanFactory(code="X", title_en="<b>Bold</b> plan"), title_en="<i>Goal</i>"
    )
    ProgressUpdateFactory(
        indicator=IndicatorFactory(action__goal=goal, text_en='<img src="file:///etc/passwd">'),
        narrative="<script>alert('x')</script>\nsecond line",
        review_comment='<a href="https://example.test">link</a>',
    )

    html = report_html("X")

    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;<br>second line" in html
    assert "&lt;b&gt;Bold&lt;/b&gt; plan" in html
    assert "&lt;i&gt;Goal&lt;/i&gt;" in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
    for raw in ("<script", "<img", "<b>", "<i>", "<a "):
        assert raw not in html


def approved_updates(periods: int, countries: int, first_year: int) -> None:
    """Approved updates with a narrative for every indicator of plan A, in that many periods and
    countries."""
    author = UserFactory()
    indicators = list(Indicator.objects.filter(action__goal__plan__code="A"))
    spcs = list(Country.objects.filter(group=Country.Group.SOUTH_PARTNER)[:countries])
    updates = []
    for number in range(periods):
        start = datetime.date(first_year + number // 12, number % 12 + 1, 1)
        reporting_period = ReportingPeriod.objects.create(
            name=start.strftime("%Y-%m"), start=start, end=start
        )
        for each in indicators:
            for country in spcs:
                updates.append(
                    ProgressUpdate(
                        indicator=each,
                        period=reporting_period,
                        country=country,
                        author=author,
                        status="in_progress",
                        value=number,
                        narrative=f"Work went on in {country.iso_code}.",
                        review="approved",
                    )
                )
    ProgressUpdate.objects.bulk_create(updates)


def test_query_count_stays_flat_with_ten_times_the_updates_and_periods(
    seeded, django_assert_num_queries
):
    builder = builder_for("action_plan")
    plan = builder.target("A")
    approved_updates(periods=2, countries=1, first_year=2026)
    with django_assert_num_queries(13):
        render_report_html(builder, plan, "en")

    approved_updates(periods=20, countries=9, first_year=2030)
    assert ProgressUpdate.objects.count() > 10 * 2 * 9
    with django_assert_num_queries(13):
        _title, html = render_report_html(builder, plan, "en")
    assert html.count("Work went on in") >= 9


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Implementation report", "Capacity development", "Twelve joint trainings"]),
        ("fr", ["Renforcement des capacités", "Objectif stratégique", "Atteint"]),
        ("ar", ["تنمية القدرات", "الاتجار"]),
    ],
)
def test_real_pdf_in_each_language(reported, tmp_path, language, expected):
    pdf = html_to_pdf(report_html("A", language))

    assert pdf.startswith(b"%PDF-")
    text = pdf_text(pdf, tmp_path)
    for word in expected:
        assert word in text
    if language == "ar":
        assert_arabic_font_embedded(pdf, tmp_path)


def dashboard_url(code: str) -> str:
    return reverse("actionplans:dashboard", args=[code])


def test_coordinators_see_the_export_form_on_the_plan_page(client, seeded):
    log_in_with_two_factor(client, UserFactory(roles=[roles.COORDINATOR], two_factor=True))

    page = client.get(ActionPlan.objects.get(code="A").get_absolute_url()).content.decode()

    assert 'name="kind" value="action_plan"' in page
    assert 'name="key" value="A"' in page
    assert 'name="key" value="B"' in client.get(dashboard_url("B")).content.decode()


def test_members_do_not_see_the_export_form(member_client, seeded):
    for url in (ActionPlan.objects.get(code="A").get_absolute_url(), dashboard_url("A")):
        page = member_client.get(url).content.decode()

        assert "Export the implementation report (PDF)" not in page
        assert 'name="kind" value="action_plan"' not in page

import xml.etree.ElementTree as ET
from collections import Counter
from decimal import Decimal

from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import SafeString

from actionplans.charts import series_chart, status_chart
from actionplans.models import ActionPlan, ProgressUpdate
from actionplans.selectors import DashboardFigures, Series, StatusCount

SVG = "{http://www.w3.org/2000/svg}"
SCRIPT = "<script>alert(1)</script>"


def parse(svg: str) -> ET.Element:
    """Fails unless the chart is well-formed XML."""
    return ET.fromstring(svg)  # noqa: S314 - our own output, not untrusted XML


def texts(root: ET.Element) -> list[str]:
    return [element.text or "" for element in root.iter(f"{SVG}text")]


def groups(root: ET.Element, css_class: str) -> list[ET.Element]:
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == css_class]


def goal_rows() -> list[StatusCount]:
    return [
        StatusCount("1. Prevention", Counter(achieved=3, in_progress=1, not_started=10)),
        StatusCount("2. Prosecution", Counter(not_started=2)),
        StatusCount("3. Protection", Counter(in_progress=4, achieved=12)),
    ]


def assert_labelled(root: ET.Element) -> None:
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("width") == "100%"
    assert root.get("font-family") == "inherit"
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.find(f"{SVG}title").get("id") == title_id
    assert root.find(f"{SVG}desc").get("id") == desc_id


def test_status_chart_is_a_labelled_image_with_one_bar_per_row():
    svg = status_chart(goal_rows(), title="Indicators by goal", description="Per goal.")
    assert isinstance(svg, SafeString)
    root = parse(svg)
    assert_labelled(root)
    assert root.find(f"{SVG}title").text == "Indicators by goal"
    assert root.find(f"{SVG}desc").text == "Per goal."

    bars = groups(root, "chart__bar")
    assert len(bars) == 3
    first = bars[0]
    segments = [rect.get("class").split("--")[1] for rect in first.iter(f"{SVG}rect")]
    assert segments == ["achieved", "in_progress", "not_started"]
    assert texts(first) == ["1. Prevention", "3", "1", "10", "14"]
    assert texts(bars[1]) == ["2. Prosecution", "2", "2"]
    assert texts(bars[2]) == ["3. Protection", "12", "4", "16"]


def test_status_chart_has_a_legend_with_the_status_labels_in_segment_order():
    all_texts = texts(parse(status_chart(goal_rows(), title="t", description="d")))
    assert all_texts[:3] == ["Achieved", "In progress", "Not started"]


def test_ids_are_unique_per_chart():
    first = parse(status_chart(goal_rows(), title="t", description="d"))
    second = parse(status_chart(goal_rows(), title="t", description="d"))
    assert first.get("aria-labelledby") != second.get("aria-labelledby")
    pattern_ids = {pattern.get("id") for pattern in first.iter(f"{SVG}pattern")}
    assert pattern_ids
    assert not pattern_ids & {pattern.get("id") for pattern in second.iter(f"{SVG}pattern")}


def test_labels_and_titles_are_escaped():
    rows = [StatusCount(SCRIPT, Counter(achieved=1))]
    svg = status_chart(rows, title=SCRIPT, description=f'"{SCRIPT}" & more')
    assert SCRIPT not in svg
    assert "&lt;script&gt;" in svg
    root = parse(svg)
    assert root.find(f"{SVG}title").text == SCRIPT
    assert SCRIPT in texts(root)

    line = series_chart([Series(SCRIPT, [(SCRIPT, Decimal(1))])], title="t", description="d")
    assert SCRIPT not in line
    assert texts(parse(line)).count(SCRIPT) == 1  # the legend; the period is cut short


def test_status_chart_mirrors_in_right_to_left_languages():
    rows = [StatusCount("1. Prevention", Counter(achieved=3, not_started=1))]
    with translation.override("ar"):
        root = parse(status_chart(rows, title="t", description="d"))
    bar = groups(root, "chart__bar")[0]
    label, *numbers = bar.iter(f"{SVG}text")
    assert label.get("direction") == "rtl"
    assert {number.get("direction") for number in numbers} == {"ltr"}
    achieved, not_started = bar.iter(f"{SVG}rect")
    assert float(achieved.get("x")) > float(not_started.get("x"))  # achieved on the right


def test_status_chart_without_rows_is_empty():
    svg = status_chart([], title="t", description="d")
    assert isinstance(svg, SafeString)
    assert svg == ""


def test_series_chart_draws_one_line_per_series_with_round_gridlines():
    series = [
        Series("1.1.a Trainings", [("2026 H1", Decimal(3)), ("2026 H2", Decimal("8.5"))]),
        Series("1.2.a Cases", [("2026 H1", Decimal(1)), ("2027 H1", Decimal(2))]),
    ]
    root = parse(series_chart(series, title="Values", description="Over time."))
    assert_labelled(root)
    lines = groups(root, "chart__series")
    assert len(lines) == 2
    assert all(line.find(f"{SVG}polyline") is not None for line in lines)
    all_texts = texts(root)
    assert all_texts[:6] == ["0", "2", "4", "6", "8", "10"]  # five steps of two up to 8.5
    assert [text for text in all_texts if text.startswith("202")] == [
        "2026 H1",
        "2026 H2",
        "2027 H1",
    ]
    assert "1.1.a Trainings" in all_texts
    assert "1.2.a Cases" in all_texts


def test_series_chart_with_a_single_point():
    root = parse(
        series_chart([Series("Trainings", [("2026 H1", Decimal(5))])], title="t", description="d")
    )
    line = groups(root, "chart__series")[0]
    assert line.find(f"{SVG}polyline") is None
    assert line.find(f"{SVG}circle") is not None
    assert "2026 H1" in texts(root)
    assert "5" in texts(root)


def test_series_chart_with_only_zeros():
    series = [Series("Trainings", [("2026 H1", Decimal(0)), ("2026 H2", Decimal(0))])]
    root = parse(series_chart(series, title="t", description="d"))
    assert texts(root)[:5] == ["0", "1", "2", "3", "4"]
    points = root.find(f"{SVG}g/{SVG}polyline").get("points").split()
    assert len({point.split(",")[1] for point in points}) == 1  # flat, on the axis


def test_series_chart_without_series_is_empty():
    assert series_chart([], title="t", description="d") == ""
    assert series_chart([Series("Nothing", [])], title="t", description="d") == ""
    assert isinstance(series_chart([], title="t", description="d"), SafeString)


def test_series_chart_merges_the_periods_of_all_series_in_time_order():
    series = [
        Series("Late starter", [("2026 H2", Decimal(1))]),
        Series(
            "Every period",
            [("2026 H1", Decimal(1)), ("2026 H2", Decimal(2)), ("2027 H1", Decimal(3))],
        ),
    ]
    drawn = texts(parse(series_chart(series, title="t", description="d")))
    assert [text for text in drawn if text.startswith("202")] == ["2026 H1", "2026 H2", "2027 H1"]


def dashboard_context(**overrides) -> dict:
    plan = ActionPlan(code="A", short_title="Trafficking in human beings")
    figures = DashboardFigures(
        plan=plan,
        by_goal=[StatusCount(f"1. {SCRIPT}", Counter(achieved=2, not_started=1))],
        by_country=[],
        value_series=[Series("1.1.a Trainings", [("2026 H1", Decimal(3))])],
    )
    context = {
        "plan": plan,
        "dashboard": {
            "figures": figures,
            "goal_chart": status_chart(figures.by_goal, title="By goal", description="d"),
            "country_chart": status_chart(figures.by_country, title="By country", description="d"),
            "series_chart": series_chart(figures.value_series, title="Over time", description="d"),
        },
        "can_export": False,
        "statuses": [
            (status, ProgressUpdate.Status(status).label)
            for status in ("achieved", "in_progress", "not_started")
        ],
    }
    return {**context, **overrides}


def render_dashboard(rf, **overrides) -> str:
    request = rf.get("/")
    request.user = AnonymousUser()
    return render_to_string("actionplans/dashboard.html", dashboard_context(**overrides), request)


def test_dashboard_shows_each_chart_with_its_table(rf, db):
    page = render_dashboard(rf)
    assert page.count('role="img"') == 2
    assert SCRIPT not in page
    goal_row = (
        '<tr><th scope="row">1. &lt;script&gt;alert(1)&lt;/script&gt;</th>'
        "<td>2</td><td>0</td><td>1</td><td>3</td></tr>"
    )
    assert goal_row in page
    assert "No country has an approved progress update yet." in page
    assert "<td><bdi>2026 H1</bdi></td><td>3</td>" in page
    assert reverse("actionplans:plan", args=["A"]) in page
    assert reverse("actionplans:export", args=["A", "csv"]) not in page


def test_dashboard_links_to_the_exports_for_those_allowed(rf, db):
    page = render_dashboard(rf, can_export=True)
    assert reverse("actionplans:export", args=["A", "csv"]) in page
    assert reverse("actionplans:export", args=["A", "xlsx"]) in page


def test_dashboard_without_values_says_so(rf, db):
    dashboard = dashboard_context()["dashboard"]
    dashboard["figures"].value_series = []
    page = render_dashboard(rf, dashboard={**dashboard, "series_chart": SafeString("")})
    assert "No approved values have been reported yet" in page
    assert page.count('role="img"') == 1

import datetime

import pytest
from django.urls import reverse

from actionplans.models import Indicator, ProgressUpdate, ReportingPeriod
from crimex_portal.accounts import roles
from directory.models import Country
from tests.factories import UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db


def monthly_updates(months: int, countries: int) -> None:
    """Approved monthly updates for every indicator of both plans and that many countries."""
    author = UserFactory()
    indicators = list(Indicator.objects.all())
    spcs = list(Country.objects.filter(group=Country.Group.SOUTH_PARTNER)[:countries])
    updates = []
    for month in range(months):
        start = datetime.date(2026 + month // 12, month % 12 + 1, 1)
        period, _created = ReportingPeriod.objects.get_or_create(
            name=start.strftime("%Y-%m"), defaults={"start": start, "end": start}
        )
        for indicator in indicators:
            for country in spcs:
                updates.append(
                    ProgressUpdate(
                        indicator=indicator,
                        period=period,
                        country=country,
                        author=author,
                        status="in_progress",
                        value=month,
                        review="approved",
                    )
                )
    ProgressUpdate.objects.bulk_create(updates)


PAGES = [
    ("actionplans:index", lambda: []),
    ("actionplans:plan", lambda: ["A"]),
    ("actionplans:dashboard", lambda: ["B"]),
    ("actionplans:action", lambda: [Indicator.objects.get(code="2.2.a").action_id]),
]


@pytest.mark.parametrize(("name", "args"), PAGES)
def test_query_counts_stay_flat_with_two_years_of_monthly_updates(
    client, seeded, name, args, django_assert_max_num_queries
):
    log_in_with_two_factor(client, UserFactory(roles=[roles.COORDINATOR], two_factor=True))
    monthly_updates(months=2, countries=1)
    with django_assert_max_num_queries(40) as few:
        response = client.get(reverse(name, args=args()))
    assert response.status_code == 200

    monthly_updates(months=24, countries=9)  # every indicator, every SPC, two years
    assert ProgressUpdate.objects.count() > 24 * 9 * 17
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(reverse(name, args=args())).status_code == 200


def test_plan_page_in_arabic_reads_right_to_left(member_client, seeded):
    content = member_client.get("/ar/action-plans/A/").content.decode()
    assert 'dir="rtl"' in content
    assert "خطة العمل" in content


def test_coordinators_export_and_the_export_is_audited(client, seeded):
    coordinator = UserFactory(roles=[roles.COORDINATOR], two_factor=True)
    log_in_with_two_factor(client, coordinator)
    response = client.get(reverse("actionplans:export", args=["A", "csv"]))
    assert response.status_code == 200
    assert "1.1" in response.content.decode("utf-8-sig")
    from crimex_portal.audit.models import AuditEvent

    assert AuditEvent.objects.filter(actor=coordinator, action="export_csv").count() == 1
    assert client.get(reverse("actionplans:export", args=["A", "pdf"])).status_code == 404

"""Invented progress on the Action Plans, so that a new user finds an open reporting period and a
dashboard that shows something. Every row is marked as demo content (`is_demo`), the periods say
"(demo)" in their names and every narrative says the figures are invented; loaded only while
CRIMEX_DEMO_CONTENT is on.

The periods' dates are set when they are first loaded (the current half-year, open, and the one
before, locked) and left alone afterwards. The updates are approved, reported by an inactive
"Demo Reporter" account without a usable password: nobody can log in with it.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from actionplans.models import Indicator, ProgressUpdate, ReportingPeriod
from crimex_portal.seeding import SeedTally, upsert
from directory.models import Country

REPORTER_EMAIL = "reporter@demo.crimex.invalid"
CURRENT, PREVIOUS = "Current period (demo)", "Previous period (demo)"
NARRATIVE = "Invented demo update: {what} These figures are not real."

# (plan, indicator, country or None for regional, period, status, value, what the narrative says)
UPDATES = (
    ("A", "1.1", "MA", PREVIOUS, "in_progress", 2, "two study visits between prosecutors."),
    ("A", "1.1", "MA", CURRENT, "in_progress", 5, "three more exchanges, one of them online."),
    ("A", "1.1", "TN", PREVIOUS, "in_progress", 1, "one joint training."),
    ("A", "1.1", "TN", CURRENT, "in_progress", 3, "two trainings with the judicial institute."),
    ("A", "2.2.a", None, CURRENT, "in_progress", None, "terms of reference being drafted."),
    ("A", "4.1", None, PREVIOUS, "in_progress", 12, "first contacts through the directory."),
    ("A", "4.1", None, CURRENT, "in_progress", 20, "more contacts through the directory."),
    ("B", "1.1", "DZ", CURRENT, "in_progress", 2, "two workshops on asset tracing."),
    ("B", "4.1", "JO", PREVIOUS, "achieved", 4, "contacts established with four countries."),
    ("B", "4.1", "JO", CURRENT, "achieved", 7, "contacts established with seven countries."),
)


def half_year(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    if day.month <= 6:
        return datetime.date(day.year, 1, 1), datetime.date(day.year, 6, 30)
    return datetime.date(day.year, 7, 1), datetime.date(day.year, 12, 31)


def load_demo_progress(tally: SeedTally) -> None:
    """Two demo reporting periods and a few approved updates on both plans."""
    if not settings.CRIMEX_DEMO_CONTENT:
        return
    current = half_year(timezone.localdate())
    periods = {
        name: upsert(
            ReportingPeriod,
            lookup={"name": name},
            values={"is_locked": locked, "is_demo": True},
            initial={"start": start, "end": end},
            tally=tally,
        )
        for name, locked, (start, end) in (
            (CURRENT, False, current),
            (PREVIOUS, True, half_year(current[0] - datetime.timedelta(days=1))),
        )
    }
    reporter = upsert(
        get_user_model(),
        lookup={"email": REPORTER_EMAIL},
        values={"first_name": "Demo", "last_name": "Reporter", "is_active": False},
        initial={"password": make_password(None)},  # unusable: no one logs in with it
        tally=tally,
    )
    indicators = {
        (indicator.action.goal.plan.code, indicator.code): indicator
        for indicator in Indicator.objects.select_related("action__goal__plan")
    }
    countries = {country.iso_code: country for country in Country.objects.all()}
    now = timezone.now()
    for plan, code, iso_code, period, status, value, what in UPDATES:
        indicator = indicators.get((plan, code))
        if indicator is None or periods[period] is None or reporter is None:
            continue  # deleted in the portal
        upsert(
            ProgressUpdate,
            lookup={
                "indicator": indicator,
                "period": periods[period],
                "country": countries[iso_code] if iso_code else None,
            },
            values={
                "status": status,
                "value": None if value is None else Decimal(value),
                "narrative": NARRATIVE.format(what=what[0].upper() + what[1:]),
                "review": ProgressUpdate.Review.APPROVED,
                "is_demo": True,
            },
            initial={"author": reporter, "submitted_at": now, "reviewed_at": now},
            tally=tally,
        )

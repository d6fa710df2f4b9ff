"""PMT import a plan in the admin: upload, preview, confirm. And the attacks on that page."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from actionplans.admin import PENDING_IMPORT
from actionplans.models import Action
from actionplans.services import pending_plan_file_read, pending_plan_file_save
from crimex_portal.accounts import roles
from crimex_portal.audit.models import AuditEvent
from tests.actionplans.plan_tables import as_docx, as_xlsx, plans_as_stored, seed_plan_lines
from tests.factories import UserFactory, enable_totp, log_in_with_two_factor

pytestmark = pytest.mark.django_db
IMPORT_URL = "admin:actionplans_actionplan_import"


def pending_files() -> list[Path]:
    folder = Path(settings.PRIVATE_MEDIA_ROOT) / "actionplans" / "imports"
    return sorted(folder.iterdir()) if folder.exists() else []


def client_of(user) -> Client:
    client = Client()
    log_in_with_two_factor(client, user)
    return client


@pytest.fixture
def pmt_client():
    return client_of(UserFactory(is_staff=True, roles=[roles.PMT_STAFF], two_factor=True))


def plan_b_changed() -> bytes:
    """Plan B's adopted table as PMT hold it in Excel, with one action reworded."""
    lines = [
        line.replace("Strengthen prosecutors possibility", "Strengthen the prosecutors' ability")
        for line in seed_plan_lines("B")
    ]
    return as_xlsx([lines])


def upload(client: Client, data: bytes, name: str = "plan_b.xlsx", language: str = "en"):
    return client.post(
        reverse(IMPORT_URL), {"file": SimpleUploadedFile(name, data), "language": language}
    )


def test_the_plan_list_links_to_the_import_page(pmt_client, seeded):
    page = pmt_client.get(reverse("admin:actionplans_actionplan_changelist"))
    assert reverse(IMPORT_URL) in page.content.decode()


def test_pmt_upload_preview_then_confirm(pmt_client, seeded):
    before = plans_as_stored()
    action = Action.objects.get(goal__plan__code="B", reference="2.1")
    data = plan_b_changed()

    preview = upload(pmt_client, data)

    assert preview.status_code == 200
    content = preview.content.decode()
    assert "0 created, 1 updated, 0 removed, 20 left unchanged." in content
    assert "will be updated" in content
    assert "description [en]" in content
    assert "Strengthen the prosecutors&#x27; ability" in content
    assert "Row 8: no reference number: read as the rest of action 3.1 above" in content
    assert plans_as_stored() == before, "nothing changes before the confirmation"
    pending = pmt_client.session[PENDING_IMPORT]
    stored = Path(settings.PRIVATE_MEDIA_ROOT) / pending["name"]
    assert stored.read_bytes() == data
    assert not str(stored).startswith(str(settings.MEDIA_ROOT))
    assert f'value="{pending["token"]}"' in content

    done = pmt_client.post(reverse(IMPORT_URL), {"confirm": "1", "token": pending["token"]})

    assert done.status_code == 302
    assert done["Location"] == reverse("admin:actionplans_actionplan_changelist")
    action.refresh_from_db()
    assert action.description_en.startswith("Strengthen the prosecutors' ability")
    assert action.description_fr.startswith("Renforcer"), "the French text is kept"
    assert action.translation_outdated("description", "fr"), "and flagged as outdated"
    event = AuditEvent.objects.get(action=AuditEvent.Action.PLAN_IMPORTED)
    assert event.target_repr == "Action Plan B"
    assert event.details["file"] == "plan_b.xlsx"
    assert (event.details["updated"], event.details["created"]) == (1, 0)
    assert event.actor.is_staff
    assert PENDING_IMPORT not in pmt_client.session
    assert not stored.exists()
    listed = pmt_client.get(done["Location"]).content.decode()
    assert "Action Plan B imported: 0 created, 1 updated, 0 removed, 20 unchanged." in listed


def test_a_file_with_problems_shows_them_with_their_lines_and_cannot_be_confirmed(
    pmt_client, seeded
):
    lines = [line.replace("Ec. Crime", "Ec. Crim") for line in seed_plan_lines("B")]

    preview = upload(pmt_client, as_docx([lines]), name="plan_b.docx")

    content = preview.content.decode()
    assert "Nothing can be imported until these problems are corrected" in content
    assert "Table 1, row 3: “Ec. Crim” matches no organisation of the directory." in content
    assert 'name="confirm"' not in content
    assert PENDING_IMPORT not in pmt_client.session


def test_a_file_too_large_or_of_another_kind_is_refused_by_the_form(pmt_client, seeded, settings):
    settings.CRIMEX_MAX_UPLOAD_BYTES = 1000
    assert "the limit is" in upload(pmt_client, b"x" * 2000, name="plan.tsv").content.decode()
    refused = upload(pmt_client, b"%PDF-1.7", name="plan.pdf").content.decode()
    assert "Files of this type are not read." in refused
    assert PENDING_IMPORT not in pmt_client.session


@pytest.mark.parametrize("role", [roles.MEMBER, roles.COORDINATOR])
def test_members_and_coordinators_cannot_reach_the_import_page(seeded, role):
    user = UserFactory(roles=[role], two_factor=True)
    client = client_of(user)
    before, files = plans_as_stored(), pending_files()

    assert client.get(reverse(IMPORT_URL), follow=True).status_code == 403
    assert upload(client, plan_b_changed()).status_code in (302, 403)
    assert client.post(reverse(IMPORT_URL), {"confirm": "1", "token": "x"}).status_code in (
        302,
        403,
    )
    assert plans_as_stored() == before
    assert pending_files() == files


def test_staff_without_the_plan_permissions_cannot_import(seeded):
    client = client_of(UserFactory(is_staff=True, two_factor=True))
    assert client.get(reverse(IMPORT_URL)).status_code == 403
    assert upload(client, plan_b_changed()).status_code == 403


def test_a_forged_confirmation_without_a_preview_does_nothing(pmt_client, seeded):
    before = plans_as_stored()
    name = pending_plan_file_save(data=plan_b_changed(), suffix=".xlsx")  # a file lying there

    response = pmt_client.post(
        reverse(IMPORT_URL), {"confirm": "1", "token": "guessed", "name": name}, follow=True
    )

    assert "Nothing to import: upload the file and check its preview." in (
        response.content.decode()
    )
    assert plans_as_stored() == before
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PLAN_IMPORTED).exists()


def test_another_session_cannot_confirm_someone_elses_preview(pmt_client, seeded):
    upload(pmt_client, plan_b_changed())
    token = pmt_client.session[PENDING_IMPORT]["token"]
    other = client_of(UserFactory(is_staff=True, roles=[roles.PMT_STAFF], two_factor=True))
    before = plans_as_stored()

    other.post(reverse(IMPORT_URL), {"confirm": "1", "token": token})

    assert plans_as_stored() == before
    assert PENDING_IMPORT in pmt_client.session, "the first preview is still there to confirm"


def test_a_stale_tab_cannot_confirm_a_newer_preview(pmt_client, seeded):
    """Tab 1 previews a table that changes nothing; tab 2 then previews plan B's changes: tab 1's
    button does not import what tab 2 shows."""
    upload(pmt_client, as_xlsx([seed_plan_lines("A")]), name="plan_a.xlsx")
    first_token = pmt_client.session[PENDING_IMPORT]["token"]
    upload(pmt_client, plan_b_changed())
    before = plans_as_stored()

    pmt_client.post(reverse(IMPORT_URL), {"confirm": "1", "token": first_token})

    assert plans_as_stored() == before


@pytest.mark.parametrize(
    "name",
    [
        "../../crimex_portal/settings.py",
        "actionplans/imports/../../../etc/passwd",
        "/etc/passwd",
        "actionplans/evidence/2026/evidence.pdf",
    ],
)
def test_only_files_of_the_portals_own_naming_are_read(name):
    assert pending_plan_file_read(name) is None


def test_a_plan_changed_since_the_preview_is_previewed_again(pmt_client, seeded):
    upload(pmt_client, plan_b_changed())
    token = pmt_client.session[PENDING_IMPORT]["token"]
    # Meanwhile, someone rewords action 4.1 in the admin: the import would now change it too.
    Action.objects.filter(goal__plan__code="B", reference="4.1").update(description_en="Edited")

    again = pmt_client.post(reverse(IMPORT_URL), {"confirm": "1", "token": token})

    assert again.status_code == 200
    assert "The plan changed since the preview" in again.content.decode()
    assert Action.objects.get(goal__plan__code="B", reference="2.1").description_en.startswith(
        "Strengthen prosecutors possibility"
    )
    assert Action.objects.get(goal__plan__code="B", reference="4.1").description_en == "Edited"

    pmt_client.post(reverse(IMPORT_URL), {"confirm": "1", "token": token})

    assert Action.objects.get(goal__plan__code="B", reference="4.1").description_en.startswith(
        "Use of the EMJ Directory"
    )


def test_the_import_page_in_arabic(pmt_client, seeded):
    with translation.override("ar"):
        url = reverse(IMPORT_URL)
    preview = pmt_client.post(
        url, {"file": SimpleUploadedFile("plan_b.xlsx", plan_b_changed()), "language": "en"}
    )
    content = preview.content.decode()
    assert 'dir="rtl"' in content
    assert "[en]</strong>" in content
    assert 'name="confirm"' in content


def test_the_admin_totp_gate_covers_the_import_page(seeded):
    user = UserFactory(is_staff=True, roles=[roles.PMT_STAFF])
    password_only = Client()
    password_only.force_login(user)
    response = password_only.get(reverse(IMPORT_URL))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
    enable_totp(user)
    password_only.force_login(user)  # the app ended the session: log in again, password only
    response = password_only.get(reverse(IMPORT_URL))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))
    assert client_of(user).get(reverse(IMPORT_URL)).status_code == 200

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.uploads import DocumentFileValidator
from sessions.models import Session
from tests.admin_forms import admin_form_as_shown
from tests.factories import (
    PDF_BYTES,
    AgendaItemFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.exe", b"MZ\x90\x00", "not accepted"),
        ("report.pdf", b"<html>not a pdf</html>", "does not match"),
        ("slides.pptx", PDF_BYTES, "does not match"),
    ],
)
def test_upload_refuses_wrong_files_with_a_clear_message(name, content, message):
    with pytest.raises(ValidationError, match=message):
        DocumentFileValidator()(SimpleUploadedFile(name, content))


@override_settings(CRIMEX_MAX_UPLOAD_BYTES=1024)
def test_upload_refuses_files_over_the_limit():
    with pytest.raises(ValidationError, match=r"the limit is 1\.0"):
        DocumentFileValidator()(SimpleUploadedFile("big.pdf", PDF_BYTES + b"0" * 2048))


def test_upload_accepts_real_documents():
    DocumentFileValidator()(SimpleUploadedFile("conclusions.pdf", PDF_BYTES))
    DocumentFileValidator()(SimpleUploadedFile("handbook.docx", b"PK\x03\x04rest-of-zip"))


def test_publish_switch_in_the_session_list(client):
    drafts = SessionFactory.create_batch(2, is_published=False)
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )

    client.post(
        reverse("admin:crimex_sessions_session_changelist"),
        {"action": "publish", "_selected_action": [session.pk for session in drafts]},
    )

    assert Session.objects.filter(is_published=True).count() == 2


def test_pmt_upload_a_document_then_edit_the_agenda_and_members_download_it(client):
    """Issue 15: after an upload, the session's admin page still opens and saves."""
    session = SessionFactory()
    item = AgendaItemFactory(session=session, title_en="Opening")
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    url = reverse("admin:crimex_sessions_session_change", args=[session.pk])
    data = admin_form_as_shown(client.get(url))
    data.update(
        {
            "documents-TOTAL_FORMS": "1",
            "documents-0-order": "0",
            "documents-0-title_en": "Conclusions",
            "documents-0-kind": "conclusions",
            "documents-0-visibility": "members",
            "documents-0-file": SimpleUploadedFile("conclusions.pdf", PDF_BYTES),
        }
    )
    assert client.post(url, data).status_code == 302
    document = session.documents.get()

    page = client.get(url)
    assert page.status_code == 200
    assert f'href="{document.get_absolute_url()}"' in page.content.decode()
    data = admin_form_as_shown(page)
    data["agenda_items-0-title_en"] = "Opening and welcome"
    assert client.post(url, data).status_code == 302
    item.refresh_from_db()
    assert item.title_en == "Opening and welcome"
    assert session.documents.get().file.name == document.file.name  # the file is kept

    log_in_with_two_factor(client, UserFactory(roles=[roles.MEMBER], two_factor=True))
    download = client.get(document.get_absolute_url())
    assert b"".join(download.streaming_content) == PDF_BYTES

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.uploads import DocumentFileValidator
from sessions.models import Session
from tests.factories import PDF_BYTES, SessionFactory, UserFactory, log_in_with_two_factor

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

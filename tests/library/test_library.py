"""Issue 20: the library of CrimEx documents, its visibility rules (written as the attacks) and
the text read from uploaded files."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.audit.models import AuditEvent
from library.models import LibraryDocument, LibraryFile
from library.services import library_file_text_extract
from tests.factories import (
    CountryFactory,
    LibraryDocumentFactory,
    LibraryFileFactory,
    UserFactory,
    enable_totp,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db

INDEX = reverse("library:index")


def pdf_with_text(text: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f"<p>{text}</p>").write_pdf()


def blank_pdf() -> bytes:
    """What a scanner gives: pages without a text layer."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def docx_with_text(text: str) -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph(text)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


@pytest.fixture
def public_document():
    return LibraryFileFactory(
        document__title_en="Public handbook", document__visibility="public"
    ).document


@pytest.fixture
def members_document():
    return LibraryFileFactory(document__title_en="Members-only analysis").document


class TestSeededEntries:
    def test_the_documents_the_seeds_name_wait_for_their_files(self, seeded, member_client):
        documents = LibraryDocument.objects.all()
        titles = set(documents.values_list("title_en", flat=True))
        assert "Handbook on Judicial and Law Enforcement Cooperation in Criminal Matters" in titles
        assert {"Legal Analysis", "Gaps Analysis", "Digital Evidence Manual"} <= titles
        reports = documents.filter(kind=LibraryDocument.Kind.NATIONAL_REPORT)
        assert sorted(reports.values_list("countries__iso_code", flat=True)) == sorted(
            ["DZ", "MA", "TN", "JO", "IL", "EG", "PS", "LB"]
        )
        assert not LibraryFile.objects.exists()
        page = member_client.get(INDEX).content.decode()
        assert page.count("File not yet supplied") == documents.count()
        fifth = documents.get(title_en="Digital Evidence Manual").sessions.get()
        assert (fifth.number, fifth.part) == (5, 2)

    def test_reseeding_keeps_what_pmt_wrote_and_the_files_they_attached(self, seeded):
        manual = LibraryDocument.objects.get(title_en="Digital Evidence Manual")
        manual.description_en = "Adopted by the 6th session."
        manual.save()
        LibraryFileFactory(document=manual)
        call_command("load_seed_content", stdout=io.StringIO())
        manual.refresh_from_db()
        assert manual.description_en == "Adopted by the 6th session."
        assert manual.files.count() == 1
        assert LibraryDocument.objects.filter(title_en="Digital Evidence Manual").count() == 1


class TestVisibilityAttacks:
    def test_a_visitor_finds_only_public_documents(self, client, public_document, members_document):
        page = client.get(INDEX).content.decode()
        assert "Public handbook" in page
        assert "Members-only analysis" not in page

    def test_a_visitor_cannot_open_or_download_a_members_document(self, client, members_document):
        detail = client.get(members_document.get_absolute_url())
        download = client.get(reverse("library:file", args=[members_document.files.get().pk]))
        for response in (detail, download):
            assert response.status_code == 302
            assert reverse("account_login") in response["Location"]

    def test_a_password_only_session_does_not_reach_members_documents(
        self, client, members_document
    ):
        member = UserFactory(roles=[roles.MEMBER])
        enable_totp(member)
        client.force_login(member)  # the password, without the code
        assert "Members-only analysis" not in client.get(INDEX).content.decode()
        download = client.get(reverse("library:file", args=[members_document.files.get().pk]))
        assert download.status_code == 302
        assert not AuditEvent.objects.filter(action=AuditEvent.Action.DOCUMENT_DOWNLOADED).exists()

    def test_a_logged_in_non_member_is_refused(self, client, members_document):
        outsider = UserFactory(roles=[])
        enable_totp(outsider)
        log_in_with_two_factor(client, outsider)
        download = client.get(reverse("library:file", args=[members_document.files.get().pk]))
        assert download.status_code == 403

    def test_a_member_reads_and_downloads_and_the_download_is_recorded(
        self, member_client, member, members_document
    ):
        assert "Members-only analysis" in member_client.get(INDEX).content.decode()
        version = members_document.files.get()
        response = member_client.get(reverse("library:file", args=[version.pk]))
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        assert response["Cache-Control"].startswith("private")
        event = AuditEvent.objects.get(action=AuditEvent.Action.DOCUMENT_DOWNLOADED)
        assert event.actor == member
        assert event.target_id == str(version.pk)

    def test_a_public_file_downloads_for_anybody_and_is_not_audited(self, client, public_document):
        response = client.get(reverse("library:file", args=[public_document.files.get().pk]))
        assert response.status_code == 200
        assert not AuditEvent.objects.exists()

    def test_unknown_ids_are_404(self, member_client):
        assert member_client.get(reverse("library:document", args=[999999])).status_code == 404
        assert member_client.get(reverse("library:file", args=[999999])).status_code == 404


class TestBrowsing:
    def test_filters_by_kind_country_and_language(self, member_client):
        morocco = CountryFactory(iso_code="MA", name="Morocco")
        report = LibraryDocumentFactory(
            title_en="Moroccan report", kind=LibraryDocument.Kind.NATIONAL_REPORT
        )
        report.countries.add(morocco)
        LibraryFileFactory(document=report, language="fr")
        LibraryDocumentFactory(title_en="A manual", kind=LibraryDocument.Kind.MANUAL)

        def titles(query: str) -> list[str]:
            return [
                document.title for document in member_client.get(INDEX + query).context["documents"]
            ]

        assert titles("?kind=national_report") == ["Moroccan report"]
        assert titles("?country=MA") == ["Moroccan report"]
        assert titles("?language=fr") == ["Moroccan report"]
        assert titles("?language=ar") == []
        page = member_client.get(INDEX + "?language=ar").content.decode()
        assert "No document matches these filters." in page
        assert "Remove the filters" in page

    def test_a_document_page_lists_its_versions(self, member_client, members_document):
        LibraryFileFactory(document=members_document, language="ar")
        page = member_client.get(members_document.get_absolute_url()).content.decode()
        for version in members_document.files.all():
            assert reverse("library:file", args=[version.pk]) in page

    @pytest.mark.parametrize("language", ["en", "fr", "ar"])
    def test_pages_answer_in_each_language(self, member_client, members_document, language):
        for url in (f"/{language}/library/", f"/{language}/library/{members_document.pk}/"):
            response = member_client.get(url)
            assert response.status_code == 200
            assert f'lang="{language}"' in response.content.decode()

    def test_the_index_costs_the_same_queries_with_ten_times_the_documents(
        self, member_client, django_assert_num_queries
    ):
        def add(count: int) -> None:
            for _ in range(count):
                document = LibraryFileFactory().document
                document.countries.add(CountryFactory())
                LibraryFileFactory(document=document, language="fr")

        member_client.get(INDEX)  # warm the session and permission caches
        add(3)
        with CaptureQueriesContext(connection) as small:  # the library changed: read again
            member_client.get(INDEX)
        add(27)
        with django_assert_num_queries(len(small.captured_queries)):
            response = member_client.get(INDEX)
        assert response.context["page"].paginator.count == 30
        with django_assert_num_queries(4):  # unchanged: the cached list
            member_client.get(INDEX)


class TestTextOfUploads:
    @pytest.fixture(autouse=True)
    def _committed(self, django_capture_on_commit_callbacks):
        self.committed = lambda: django_capture_on_commit_callbacks(execute=True)

    def test_an_uploaded_pdf_is_read(self, members_document):
        version = members_document.files.get()
        with self.committed():
            version.file.save(
                "analysis.pdf", ContentFile(pdf_with_text("Warsaw Convention article 7"))
            )
        version.refresh_from_db()
        assert version.text_status == LibraryFile.TextStatus.EXTRACTED
        assert "Warsaw Convention article 7" in version.text

    def test_a_docx_in_arabic_is_read(self, members_document):
        with self.committed():
            version = LibraryFileFactory(
                document=members_document,
                language="ar",
                file=ContentFile(docx_with_text("الإنابة القضائية"), name="handbook-ar.docx"),
            )
        version.refresh_from_db()
        assert version.text_status == LibraryFile.TextStatus.EXTRACTED
        assert "الإنابة القضائية" in version.text

    def test_a_scan_without_text_is_flagged_not_failed(self, member_client, members_document):
        version = members_document.files.get()
        with self.committed():
            version.file.save("scan.pdf", ContentFile(blank_pdf()))
        version.refresh_from_db()
        assert version.text_status == LibraryFile.TextStatus.NO_TEXT
        page = member_client.get(members_document.get_absolute_url()).content.decode()
        assert "No text layer (a scan?)" in page

    def test_a_damaged_pdf_is_flagged_and_the_page_still_opens(
        self, member_client, members_document
    ):
        version = members_document.files.get()
        with self.committed():
            version.file.save("damaged.pdf", ContentFile(b"%PDF-1.4\nnot really a PDF"))
        version.refresh_from_db()
        assert version.text_status == LibraryFile.TextStatus.FAILED
        assert member_client.get(members_document.get_absolute_url()).status_code == 200

    def test_reading_twice_reads_once(self, members_document, django_assert_num_queries):
        version = members_document.files.get()
        with self.committed():
            version.file.save("analysis.pdf", ContentFile(pdf_with_text("CARIN")))
        with django_assert_num_queries(1):  # finds it read: nothing more
            assert library_file_text_extract(file_id=version.pk) == "extracted"


class TestAdminUpload:
    def test_pmt_attach_a_file_to_a_seeded_entry_then_edit_it_again(
        self, seeded, client, django_capture_on_commit_callbacks
    ):
        pmt = UserFactory(roles=[roles.PMT_STAFF], is_staff=True)
        enable_totp(pmt)
        log_in_with_two_factor(client, pmt)
        manual = LibraryDocument.objects.get(title_en="Digital Evidence Manual")
        url = reverse("admin:library_librarydocument_change", args=[manual.pk])
        form = client.get(url).context["adminform"].form
        data = {
            key: value
            for key, value in form.initial.items()
            if value is not None and not isinstance(value, list)
        }
        data.update(
            {
                "title_en": manual.title_en,
                "title_fr": manual.title_fr,
                "title_ar": manual.title_ar,
                "kind": manual.kind,
                "visibility": manual.visibility,
                "sessions": [session.pk for session in manual.sessions.all()],
                "files-TOTAL_FORMS": "1",
                "files-INITIAL_FORMS": "0",
                "files-0-language": "en",
                "files-0-file": ContentFile(pdf_with_text("digital evidence"), name="manual.pdf"),
            }
        )
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, data)
        assert response.status_code == 302, response.context["adminform"].form.errors
        version = manual.files.get()
        assert version.text_status == LibraryFile.TextStatus.EXTRACTED
        again = client.get(url)
        assert again.status_code == 200
        assert reverse("library:file", args=[version.pk]) in again.content.decode()

"""Issue 20: one search box for the whole portal. Relevance on the seeded content, the pages'
own permissions (each kind of result tried as each role, as the attack), the index kept current,
and a cost that stays flat as data grows."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from actionplans.models import Action, ProgressUpdate
from crimex_portal.accounts import roles
from crimex_portal.search import selectors, services
from crimex_portal.search.models import SearchDocument
from crimex_portal.search.services import rebuild_index
from directory.models import Contact
from fiches.models import Fiche
from library.models import LibraryFile
from tests.factories import (
    AgendaItemFactory,
    ContactFactory,
    LibraryDocumentFactory,
    LibraryFileFactory,
    ProgressUpdateFactory,
    SessionFactory,
    UserFactory,
    enable_totp,
    log_in_with_two_factor,
    release_agenda,
)
from tests.library.test_library import pdf_with_text

pytestmark = pytest.mark.django_db

SEARCH = reverse("search:search")


def found(client, query: str, language: str = "en", **params) -> list[str]:
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    page = response.context["found"]["results"].page
    return [result.url for result in page.object_list] if page else []


@pytest.fixture
def indexed(seeded):
    rebuild_index()


@pytest.fixture(params=["full text", "plain match"])
def engine(request, monkeypatch):
    """PostgreSQL's full-text search where the suite runs on it, and the embedded default's plain
    match, which the README's run command uses."""
    if request.param == "full text" and connection.vendor != "postgresql":
        pytest.skip("full-text search needs PostgreSQL")
    if request.param == "plain match":
        monkeypatch.setattr(services, "uses_full_text_search", lambda: False)
        monkeypatch.setattr(selectors, "uses_full_text_search", lambda: False)
    return request.param


def action_url(plan: str, reference: str) -> str:
    with translation.override("en"):
        return Action.objects.get(goal__plan__code=plan, reference=reference).get_absolute_url()


def in_language(url: str, language: str) -> str:
    return url.replace("/en/", f"/{language}/", 1)


class TestRelevance:
    def test_carin_finds_the_network_and_plan_b_actions(self, indexed, engine, member_client):
        urls = found(member_client, "CARIN")
        carin = reverse(
            "directory:organisation",
            args=[SearchDocument.objects.filter(title__contains="(CARIN)").first().object_id],
        )
        assert carin in urls
        assert action_url("B", "3.1") in urls
        assert action_url("B", "4.1") in urls

    def test_warsaw_convention_finds_plan_b_3_1(self, indexed, engine, member_client):
        assert action_url("B", "3.1") in found(member_client, "Warsaw Convention")

    def test_interpol_in_arabic_finds_the_fifth_session(self, indexed, engine, member_client):
        fifth = SearchDocument.objects.filter(kind="sessions", title__contains="5")
        urls = found(member_client, "الإنتربول", language="ar", kind="sessions")
        assert any("/sessions/" in url for url in urls)
        session_pages = {url.split("#")[0] for url in urls if "/sessions/" in url}
        assert any(
            document.url.split("#")[0].replace("/en/", "/ar/") in session_pages
            for document in fifth
        )

    def test_hamza_and_vowel_marks_do_not_matter(self, indexed, engine, member_client):
        assert found(member_client, "الانتربول", language="ar") == found(
            member_client, "الإنتربول", language="ar"
        )

    def test_commission_rogatoire_finds_plan_a_3_1_in_french(self, indexed, engine, member_client):
        urls = found(member_client, "commission rogatoire", language="fr")
        assert in_language(action_url("A", "3.1"), "fr") in urls

    def test_accents_and_case_never_matter(self, indexed, engine, member_client):
        assert found(member_client, "COMMISSION ROGATOIRE", language="fr") == found(
            member_client, "commissión rogatoire", language="fr"
        )

    def test_a_word_inside_an_uploaded_pdf_finds_the_document(
        self, engine, member_client, django_capture_on_commit_callbacks
    ):
        version = LibraryFileFactory(document__title_en="Operational handbook")
        with django_capture_on_commit_callbacks(execute=True):
            version.file.save("handbook.pdf", ContentFile(pdf_with_text("Zanzibar protocol")))
        version.refresh_from_db()
        assert version.text_status == LibraryFile.TextStatus.EXTRACTED
        assert version.document.get_absolute_url() in found(member_client, "zanzibar")

    def test_a_glossary_term_is_found_in_arabic(self, indexed, engine, member_client):
        urls = found(member_client, "ازدواجية التجريم", language="ar")
        assert any("/glossary/#term-" in url for url in urls)

    def test_results_are_grouped_by_kind_with_counts(self, indexed, engine, member_client):
        response = member_client.get(SEARCH, {"q": "CARIN"})
        kinds = {kind for kind, _label, _count in response.context["found"]["kind_counts"]}
        assert {"plans", "directory"} <= kinds
        only_plans = found(member_client, "CARIN", kind="plans")
        assert only_plans
        assert all("/action-plans/" in url for url in only_plans)


class TestCurrent:
    def test_an_edited_fiche_is_found_by_its_new_word_at_once(
        self, indexed, member_client, django_capture_on_commit_callbacks
    ):
        fiche = Fiche.objects.select_related("country", "measure").first()
        assert found(member_client, "Quetzalcoatl") == []
        with django_capture_on_commit_callbacks(execute=True):
            fiche.other_information_en = "Ask the Quetzalcoatl desk first."
            fiche.save()
        assert found(member_client, "Quetzalcoatl") == [fiche.get_absolute_url()]

    def test_a_deleted_object_is_no_longer_found(
        self, member_client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            document = LibraryDocumentFactory(title_en="Ephemeral guidance")
        assert found(member_client, "ephemeral") == [document.get_absolute_url()]
        with django_capture_on_commit_callbacks(execute=True):
            document.delete()
        assert found(member_client, "ephemeral") == []

    def test_unpublishing_a_session_hides_it_and_its_agenda(
        self, client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            session = SessionFactory(title_en="Xylophone workshop", is_published=True)
        assert found(client, "xylophone") == [session.get_absolute_url()]
        with django_capture_on_commit_callbacks(execute=True):
            session.is_published = False
            session.save()
        assert found(client, "xylophone") == []

    def test_the_working_agenda_is_found_only_once_published(
        self, client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            session = SessionFactory(title_en="Plenary", is_published=True)
            release_agenda(session)
            AgendaItemFactory(session=session, title_en="Narwhal protocol")
        assert found(client, "narwhal") == []  # PMT are still writing it
        with django_capture_on_commit_callbacks(execute=True):
            release_agenda(session)
        assert found(client, "narwhal") == [session.get_absolute_url()]
        assert (
            SearchDocument.objects.filter(kind="sessions", title__startswith="Agenda").count() == 1
        )


class TestPermissionsAsAttacks:
    """Each kind of result tried by each role: nobody finds what its page would refuse them."""

    @pytest.fixture
    def content(self, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            public_session = SessionFactory(title_en="Quokka public session", is_published=True)
            hidden_session = SessionFactory(title_en="Quokka draft session", is_published=False)
            public_document = LibraryDocumentFactory(
                title_en="Quokka public guide", visibility="public"
            )
            members_document = LibraryDocumentFactory(title_en="Quokka members analysis")
            consented = ContactFactory(name_en="Quokka Consented", function_en="Prosecutor")
            hidden_contact = ContactFactory(name_en="Quokka Hidden", consent_date=None)
            author = UserFactory(roles=[roles.COORDINATOR])
            draft = ProgressUpdateFactory(
                narrative="Quokka draft narrative",
                author=author,
                review=ProgressUpdate.Review.DRAFT,
                reviewed_by=None,
                reviewed_at=None,
            )
        assert draft.review != ProgressUpdate.Review.APPROVED
        assert consented.consent_date is not None
        return {
            "public session": public_session.get_absolute_url(),
            "draft session": hidden_session.get_absolute_url(),
            "public document": public_document.get_absolute_url(),
            "members document": members_document.get_absolute_url(),
            "consented contact": consented.get_absolute_url(),
            "hidden contact": hidden_contact.get_absolute_url(),
            "draft update": draft.get_absolute_url(),
            "author": author,
        }

    def visible(self, client, content) -> set[str]:
        urls = set(found(client, "quokka"))
        return {name for name, url in content.items() if name != "author" and url in urls}

    def test_a_visitor_finds_public_sessions_and_documents_only(self, client, content):
        assert self.visible(client, content) == {"public session", "public document"}

    def test_a_password_only_session_finds_what_a_visitor_finds(self, client, content):
        member = UserFactory(roles=[roles.MEMBER])
        enable_totp(member)
        client.force_login(member)
        assert self.visible(client, content) == {"public session", "public document"}

    def test_a_member_finds_members_content_but_not_drafts_or_hidden_entries(
        self, member_client, content
    ):
        assert self.visible(member_client, content) == {
            "public session",
            "public document",
            "members document",
            "consented contact",
        }

    def test_the_author_finds_their_own_draft(self, client, content):
        author = content["author"]
        enable_totp(author)
        log_in_with_two_factor(client, author)
        assert "draft update" in self.visible(client, content)

    def test_pmt_find_entries_members_cannot_but_never_an_unpublished_session(
        self, client, content
    ):
        pmt = UserFactory(roles=[roles.PMT_STAFF], is_staff=True)
        enable_totp(pmt)
        log_in_with_two_factor(client, pmt)
        visible = self.visible(client, content)
        assert "hidden contact" in visible
        assert "draft session" not in visible
        assert "draft update" not in visible  # a draft is its author's

    def test_personal_fields_are_never_searchable(self, member_client, content):
        contact = Contact.objects.get(name_en="Quokka Consented")
        assert contact.email
        assert found(member_client, contact.email.split("@")[0]) == []
        assert contact.email not in "".join(SearchDocument.objects.values_list("text", flat=True))

    def test_snippets_escape_what_people_wrote(self, client, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            SessionFactory(
                title_en="Quokka <script>alert(1)</script>",
                summary_en="<img src=x onerror=alert(1)> quokka",
                is_published=True,
            )
        page = client.get(SEARCH, {"q": "quokka"}).content.decode()
        assert "<script>alert(1)" not in page
        assert "<img src=x" not in page
        assert "&lt;img src=x onerror=alert(1)&gt;" in page
        assert "<mark>quokka</mark>" in page.lower()


class TestPage:
    def test_no_result_says_so_and_offers_to_remove_the_filters(self, member_client):
        page = member_client.get(SEARCH, {"q": "nothingatall", "kind": "plans"}).content.decode()
        assert "Nothing matches “nothingatall”." in page
        assert 'href="?q=nothingatall"' in page

    def test_the_header_box_leads_to_the_search_page(self, client):
        page = client.get("/ar/").content.decode()
        assert 'action="/ar/search/"' in page
        assert 'name="q"' in page

    def test_queries_stay_flat_when_the_data_grows_tenfold(
        self, member_client, django_capture_on_commit_callbacks, django_assert_num_queries
    ):
        def add(count: int) -> None:
            with django_capture_on_commit_callbacks(execute=True):
                for number in range(count):
                    LibraryDocumentFactory(
                        title_en=f"Walrus guide {number}", description_en="walrus walrus"
                    )
                    SessionFactory(title_en=f"Walrus session {number}", is_published=True)

        member_client.get(SEARCH)  # the session's refresh of the minute
        add(3)
        with CaptureQueriesContext(connection) as small:  # the index changed: searched
            member_client.get(SEARCH, {"q": "walrus"})
        add(27)
        with django_assert_num_queries(len(small.captured_queries)):
            response = member_client.get(SEARCH, {"q": "walrus"})
        assert response.context["found"]["results"].total == 60
        # Asked again, unchanged: the cached results, in the four queries of a warm page.
        with django_assert_num_queries(4):
            member_client.get(SEARCH, {"q": "walrus"})

    def test_rebuild_writes_every_language_that_has_text(self, indexed):
        languages = set(
            SearchDocument.objects.filter(kind="plans").values_list("language", flat=True)
        )
        assert languages == {"en", "fr", "ar"}

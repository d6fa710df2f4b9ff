"""Issue 15's journey: PMT staff upload a members-only PDF to a session in the admin, save, and
go on editing the agenda on the same page; a member then downloads the document through the
portal, which checks access."""

from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from sessions.models import Session
from tests.browser.conftest import log_in
from tests.factories import PDF_BYTES, UserFactory, enable_totp

PASSWORD = "correct-horse-battery"
NEW_TITLE = "Opening, welcome and adoption of the agenda"


def test_pmt_upload_a_members_only_pdf_then_edit_the_agenda_and_a_member_downloads_it(
    page: Page, live_server, seeded, screenshots_dir, tmp_path
):
    session = Session.objects.get(number=5, part=Session.Part.SECOND)
    documents_before = session.documents.count()
    staff = UserFactory(password=PASSWORD, roles=[roles.PMT_STAFF], is_staff=True)
    log_in(page, live_server, staff, PASSWORD, enable_totp(staff))
    change_page = f"{live_server.url}/en/admin/crimex_sessions/session/{session.pk}/change/"

    page.goto(change_page)
    documents = page.locator("#documents-group")
    documents.get_by_role("button", name="Add another Document").click()
    row = f"documents-{documents_before}"
    documents.locator(f"input[name='{row}-title_en']").fill("Conclusions of the session")
    documents.locator(f"select[name='{row}-visibility']").select_option("members")
    documents.locator(f"input[name='{row}-file']").set_input_files(
        {"name": "conclusions.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES}
    )
    page.locator("input[name=_continue]").first.click()

    # The page comes back (it answered 500 once a document was attached) and links the file
    # to the view that checks access.
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    document = session.documents.order_by("-pk").first()
    assert document.title_en == "Conclusions of the session"
    expect(documents.locator(f"a[href='{document.get_absolute_url()}']")).to_contain_text(
        "conclusions"
    )

    # PMT go on with the agenda: change the first item and save again.
    title = page.locator("input[name='agenda_items-0-title_en']")
    title.fill(NEW_TITLE)
    page.locator("input[name=_continue]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    expect(page.locator("input[name='agenda_items-0-title_en']")).to_have_value(NEW_TITLE)
    page.screenshot(path=screenshots_dir / "journey-admin-upload-then-agenda.png", full_page=False)
    assert session.agenda_items.filter(title_en=NEW_TITLE).exists()
    assert session.documents.count() == documents_before + 1

    # A member downloads the document from the session's page.
    page.context.clear_cookies()
    member = UserFactory(password=PASSWORD, roles=[roles.MEMBER])
    log_in(page, live_server, member, PASSWORD, enable_totp(member))
    page.goto(f"{live_server.url}{session.get_absolute_url()}")
    link = page.locator(".documents").get_by_role("link", name="Conclusions of the session")
    with page.expect_download() as downloaded:
        link.click()
    path = tmp_path / "downloaded.pdf"
    downloaded.value.save_as(path)
    assert path.read_bytes() == PDF_BYTES

"""Issue 17's acceptance: a Moroccan prosecutor drafts a request to Tunisia for the freezing of
assets, is refused Finalise while the facts are missing, produces the request in French with the
Arabic parallel version, downloads the PDF and the DOCX and reads both languages in them; another
member gets 404 on the draft; a contact point of Tunisia comments on a shared copy."""

import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from mla.document import NOT_A_TRANSMISSION
from mla.models import Comment, MlaRequest
from tests.browser.conftest import log_in
from tests.browser.test_accessibility import blocking_violations, installed_axe_script
from tests.factories import ContactFactory, OrganisationFactory, UserFactory, enable_totp
from tests.mla.conftest import *  # noqa: F403  (the Moroccan prosecutor, the Tunisian fiche...)
from tests.mla.helpers import FACTS, FACTS_AR

PASSWORD = "correct-horse-battery"
TITLE = "Request for mutual legal assistance in criminal matters"


@pytest.fixture
def catalogues_with_new_strings(tmp_path):
    """The translations of strings not yet in the committed catalogues (the integrator merges
    them), compiled into a copy of the catalogues, so that screenshots show the Arabic pages as
    they will be. Without CRIMEX_EXTRA_TRANSLATIONS, the committed catalogues are used."""
    extra = os.environ.get("CRIMEX_EXTRA_TRANSLATIONS", "")
    if not extra or not Path(extra).exists():
        yield
        return
    import polib

    locale = tmp_path / "locale"
    shutil.copytree(Path(settings.BASE_DIR) / "locale", locale)
    strings = json.loads(Path(extra).read_text())
    for language in ("fr", "ar"):
        path = locale / language / "LC_MESSAGES" / "django.po"
        catalogue = polib.pofile(str(path))
        for msgid, texts in strings.items():
            if isinstance(texts.get(language), str):
                entry = catalogue.find(msgid)
                if entry is None:
                    catalogue.append(polib.POEntry(msgid=msgid, msgstr=texts[language]))
                else:
                    entry.msgstr = texts[language]
        catalogue.save_as_mofile(str(path.with_suffix(".mo")))
    with override_settings(LOCALE_PATHS=[locale]):
        yield


def log_in_to_their_language(page: Page, live_server, user, secret: str) -> None:
    """As conftest's log_in, for a member whose portal language is not English."""
    from tests.factories import totp_code

    page.goto(f"{live_server.url}/en/accounts/login/")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()
    page.locator("input[name=code]").fill(totp_code(secret))
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator("input[name=code]")).to_have_count(0)


def plain(text: str) -> str:
    """Without Arabic vowel marks and bidi controls, whitespace collapsed: as pdftotext's text
    and the catalogue's compare."""
    text = re.sub(r"[\u064b-\u0652\u202a-\u202e\u200e\u200f]", "", text)
    return " ".join(text.split())


def assert_words_in(phrase: str, text: str) -> None:
    """pdftotext puts Latin words inside Arabic in visual order and splits words at their vowel
    marks: compare the words that have none."""
    words = [word.strip(".") for word in phrase.split() if plain(word) == word]
    assert words
    for word in words:
        assert word in text


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return plain(result.stdout.decode())


def save_and_go(page: Page, step: int) -> None:
    page.locator(f"button[name=goto][value='{step}']").first.click()
    expect(page).to_have_url(re.compile(rf"/step/{step}/$"))


def test_moroccan_prosecutor_drafts_a_freezing_request_to_tunisia(
    page: Page,
    browser,
    live_server,
    morocco,
    tunisian_fiche,
    tmp_path,
    screenshots_dir,
    catalogues_with_new_strings,
):
    prosecutor = UserFactory(
        email="prosecutor@example.test",
        password=PASSWORD,
        roles=[roles.MEMBER],
        country=morocco,
        organisation=OrganisationFactory(
            name_en="Public Prosecutor's Office of Rabat", acronym="PPO-RABAT", country=morocco
        ),
        preferred_language="ar",
    )
    contact_user = UserFactory(
        email="tunisia@example.test", password=PASSWORD, roles=[roles.MEMBER]
    )
    tunisian_contact_point = ContactFactory(
        country=tunisian_fiche.country, user=contact_user, name_en="Tunisian contact point"
    )
    log_in_to_their_language(page, live_server, prosecutor, enable_totp(prosecutor))

    # From the fiche: "Draft a request", prefilled with the country and the measure.
    page.goto(f"{live_server.url}/en/fiches/countries/TN/501/")
    page.get_by_role("link", name="Draft a request").click()
    expect(page.locator("select[name=country]")).to_have_value("TN")
    expect(page.locator("input[name=measures][value='501']")).to_be_checked()
    page.locator("form.mla-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/mla/\d+/step/2/$"))
    mla_request = MlaRequest.objects.get(author=prosecutor)
    base = f"{live_server.url}/en/mla/{mla_request.pk}"

    # Finalise with the facts missing is refused, naming what is missing with a link to its step.
    save_and_go(page, 7)
    page.get_by_role("button", name="Finalise").click()
    missing = page.locator("#missing")
    expect(missing).to_contain_text("The summary of the facts")
    expect(missing.get_by_role("link", name="The summary of the facts")).to_have_attribute(
        "href", f"/en/mla/{mla_request.pk}/step/4/"
    )
    assert MlaRequest.objects.get(pk=mla_request.pk).status == MlaRequest.Status.DRAFT

    # Step 3: the legal basis among the fiche's instruments.
    page.goto(f"{base}/step/3/")
    page.get_by_label("United Nations Convention against Transnational Organized Crime").check()
    save_and_go(page, 4)
    # Step 4: facts (in French and Arabic) and one offence.
    page.locator("textarea[name=facts]").fill(f"{FACTS}\n{FACTS_AR}")
    page.locator("input[name='offence-0-qualification']").fill("Corruption d’agent public")
    page.locator("textarea[name='offence-0-provisions']").fill("Article 248 du Code pénal")
    page.locator("textarea[name='offence-0-penalties']").fill("2 à 5 ans d’emprisonnement")
    save_and_go(page, 5)
    # Step 5: the freezing's own fields, the contact person, the attachments.
    page.locator("textarea[name='m501-link_to_facts']").fill("Les pots-de-vin sont sur ce compte.")
    page.locator("textarea[name='m501-assets']").fill("Compte TN59 0000 0000 à la Banque Exemple")
    page.locator("textarea[name='m501-offence_link']").fill("Produit de la corruption")
    page.locator("textarea[name=contact_person]").fill("Mme Testperson, +212 5 00 00 00")
    page.locator("textarea[name=attachments]").fill("Ordonnance de gel du 3 mars 2026")
    save_and_go(page, 6)
    # Step 6: French, undertakings, the fiche's formal requirement checked.
    page.locator("select[name=language]").select_option("fr")
    page.locator("input[name=undertakes_speciality]").check()
    page.get_by_label("A copy of the freezing order.").check()
    save_and_go(page, 7)
    page.get_by_role("button", name="Finalise").click()
    expect(page.locator("#missing")).to_have_count(0)
    assert MlaRequest.objects.get(pk=mla_request.pk).status == MlaRequest.Status.FINAL

    # The French request with the Arabic parallel version: PDF and DOCX.
    output = page.locator("form.mla-output")
    output.locator("select[name=language]").select_option("fr")
    output.locator("input[name=parallel]").check()
    output.get_by_role("button", name="Make the PDF").click()
    with page.expect_download() as pdf_download:
        page.get_by_role("link", name="Download PDF").first.click()
    pdf_path = screenshots_dir / "mla-request-fr-ar.pdf"
    pdf_download.value.save_as(pdf_path)
    text = pdf_text(pdf_path)
    output = page.locator("form.mla-output")
    output.locator("select[name=language]").select_option("fr")
    output.locator("input[name=parallel]").check()
    with page.expect_download() as docx_download:
        output.get_by_role("button", name="Download DOCX").click()
    document = docx.Document(io.BytesIO(Path(docx_download.value.path()).read_bytes()))
    docx_text = "\n".join(
        paragraph.text for cell in document.tables[0]._cells for paragraph in cell.paragraphs
    )
    for language in ("fr", "ar"):
        with translation.override(language):
            assert gettext(TITLE) in docx_text
            assert plain(gettext(TITLE)) in text
            assert_words_in(gettext(NOT_A_TRANSMISSION), text)
    assert "Banque Exemple" in text
    assert "Banque Exemple" in docx_text
    assert_words_in(FACTS_AR, text)
    assert FACTS_AR in docx_text

    # The Arabic steps, for a look and for axe-core; then the Arabic PDF and DOCX.
    axe_script, violations = installed_axe_script(), []
    for step in range(1, 8):
        page.goto(f"{live_server.url}/ar/mla/{mla_request.pk}/step/{step}/")
        page.screenshot(path=screenshots_dir / f"mla-step{step}-ar.png", full_page=True)
        violations += blocking_violations(page, axe_script, f"step {step} (ar)")
    page.goto(f"{base}/document/?language=fr&parallel=on")
    violations += blocking_violations(page, axe_script, "parallel version")
    assert violations == []
    page.goto(f"{live_server.url}/ar/mla/{mla_request.pk}/step/7/")
    output = page.locator("form.mla-output")
    output.locator("select[name=language]").select_option("ar")
    output.locator("button[formaction$='/pdf/']").click()
    with page.expect_download() as arabic_pdf:
        page.locator("a[href*='/pdf/']").first.click()
    arabic_pdf.value.save_as(screenshots_dir / "mla-request-ar.pdf")
    page.goto(f"{live_server.url}/ar/mla/{mla_request.pk}/step/7/")
    output = page.locator("form.mla-output")
    output.locator("select[name=language]").select_option("ar")
    with page.expect_download() as arabic_docx:
        output.locator("button[formaction$='/docx/']").click()
    arabic_docx.value.save_as(screenshots_dir / "mla-request-ar.docx")

    # Pre-MLA: a frozen copy shared with Tunisia's contact point, who comments.
    page.goto(f"{base}/step/7/")
    page.get_by_label(str(tunisian_contact_point.name)).check()
    page.get_by_role("button", name="Share a frozen copy").click()
    contact_context = browser.new_context()
    contact_page = contact_context.new_page()
    log_in(contact_page, live_server, contact_user, PASSWORD, enable_totp(contact_user))
    contact_page.goto(f"{live_server.url}/en/mla/")
    contact_page.get_by_role("link", name=re.compile(r"Request #\d+")).click()
    expect(contact_page.locator(".mla-document")).to_contain_text("Banque Exemple")
    contact_page.locator("textarea[name=body]").fill("Merci d’ajouter l’ordonnance traduite.")
    contact_page.get_by_role("button", name="Send the comment").click()
    assert Comment.objects.get().body == "Merci d’ajouter l’ordonnance traduite."
    # ... but not the draft itself.
    response = contact_page.goto(f"{base}/step/4/")
    assert response.status == 404
    contact_context.close()
    page.goto(f"{base}/step/7/")
    expect(page.locator("#consultation")).to_contain_text("ordonnance traduite")

    # Another member: 404 on the draft.
    other = UserFactory(email="other@example.test", password=PASSWORD, roles=[roles.MEMBER])
    other_context = browser.new_context()
    other_page = other_context.new_page()
    log_in(other_page, live_server, other, PASSWORD, enable_totp(other))
    for step in (1, 7):
        assert other_page.goto(f"{base}/step/{step}/").status == 404
    assert other_page.goto(f"{base}/document/?language=fr").status == 404
    other_context.close()

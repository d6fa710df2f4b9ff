"""The portal's identity (issue 21): its own mark, a header that says what the site is in the
page's language, body text at WCAG AAA contrast (7:1) measured from the stylesheet's values, and
the admin in the same colours."""

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from crimex_portal.pages.colours import TEXT_PAIRS, contrast, root_colours
from tests.factories import UserFactory, log_in_with_two_factor

STATIC = Path(settings.BASE_DIR) / "crimex_portal" / "static" / "crimex"
AAA = 7.0


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS)
def test_text_colours_reach_seven_to_one(text, background):
    colours = root_colours()
    assert contrast(colours[text], colours[background]) >= AAA, (text, background)


def test_the_mark_is_our_own_drawing():
    for name in ("crimex-mark.svg", "crimex-wordmark.svg", "favicon.svg"):
        svg = (STATIC / name).read_text()
        assert svg.startswith("<svg")
        assert "<image" not in svg  # no embedded bitmap (an emblem or a borrowed logo)
        assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_header_says_what_the_site_is_in_the_pages_language(client, language):
    with translation.override(language):
        html = client.get(reverse("pages:home")).content.decode()
        tagline = translation.gettext("EuroMed Justice Expert Group in Criminal Matters")
    header = html.split('<header class="site-header">')[1].split("</header>")[0]
    assert "crimex/crimex-mark.svg" in header
    name = '<span class="brand__name">CrimEx</span><span class="visually-hidden"> — </span>'
    assert name in header
    assert tagline in header


def staff_sees(client, url_name: str, language: str) -> str:
    """The page as PMT staff see it, after both factors, in that language."""
    log_in_with_two_factor(
        client, UserFactory(is_staff=True, roles=[roles.PMT_STAFF], two_factor=True)
    )
    with translation.override(language):
        response = client.get(reverse(url_name))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_admin_carries_the_identity(client, language):
    html = staff_sees(client, "admin:index", language)
    assert "crimex/css/admin.css" in html
    assert "crimex/crimex-mark.svg" in html
    if language == "ar":
        assert 'dir="rtl"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_style_page_shows_the_colours_and_their_contrast_to_staff(client, language):
    html = staff_sees(client, "pages:style", language)
    assert "crimex-wordmark.svg" in html
    for text, background in TEXT_PAIRS:
        assert f"swatch--{text}-on-{background}" in html
    assert "Right to left: do's and don'ts" in html
    assert f'<html lang="{language}"' in html


@pytest.mark.django_db
def test_style_page_is_for_staff_only(client):
    member = UserFactory(roles=[roles.MEMBER], two_factor=True)
    log_in_with_two_factor(client, member)
    assert client.get(reverse("pages:style")).status_code == 403
    client.logout()
    assert client.get(reverse("pages:style")).status_code == 302  # to the login


def test_every_text_pair_has_a_swatch_in_the_style_sheet():
    css = (STATIC / "css" / "style-guide.css").read_text()
    for text, background in TEXT_PAIRS:
        assert f".swatch--{text}-on-{background} {{" in css


def test_fonts_are_vendored_with_their_licence():
    css = (STATIC / "css" / "fonts.css").read_text()
    for family, files in {
        "Noto Sans": ["noto-sans-latin-400-normal.woff2", "noto-sans-latin-700-normal.woff2"],
        "Noto Naskh Arabic": [
            "noto-naskh-arabic-arabic-400-normal.woff2",
            "noto-naskh-arabic-arabic-700-normal.woff2",
        ],
    }.items():
        assert f'font-family: "{family}"' in css
        for name in files:
            assert f"../fonts/{name}" in css
            assert (STATIC / "fonts" / name).read_bytes()[:4] == b"wOF2"
        licence = STATIC / "fonts" / f"LICENSE-{family.replace(' ', '')}.txt"
        assert "SIL Open Font License" in licence.read_text()

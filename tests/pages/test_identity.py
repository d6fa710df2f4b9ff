"""The portal's identity (issue 21): its own mark, a header that says what the site is in the
page's language, body text at WCAG AAA contrast (7:1) measured from the stylesheet's values, and
the admin in the same colours."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from tests.factories import UserFactory, log_in_with_two_factor

STATIC = Path(settings.BASE_DIR) / "crimex_portal" / "static" / "crimex"
AAA = 7.0


def root_colours() -> dict[str, str]:
    css = (STATIC / "css" / "portal.css").read_text()
    root = re.search(r":root\s*\{(.*?)\}", css, re.S).group(1)
    return dict(re.findall(r"--(color-[\w-]+):\s*(#[0-9a-fA-F]{6})", root))


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("color-text", "color-bg"),
        ("color-text", "color-surface"),
        ("color-text", "color-notice"),
        ("color-muted", "color-bg"),
        ("color-muted", "color-surface"),  # the footer: 6.92:1 before issue 21
        ("color-link", "color-bg"),
        ("color-link", "color-surface"),
        ("color-brand", "color-bg"),  # headings
        ("color-brand-contrast", "color-brand"),  # the header
        ("color-accent-text", "color-bg"),
        ("color-danger", "color-bg"),
        ("color-danger", "color-surface"),
        ("color-success", "color-bg"),
    ],
)
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


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_admin_carries_the_identity(client, language):
    staff = UserFactory(is_staff=True, roles=[roles.PMT_STAFF], two_factor=True)
    log_in_with_two_factor(client, staff)
    with translation.override(language):
        response = client.get(reverse("admin:index"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "crimex/css/admin.css" in html
    assert "crimex/crimex-mark.svg" in html
    if language == "ar":
        assert 'dir="rtl"' in html

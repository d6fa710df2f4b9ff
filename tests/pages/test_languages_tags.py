"""The `languages` template filters: directions isolated, English fallbacks marked (issue 16)."""

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.translation import gettext

from crimex_portal.reports.pdf import bdi_as_isolates
from crimex_portal.text import joined
from tests.factories import CountryFactory, SessionFactory


def render(source: str, **context) -> str:
    return Template("{% load languages %}" + source).render(Context(context))


def test_isolate_wraps_codes_in_bdi_and_escapes_them():
    assert render("{{ code|isolate }}", code="2.2.a") == "<bdi>2.2.a</bdi>"
    assert render("{{ code|isolate }}", code="<b>") == "<bdi>&lt;b&gt;</bdi>"
    assert render("{{ code|isolate }}", code="") == ""


def test_isolated_codes_keep_the_msgid_of_interface_strings():
    with translation.override("ar"):
        html = render(
            "{% load i18n %}{% blocktranslate with code=c|isolate %}Action Plan {{ code }}"
            "{% endblocktranslate %}",
            c="A",
        )
        assert html == gettext("Action Plan %(code)s") % {"code": "<bdi>A</bdi>"}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_english_fallback_is_marked_and_own_text_is_not(language):
    session = SessionFactory(title_en="Cybercrime and e-evidence.", **{f"title_{language}": ""})
    translated = CountryFactory(iso_code="QT", name_en="Tunisia", name_fr="Tunisie", name_ar="تونس")
    with translation.override(language):
        assert render('{{ s|translated:"title" }}', s=session) == (
            '<bdi lang="en" dir="ltr">Cybercrime and e-evidence.</bdi>'
        )
        assert render('<p{{ s|fallback_lang:"title" }}>', s=session) == '<p lang="en" dir="ltr">'
        assert render('{{ c|translated:"name" }}', c=translated) == translated.name
        assert render('<p{{ c|fallback_lang:"name" }}>', c=translated) == "<p>"
    with translation.override("en"):
        assert render('{{ s|translated:"title" }}', s=session) == "Cybercrime and e-evidence."


def test_latin_runs_are_isolated_on_arabic_pages_only():
    text = "د. John Smith (UNODC)، عبر I-24/7."
    with translation.override("ar"):
        assert render("{{ t|latin_runs }}", t=text) == (
            'د. <bdi dir="ltr">John Smith (UNODC)</bdi>، عبر <bdi dir="ltr">I-24/7</bdi>.'
        )
        assert render("{{ t|latin_runs }}", t="ملف .ics") == 'ملف <bdi dir="ltr">.ics</bdi>'
    with translation.override("fr"):
        assert render("{{ t|latin_runs }}", t="M. <X>") == "M. &lt;X&gt;"


def test_pdfs_get_unicode_isolates_for_bdi():
    html = '<p>المؤشر <bdi>2.2.a</bdi> و<bdi lang="en" dir="ltr">Title.</bdi></p>'
    assert bdi_as_isolates(html) == "<p>المؤشر \u20682.2.a\u2069 و\u2066Title.\u2069</p>"


def test_lists_are_joined_with_the_language_comma():
    with translation.override("ar"):
        assert joined(["لشبونة", "البرتغال"]) == "لشبونة، البرتغال"
        assert joined([".xlsx", ".csv"], isolate=True) == "\u2066.xlsx\u2069، \u2066.csv\u2069"
    with translation.override("fr"):
        assert joined(["Lisbonne", "Portugal"]) == "Lisbonne, Portugal"
        assert joined([".xlsx", ".csv"], isolate=True) == ".xlsx, .csv"


def test_paragraphs_isolate_latin_runs_on_arabic_pages_and_still_escape():
    with translation.override("ar"):
        html = render("{% load rich_text %}{{ t|paragraphs }}", t="عبر I-24/7 <b>\n\n- بند 2.2.a")
    assert html == (
        '<p>عبر <bdi dir="ltr">I-24/7 &lt;b&gt;</bdi></p>\n'
        '<ul><li>بند <bdi dir="ltr">2.2.a</bdi></li></ul>'
    )

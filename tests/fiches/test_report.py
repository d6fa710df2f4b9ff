"""The fiche PDFs: one fiche ("fiche", key "MA-501") and every fiche of a country
("country_fiches", key "MA"), through the reports' public surface."""

import re
import subprocess
from pathlib import Path

import pytest
from django.template.defaultfilters import linebreaksbr
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from crimex_portal.accounts import roles
from crimex_portal.reports.pdf import html_to_pdf
from crimex_portal.reports.registry import builder_for
from crimex_portal.reports.services import render_report_html
from fiches.models import Fiche
from tests.factories import (
    ChannelFactory,
    CountryFactory,
    FicheFactory,
    InstrumentFactory,
    MeasureFactory,
    MeasureGroupFactory,
    OrganisationFactory,
    UserFactory,
    log_in_with_two_factor,
)

ILLUSTRATIVE = "Illustrative content awaiting validation by the national authority."


def report_html(kind: str, key: str, language: str) -> str:
    builder = builder_for(kind)
    _title, html = render_report_html(builder, builder.target(key), language)
    return html


def key_of(fiche: Fiche) -> str:
    return builder_for("fiche").key_of(fiche)


def report_pdf(kind: str, key: str, language: str, path: Path) -> str:
    """Writes the PDF to `path` and returns its text as pdftotext reads it."""
    pdf = html_to_pdf(report_html(kind, key, language))
    assert pdf.startswith(b"%PDF-")
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def translated(message: str, language: str) -> str:
    with translation.override(language):
        return gettext(message)


# --- Content ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "marking", "text"),
    [
        ("en", ILLUSTRATIVE, "Illustrative: describe the assets and where they are held"),
        (
            "fr",
            "Contenu illustratif en attente de validation par l’autorité nationale.",
            "À titre illustratif : décrire les avoirs et le lieu où ils se trouvent",
        ),
        (
            "ar",
            "محتوى توضيحي في انتظار المصادقة عليه من قِبل السلطة الوطنية.",
            "على سبيل التوضيح: وصف الأصول ومكان وجودها",
        ),
    ],
)
def test_morocco_501_shows_its_six_parts_in_the_report_language(seeded, language, marking, text):
    builder = builder_for("fiche")
    fiche = builder.target("MA-501")
    assert builder.key_of(fiche) == "MA-501"
    title, html = render_report_html(builder, fiche, language)
    page = flat(html)

    with translation.override(language):
        assert title == f"{fiche.country.name} · 501 {fiche.measure.name}"
        assert fiche.measure.name in page
        assert fiche.country.name in page
        for field in ("national_description", "national_law", "formal_requirements"):
            assert flat(linebreaksbr(getattr(fiche, field))) in page
        assert fiche.receiving_authority.name in page
        for related in (
            *fiche.instruments.all(),
            *fiche.accepted_languages.all(),
            *fiche.channels.all(),
        ):
            assert str(related) in page
        headings = [
            "1. " + gettext("Is this measure possible?"),
            "2. " + gettext("Legal framework"),
            "3. " + gettext("Competent authority"),
            "4. " + gettext("Accepted languages"),
            "5. " + gettext("Transmission channel"),
            "6. " + gettext("Practical information"),
        ]
        review = gettext("Last reviewed on %(date)s") % {"date": ""}
        accepted = ("، " if language == "ar" else ", ").join(
            language.name for language in fiche.accepted_languages.all()
        )
    positions = [page.index(flat(heading)) for heading in headings]
    assert positions == sorted(positions)  # in the order of the fiche page
    assert text in page
    assert accepted in page  # with the Arabic comma in Arabic
    assert flat(marking) in page
    assert flat(translated(ILLUSTRATIVE, language)) in page
    assert page.index('class="illustrative"') < positions[0]
    assert flat(review).strip() in page
    assert fiche.reviewed_by in page
    assert f'lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}"' in html
    restricted = "Restricted: for CrimEx members only. Do not forward outside the network."
    assert flat(translated(restricted, language)) in page


def test_a_real_fiche_has_no_illustrative_marking_and_names_its_alternative(languages):
    alternative = MeasureFactory(code="502", name_en="Confiscation")
    fiche = FicheFactory(
        applicability=Fiche.Applicability.NOT_APPLICABLE, alternative_measure=alternative
    )
    html = report_html("fiche", key_of(fiche), "en")
    assert 'Alternative measure: <bdi dir="ltr">502</bdi> Confiscation' in html
    assert ILLUSTRATIVE not in html
    assert 'class="illustrative"' not in html


def test_fiche_texts_are_escaped_in_both_reports(languages, tmp_path):
    fiche = FicheFactory(
        national_description_en='<img src="file:///etc/passwd">',
        costs_en="<b>free</b>\nsecond line",
    )
    for kind, key in (("fiche", key_of(fiche)), ("country_fiches", fiche.country.iso_code)):
        html = report_html(kind, key, "en")
        assert "<img" not in html
        assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
        assert "&lt;b&gt;free&lt;/b&gt;<br>second line" in html
    text = report_pdf("fiche", key_of(fiche), "en", tmp_path / "escaped.pdf")
    assert '<img src="file:///etc/passwd">' in text  # shown as text, never fetched


# --- The country's fiches -----------------------------------------------------------------------


def test_country_report_lists_its_fiches_by_group_with_contents_and_one_marking_at_the_top(
    seeded,
):
    builder = builder_for("country_fiches")
    country = builder.target("ma")
    assert builder.key_of(country) == "MA"
    title, html = render_report_html(builder, country, "fr")
    page = flat(html)
    fiches = list(Fiche.objects.filter(country=country).select_related("measure__group"))
    assert len(fiches) == 7
    with translation.override("fr"):
        assert title == gettext("EuroMed Fiches: %(country)s") % {"country": country.name}

    contents = page.index('class="contents"')
    with translation.override("fr"):
        marking = gettext(ILLUSTRATIVE)
        first_group = page.index(f"{fiches[0].measure.group.code}. ")
        for fiche in fiches:
            # In the contents (code, name, applicability) and in full after them.
            assert page.count(f'href="#fiche-{fiche.pk}"') == 2
            assert f'id="fiche-{fiche.pk}"' in page
            assert page.count(fiche.get_applicability_display()) >= 2
            assert flat(linebreaksbr(fiche.formal_requirements)) in page
    # Once at the top, then at the start of each illustrative fiche.
    assert page.count(marking) == 1 + len(fiches)
    assert page.index(marking) < contents < first_group
    measure_order = [page.index(f'id="fiche-{fiche.pk}"') for fiche in fiches]
    assert measure_order == sorted(measure_order)


def test_country_report_without_illustrative_fiches_has_no_marking(languages):
    fiche = FicheFactory()
    html = report_html("country_fiches", fiche.country.iso_code, "en")
    assert ILLUSTRATIVE not in html
    assert fiche.measure.name in html


def grid(country, measures: int, languages: dict) -> None:
    """Fiches of one country in two groups, each with three languages, two channels and two
    instruments: the shape whose report cost must not grow with the data."""
    channels = [ChannelFactory(code="central-authority"), ChannelFactory(code="interpol")]
    instruments = [InstrumentFactory(), InstrumentFactory()]
    groups = [MeasureGroupFactory(code="5"), MeasureGroupFactory(code="7")]
    for number in range(measures):
        fiche = FicheFactory(
            country=country,
            measure=MeasureFactory(group=groups[number % 2]),
            alternative_measure=MeasureFactory(group=groups[0]),
            executing_authority=OrganisationFactory(country=country),
            last_reviewed_by=UserFactory(),
            is_demo=number % 3 == 0,
        )
        fiche.accepted_languages.set(languages.values())
        fiche.channels.set(channels)
        fiche.instruments.set(instruments)


def test_country_report_query_count_is_flat_from_2_to_24_fiches(
    languages, django_assert_max_num_queries
):
    country = CountryFactory()
    grid(country, 2, languages)
    builder = builder_for("country_fiches")

    def render() -> str:
        return render_report_html(builder, builder.target(country.iso_code), "en")[1]

    with django_assert_max_num_queries(7) as few:
        render()
    grid(country, 22, languages)
    assert Fiche.objects.filter(country=country).count() == 24
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = render()
    assert html.count('class="fiche"') == 24


def test_fiche_report_query_count_is_small(languages, django_assert_max_num_queries):
    fiche = FicheFactory(alternative_measure=MeasureFactory(), last_reviewed_by=UserFactory())
    fiche.accepted_languages.set(languages.values())
    builder = builder_for("fiche")
    with django_assert_max_num_queries(4):
        render_report_html(builder, builder.target(key_of(fiche)), "ar")


# --- Keys ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["MA501", "", "MA-", "-501", "MAR-501", "M-501", "MA-501 ", "MA - 501", "MA-99999999999"]
)
def test_a_malformed_fiche_key_is_a_lookup_error(languages, key):
    FicheFactory(country=CountryFactory(iso_code="MA"), measure=MeasureFactory(code="501"))
    with pytest.raises(LookupError):
        builder_for("fiche").target(key)


def test_a_missing_fiche_or_country_is_a_lookup_error(languages):
    fiche = FicheFactory(country=CountryFactory(iso_code="MA"), measure=MeasureFactory(code="501"))
    assert builder_for("fiche").target("ma-501") == fiche
    with pytest.raises(LookupError):
        builder_for("fiche").target("MA-502")
    with pytest.raises(LookupError):
        builder_for("fiche").target("TN-501")
    with pytest.raises(LookupError):
        builder_for("country_fiches").target("ZZ")
    for key in ("", "M", "MAR", " MA", "M1"):
        with pytest.raises(LookupError):
            builder_for("country_fiches").target(key)


# --- Real PDFs ----------------------------------------------------------------------------------


def pdf_fonts(path: Path) -> str:
    return subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout


def test_french_pdf_of_a_fiche_keeps_its_accents(seeded, tmp_path):
    text = flat(report_pdf("fiche", "MA-501", "fr", tmp_path / "MA-501-fr.pdf"))
    assert "Contenu illustratif en attente de validation" in text
    assert "décrire les avoirs" in text
    assert "Maroc" in text
    assert "CrimEx · EuroMed Justice" in text  # the running header, restricted marking first


def test_arabic_pdfs_run_right_to_left_in_an_embedded_naskh_font(seeded, tmp_path):
    for kind, key in (("fiche", "MA-501"), ("country_fiches", "MA")):
        path = tmp_path / f"{key}-ar.pdf"
        text = report_pdf(kind, key, "ar", path)
        # Words of the Ministry of Justice and of the law, in logical order.
        assert "العدل" in text
        assert "المواد" in text
        assert "\u202b" in text  # pdftotext found right-to-left lines
        fonts = [line for line in pdf_fonts(path).splitlines() if "Naskh" in line]
        assert fonts
        assert all(line.split()[-5:-3] == ["yes", "yes"] for line in fonts)  # embedded, subset
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
        check=True,
    )
    (page,) = tmp_path.glob("page-*.png")
    assert page.stat().st_size > 0


def test_arabic_pdf_text_carries_the_illustrative_marking(seeded, tmp_path):
    text = flat(report_pdf("fiche", "MA-501", "ar", tmp_path / "MA-501-ar.pdf"))
    assert "محتوى توضيحي" in text


def test_english_pdf_carries_the_marking(seeded, tmp_path):
    text = flat(report_pdf("fiche", "MA-501", "en", tmp_path / "MA-501-en.pdf"))
    assert ILLUSTRATIVE in text
    assert "Morocco" in text
    assert "RESTRICTED" in text


# --- The export form ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "kind", "key"),
    [
        ("fiche", "fiche", "MA-501"),
        ("country", "country_fiches", "MA"),
    ],
)
def test_coordinators_see_the_export_form_and_members_do_not(
    member_client, languages, page, kind, key
):
    fiche = FicheFactory(country=CountryFactory(iso_code="MA"), measure=MeasureFactory(code="501"))
    url = (
        fiche.get_absolute_url()
        if page == "fiche"
        else reverse("fiches:country", args=[fiche.country.iso_code])
    )
    form = (
        f'<input type="hidden" name="kind" value="{kind}">'
        f'<input type="hidden" name="key" value="{key}">'
    )

    coordinator_client = Client()
    log_in_with_two_factor(
        coordinator_client, UserFactory(roles=[roles.COORDINATOR], two_factor=True)
    )
    response = coordinator_client.get(url)
    assert response.status_code == 200
    assert form in response.content.decode()
    assert reverse("reports:request") in response.content.decode()

    response = member_client.get(url)
    assert response.status_code == 200
    assert 'name="kind"' not in response.content.decode()

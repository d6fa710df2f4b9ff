"""An Arabic session PDF as drawn (issue 16): codes, phone numbers and the speakers' Latin names
keep their order inside Arabic, lists use the Arabic comma, English fallbacks are isolated."""

import re

import pytest

from crimex_portal.reports.pdf import html_to_pdf
from crimex_portal.reports.registry import builder_for
from crimex_portal.reports.services import render_report_html
from tests.factories import AgendaItemFactory, CountryFactory, SessionFactory, release_agenda
from tests.pdf import pdf_visual_lines

pytestmark = pytest.mark.django_db


def test_an_arabic_session_pdf_keeps_latin_runs_in_order(tmp_path):
    session = SessionFactory(
        number=5,
        title_en="Cybercrime and electronic evidence",
        title_ar="الجريمة السيبرانية والأدلة الإلكترونية",
        venue_city_ar="لشبونة",
        venue_country=CountryFactory(iso_code="PT", name_en="Portugal", name_ar="البرتغال"),
    )
    AgendaItemFactory(
        session=session,
        title_en="Indicator 2.2.a in practice",
        title_ar="المؤشر 2.2.a في الممارسة",
        speakers_ar="د. John Smith (UNODC)، هاتف +33 1 23 45 67",
    )
    AgendaItemFactory(session=session, title_en="Coffee break (English only).")
    release_agenda(session)  # the report shows the published agenda
    builder = builder_for("session")
    _title, html = render_report_html(builder, builder.target(str(session.pk)), "ar")

    assert "لشبونة، البرتغال" in html
    lines = pdf_visual_lines(html_to_pdf(html), tmp_path)
    text = "\n".join(lines)

    assert "2.2.a" in text  # not "a.2.2"
    assert "a.2.2" not in text
    # (pdftotext names a bracket drawn in an Arabic line by its mirrored twin: the order is
    # what counts.)
    assert re.search(r"John Smith .UNODC.", text)
    assert "+33 1 23 45 67" in text  # not "67 45 23 1 +33"
    # The English fallback's full stop stays at its end, on its right.
    assert "(English only)." in text

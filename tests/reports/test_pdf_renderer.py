"""The PDF renderer each thread keeps (fonts, fetcher, parsed style sheets) across reports."""

import io
import threading

import pytest
from pypdf import PdfReader

from crimex_portal.reports import pdf
from crimex_portal.reports.registry import builder_for
from crimex_portal.reports.services import render_report_html
from sessions.models import Session
from sessions.reports import WITH_ATTENDEES


@pytest.fixture
def fresh_renderer(monkeypatch):
    """A thread state of its own, so that sheets parsed by earlier tests do not count."""
    monkeypatch.setattr(pdf, "_local", threading.local())


@pytest.fixture
def css_parses(monkeypatch) -> list[str]:
    parsed = []
    real_css = pdf.weasyprint.CSS

    def counting_css(*args, **kwargs):
        parsed.append(kwargs["string"])
        return real_css(*args, **kwargs)

    monkeypatch.setattr(pdf.weasyprint, "CSS", counting_css)
    return parsed


def embedded_font_names(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


@pytest.mark.django_db
def test_reports_reuse_the_parsed_style_sheets_and_keep_the_arabic_font(
    seeded, fresh_renderer, css_parses
):
    fifth = Session.objects.get(number=5, part=Session.Part.SECOND)
    builder = builder_for("session")
    _title, html = render_report_html(builder, builder.target(str(fifth.pk)), "ar", WITH_ATTENDEES)

    first = pdf.html_to_pdf(html)
    renderer = pdf.renderer()
    second = pdf.html_to_pdf(html)

    assert len(css_parses) == 1  # the report's one <style>, parsed for the first PDF only
    assert pdf.renderer() is renderer
    assert list(renderer.stylesheets) == css_parses
    for data in (first, second):
        names = embedded_font_names(data)
        # The sheet's rules applied from the cache too: html[lang="ar"] puts Naskh first.
        assert any("Noto-Naskh-Arabic" in name for name in names), names
        assert any("Noto-Sans" in name for name in names), names  # Latin runs and digits


def test_each_thread_has_its_own_renderer(fresh_renderer):
    here = pdf.renderer()
    there = []
    thread = threading.Thread(target=lambda: there.append(pdf.renderer()))
    thread.start()
    thread.join()
    assert there[0] is not here
    assert there[0].font_config is not here.font_config


def test_the_cache_of_style_sheets_is_bounded(fresh_renderer, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_CACHED_STYLESHEETS", 3)
    renderer = pdf.renderer()
    for size in range(1, 8):
        renderer.stylesheet(f"p {{ font-size: {size}pt; }}")
    assert 1 <= len(renderer.stylesheets) <= 3
    assert "p { font-size: 7pt; }" in renderer.stylesheets

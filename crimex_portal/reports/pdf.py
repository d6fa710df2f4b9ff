"""HTML to PDF with WeasyPrint, which may read the portal's own static files and nothing else:
no file:// path, no network address, whatever a report's content contains."""

import gc
import mimetypes
import re
import threading
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import weasyprint
from django.conf import settings
from django.contrib.staticfiles import finders
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

# Report templates name static files as "crimex-static:/crimex/fonts/...": a scheme of our own,
# so that no URL a browser or WeasyPrint would fetch by itself can be mistaken for one.
STATIC_SCHEME = "crimex-static"


class BlockedResource(ValueError):
    """A report asked for something other than one of the portal's static files."""


def static_url(path: str) -> str:
    return f"{STATIC_SCHEME}:/{path.lstrip('/')}"


def static_file(url: str) -> Path:
    parts = urlsplit(url)
    if parts.scheme != STATIC_SCHEME or parts.netloc or parts.query:
        raise BlockedResource(f"Reports may only use the portal's static files, not {url!r}.")
    relative = PurePosixPath(unquote(parts.path).lstrip("/"))
    if not relative.parts or ".." in relative.parts:
        raise BlockedResource(f"Not a static file: {url!r}.")
    found = finders.find(str(relative))
    if not found and settings.STATIC_ROOT:  # collected static files, as deployed
        candidate = Path(settings.STATIC_ROOT) / relative
        found = str(candidate) if candidate.is_file() else None
    if not found:
        raise BlockedResource(f"No such static file: {url!r}.")
    return Path(found)


class PortalStaticFetcher(URLFetcher):
    """Answers with a static file of the portal, and refuses every other URL: WeasyPrint then
    leaves that resource out of the document."""

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        path = static_file(url)
        mime_type, _encoding = mimetypes.guess_type(path.name)
        return URLFetcherResponse(
            url,
            body=path.read_bytes(),
            headers={"Content-Type": mime_type or "application/octet-stream"},
        )


# WeasyPrint lays each inline element's text out apart from its neighbours, so a <bdi> element
# isolates nothing there: its Unicode twins do, within the one run of text (LRI/FSI ... PDI).
BDI_OPENING = re.compile(r"<bdi(?P<attributes>\s[^>]*)?>")
LEFT_TO_RIGHT_ISOLATE, FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2066", "\u2068", "\u2069"


def bdi_as_isolates(html: str) -> str:
    """Every <bdi> (from the `isolate` and `translated` filters) as LRI or FSI ... PDI."""

    def opening(match: re.Match) -> str:
        ltr = 'dir="ltr"' in (match.group("attributes") or "")
        return LEFT_TO_RIGHT_ISOLATE if ltr else FIRST_STRONG_ISOLATE

    return BDI_OPENING.sub(opening, html).replace("</bdi>", POP_DIRECTIONAL_ISOLATE)


# The reports' <style> elements (templates/reports/base.html and each report's own block), parsed
# once per process rather than once per PDF. Reports only ever write a bare <style>: content is
# escaped, so no report content can open one.
STYLE_ELEMENT = re.compile(r"<style>(?P<css>.*?)</style>", re.DOTALL)
# A few distinct sheets per report kind (language, restricted or not): this bounds the cache
# should templates ever vary more.
MAX_CACHED_STYLESHEETS = 64


class Renderer:
    """What stays the same from one PDF to the next: the fonts Pango has loaded and shaped with
    (a FontConfiguration), the fetcher, and the reports' parsed style sheets. WeasyPrint otherwise
    loads all fonts and parses the CSS again for every document."""

    def __init__(self) -> None:
        self.font_config = FontConfiguration()
        self.fetcher = PortalStaticFetcher(allowed_protocols=[STATIC_SCHEME])
        self.stylesheets: dict[str, weasyprint.CSS] = {}

    def stylesheet(self, css: str) -> weasyprint.CSS:
        sheet = self.stylesheets.get(css)
        if sheet is None:
            if len(self.stylesheets) >= MAX_CACHED_STYLESHEETS:
                self.stylesheets.clear()
            # The document's fetcher: an @import is refused here as it would be there.
            sheet = weasyprint.CSS(
                string=css, url_fetcher=self.fetcher, font_config=self.font_config, base_url=None
            )
            self.stylesheets[css] = sheet
        return sheet

    def write_pdf(self, html: str) -> bytes:
        # Passed as stylesheets, the <style> sheets become WeasyPrint's "user" sheets: with no
        # author sheet left in the document, they still win over its user-agent sheet and keep
        # their order among themselves, so the cascade is the same as with the <style> elements.
        stylesheets = [self.stylesheet(match["css"]) for match in STYLE_ELEMENT.finditer(html)]
        document = weasyprint.HTML(
            string=STYLE_ELEMENT.sub("", html), url_fetcher=self.fetcher, base_url=None
        )
        return document.write_pdf(stylesheets=stylesheets, font_config=self.font_config)


# One renderer per thread: Pango's font map is not to be shared between threads (the worker and
# gunicorn's sync workers have one thread; runserver and a threaded server may render at once).
_local = threading.local()


_frozen = threading.Event()


def renderer() -> Renderer:
    if not hasattr(_local, "renderer"):
        _local.renderer = Renderer()
        if not _frozen.is_set():
            _frozen.set()
            # Once per process, with Django, WeasyPrint and the fonts loaded: the collector
            # then leaves these long-lived objects alone, where each full collection (every few
            # reports) walked them all again, 20-30 ms at a time, 5-10 % of a session report.
            gc.collect()
            gc.freeze()
    return _local.renderer


def html_to_pdf(html: str) -> bytes:
    return renderer().write_pdf(bdi_as_isolates(html))

"""Languages on the page (README "Right to left"): directions, fallbacks, sorting.

- `{{ indicator.code|isolate }}`: a code, a number with dots, an e-mail, a phone number, a URL,
  a file extension or a Latin acronym keeps its own order inside Arabic text ("2.2.a", not "a.2.2").
  In an interface string: `{% blocktranslate with code=plan.code|isolate %}`.
- `{{ session|translated:"title" }}`: a translated content field; when the page's language has no
  text and the English is shown instead, it is marked `lang="en" dir="ltr"` (WCAG 3.1.2).
- `<p{{ session|fallback_lang:"summary" }}>`: the same mark, as attributes of an element the
  template already has (for fields shown through other filters, such as `paragraphs`).
"""

import re

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, get_language_bidi
from modeltranslation.utils import build_localized_fieldname

from crimex_portal.collation import sorted_for_language
from crimex_portal.text import isolated

register = template.Library()

FALLBACK_LANGUAGE = "en"


@register.filter
def isolate(value) -> SafeString | str:
    """`<bdi>`: the browser (and, through the PDF renderer, WeasyPrint) lays the value out on its
    own, so that neither its dots nor its brackets join the Arabic around it."""
    if value is None or value == "":
        return ""
    return format_html("<bdi>{}</bdi>", value)


def uses_fallback(instance, field: str) -> bool:
    """True when the active language's version of the field is empty and modeltranslation shows
    the English instead (no query: every language's value is on the instance already)."""
    language = (get_language() or FALLBACK_LANGUAGE).split("-")[0]
    if language == FALLBACK_LANGUAGE or instance is None:
        return False
    localized = build_localized_fieldname(field, language)
    if not hasattr(instance, localized):
        return False
    own = getattr(instance, localized)
    return (own is None or own == "") and bool(getattr(instance, field, ""))


@register.filter
def fallback_lang(instance, field: str) -> SafeString:
    """` lang="en" dir="ltr"` for the element that shows a field fallen back to English."""
    if uses_fallback(instance, field):
        return mark_safe(f' lang="{FALLBACK_LANGUAGE}" dir="ltr"')  # noqa: S308 - constant
    return mark_safe("")


@register.filter
def translated(instance, field: str) -> SafeString | str:
    """The field's text, inside `<bdi lang="en" dir="ltr">` when it is the English fallback;
    otherwise with its Latin runs isolated on right-to-left pages (`latin_runs`)."""
    value = getattr(instance, field, "") if instance is not None else ""
    if value is None or value == "":
        return ""
    if uses_fallback(instance, field):
        return format_html('<bdi lang="{}" dir="ltr">{}</bdi>', FALLBACK_LANGUAGE, value)
    return latin_runs(value)


@register.filter
def collated(items, attribute: str = "name") -> list:
    """`{% for country in session.participating_countries.all|collated:"name" %}`: what a page
    already holds, in the active language's order (crimex_portal/collation.py), no query more."""
    return sorted_for_language(items, key=lambda item: getattr(item, attribute, "") or "")


# A word with no Arabic letter and at least one Latin letter or digit ("UNODC", "I-24/7",
# "j.smith@example.org", "+33", "2.2.a"); a run is such words separated by single spaces.
NOT_ARABIC = r"[^\s\u0600-\u06ff\u0750-\u077f]"
LATIN_WORD = rf"{NOT_ARABIC}*[A-Za-z0-9\u00c0-\u024f]{NOT_ARABIC}*"
LATIN_RUN = re.compile(rf"{LATIN_WORD}(?: {LATIN_WORD})*")
# Punctuation that belongs to the Arabic sentence around the run, not to the run (a leading dot
# stays: ".ics").
LEADING_PUNCTUATION = "([«\"'"
TRAILING_PUNCTUATION = ")]»\"',;:!?.،؛"


def _run_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The run without the sentence's punctuation around it."""
    while start < end and text[start] in LEADING_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in TRAILING_PUNCTUATION:
        run = text[start:end]
        if run[-1] == ")" and run.count("(") >= run.count(")"):
            break  # "(UNODC)": the run's own bracket
        end -= 1
    return start, end


def _isolated_text(text: str, start: int, end: int) -> str:
    inner_start, inner_end = _run_span(text, start, end)
    if inner_start == inner_end:
        return text[start:end]
    return text[start:inner_start] + isolated(text[inner_start:inner_end]) + text[inner_end:end]


@register.filter
def latin_runs(text, mode: str = "html") -> SafeString | str:
    """On right-to-left pages, each Latin run of a free text or a translated interface string
    ("د. John Smith (UNODC)", "(.ics)") isolated in `<bdi dir="ltr">`, so that its words, dots
    and digits keep their order; `latin_runs:"text"` for plain text (e-mails) uses Unicode's
    LRI ... PDI. In left-to-right languages, the text as it is."""
    if not text or not get_language_bidi():
        return text or ""
    text = str(text)
    if mode == "text":
        return LATIN_RUN.sub(lambda match: _isolated_text(text, *match.span()), text)
    html, last = [], 0
    for match in LATIN_RUN.finditer(text):
        start, end = _run_span(text, *match.span())
        if start == end:
            continue
        html.append(escape(text[last:start]))
        html.append(format_html('<bdi dir="ltr">{}</bdi>', text[start:end]))
        last = end
    html.append(escape(text[last:]))
    return mark_safe("".join(html))  # noqa: S308 - every piece escaped

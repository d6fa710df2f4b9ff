"""Render the pages' plain-text markup as HTML, escaping everything the author wrote."""

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from crimex_portal.pages.templatetags.languages import latin_runs

register = template.Library()

LIST_MARK = "- "


def _text(text: str) -> SafeString:
    """Escaped; on right-to-left pages with its Latin runs isolated (README "Right to left")."""
    return conditional_escape(latin_runs(text))


@register.filter
def paragraphs(text: str) -> SafeString:
    """Blank lines separate blocks; a block whose lines all start with "- " is a list."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    html = []
    for block in filter(None, blocks):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if all(line.startswith(LIST_MARK) for line in lines):
            items = format_html_join("", "<li>{}</li>", ((_text(line[2:]),) for line in lines))
            html.append(format_html("<ul>{}</ul>", items))
        else:
            html.append(format_html("<p>{}</p>", _text(" ".join(lines))))
    return mark_safe("\n".join(html))  # noqa: S308 - every piece went through format_html

from django import template

from crimex_portal.reports.pdf import static_url

register = template.Library()


@register.simple_tag
def pdf_static(path: str) -> str:
    """A static file as report templates must name it: the only URLs WeasyPrint may fetch."""
    return static_url(path)

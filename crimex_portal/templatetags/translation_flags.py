"""Marks a translated text whose English changed since it was translated.

    <p{% translation_flag session "summary" %}>{{ session.summary }}
      {% translation_note session "summary" %}</p>

Both read the row's own record (crimex_portal/translations/content.py): no query.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from crimex_portal.translations.content import is_outdated

register = template.Library()


def _outdated(instance, name: str) -> bool:
    return instance is not None and is_outdated(instance, name, (get_language() or "en")[:2])


@register.simple_tag
def translation_flag(instance, name: str) -> SafeString:
    """The attribute that marks the element showing an outdated translation."""
    return mark_safe(" data-translation-outdated" if _outdated(instance, name) else "")  # noqa: S308


@register.simple_tag
def translation_note(instance, name: str) -> SafeString:
    """The visible note after an outdated translation."""
    if not _outdated(instance, name):
        return SafeString("")
    return format_html(
        '<span class="translation-outdated" role="note">{}</span>',
        _("the translation may be outdated"),
    )


@register.filter
def model_label(instance) -> str:
    return instance._meta.label

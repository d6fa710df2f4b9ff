from typing import ClassVar

from django.contrib import admin

from crimex_portal.translations.admin import TabbedTranslationAdmin
from glossary.models import GlossaryEntry


@admin.register(GlossaryEntry)
class GlossaryEntryAdmin(TabbedTranslationAdmin):
    list_display = ("term", "term_fr", "term_ar", "domain", "source")
    list_filter = ("domain",)
    search_fields = ("term_en", "term_fr", "term_ar", "slug")
    prepopulated_fields: ClassVar[dict] = {"slug": ("term_en",)}

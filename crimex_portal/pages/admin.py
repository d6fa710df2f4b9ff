from django.contrib import admin

from crimex_portal.pages.models import Page
from crimex_portal.translations.admin import TabbedTranslationAdmin


@admin.register(Page)
class PageAdmin(TabbedTranslationAdmin):
    list_display = ("title", "slug", "updated_at")
    search_fields = ("title", "body")
    readonly_fields = ("updated_at",)

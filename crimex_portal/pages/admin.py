from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from crimex_portal.pages.models import Page


@admin.register(Page)
class PageAdmin(TabbedTranslationAdmin):
    list_display = ("title", "slug", "updated_at")
    search_fields = ("title", "body")
    readonly_fields = ("updated_at",)

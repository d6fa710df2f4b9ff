from django.contrib import admin

from crimex_portal.pages.models import Page, StrategyObjective
from crimex_portal.translations.admin import TabbedTranslationAdmin


@admin.register(Page)
class PageAdmin(TabbedTranslationAdmin):
    list_display = ("title", "slug", "updated_at")
    search_fields = ("title", "body")
    readonly_fields = ("updated_at",)


@admin.register(StrategyObjective)
class StrategyObjectiveAdmin(TabbedTranslationAdmin):
    list_display = ("number", "title", "crime_area")
    list_select_related = ("crime_area",)
    search_fields = ("title", "objective", "considerations")
    fields = ("number", "crime_area", "title", "objective", "considerations")

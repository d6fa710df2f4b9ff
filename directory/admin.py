from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from directory.models import Country, CrimeArea, Organisation


@admin.register(Country)
class CountryAdmin(TabbedTranslationAdmin):
    list_display = ("name", "iso_code", "group")
    list_filter = ("group",)
    search_fields = ("name", "iso_code")


@admin.register(Organisation)
class OrganisationAdmin(TabbedTranslationAdmin):
    list_display = ("acronym", "name", "kind", "country")
    list_filter = ("kind", "country")
    search_fields = ("name", "acronym")
    list_select_related = ("country",)
    autocomplete_fields = ("country",)


@admin.register(CrimeArea)
class CrimeAreaAdmin(TabbedTranslationAdmin):
    list_display = ("name", "category", "order")
    list_filter = ("category",)
    list_editable = ("order",)
    search_fields = ("name", "slug")

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from sessions.models import Session


@admin.register(Session)
class SessionAdmin(TabbedTranslationAdmin):
    list_display = ("__str__", "title", "start_date", "end_date", "status", "is_published")
    list_filter = ("status", "kind", "is_published")
    search_fields = ("title", "summary", "venue_city")
    date_hierarchy = "start_date"
    list_select_related = ("venue_country",)
    autocomplete_fields = ("venue_country",)
    save_as = True
    fieldsets = (
        (None, {"fields": ("number", "part", "kind", "title", "summary")}),
        (
            _("When and where"),
            {"fields": ("start_date", "end_date", "venue_city", "venue_country")},
        ),
        (_("Status"), {"fields": ("status", "is_published")}),
    )

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from crimex_portal.translations.admin import TabbedTranslationAdmin
from directory.models import (
    Contact,
    ContactRevision,
    ContactRole,
    Country,
    CrimeArea,
    Language,
    Organisation,
    OutdatedReport,
)


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


class ContactRevisionInline(admin.TabularInline):
    model = ContactRevision
    extra = 0
    can_delete = False
    fields = ("changed_at", "changed_by", "changes")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class OutdatedReportInline(admin.TabularInline):
    model = OutdatedReport
    extra = 0
    fields = ("comment", "reported_by", "created_at", "resolved_at", "resolved_by")
    readonly_fields = ("reported_by", "created_at", "resolved_by")


@admin.register(Contact)
class ContactAdmin(TabbedTranslationAdmin):
    list_display = ("name", "organisation", "country", "last_verified", "consent_date", "is_demo")
    list_filter = ("country", "roles", "handles_urgent_requests", "is_demo", "organisation__kind")
    list_select_related = ("organisation", "country")
    search_fields = ("name", "search_text", "email")
    autocomplete_fields = ("organisation", "country", "user")
    filter_horizontal = ("roles", "specialisations", "languages")
    readonly_fields = ("consent_recorded_by", "updated_at")
    inlines = (OutdatedReportInline, ContactRevisionInline)
    fieldsets = (
        (
            None,
            {"fields": ("name", "title", "function", "organisation", "country", "user", "is_demo")},
        ),
        (
            _("Network"),
            {"fields": ("roles", "specialisations", "languages", "handles_urgent_requests")},
        ),
        (
            _("Contact details and who sees them"),
            {
                "fields": (
                    ("email", "email_visibility"),
                    ("phone", "phone_visibility"),
                    ("mobile", "mobile_visibility"),
                    ("address", "address_visibility"),
                )
            },
        ),
        (
            _("Freshness and data protection"),
            {
                "fields": (
                    "last_verified",
                    "consent_date",
                    "consent_recorded_by",
                    "updated_at",
                )
            },
        ),
    )

    def save_model(self, request, obj: Contact, form, change: bool) -> None:
        if "consent_date" in form.changed_data and obj.consent_date:
            obj.consent_recorded_by = request.user  # who recorded the consent, for the record
        super().save_model(request, obj, form, change)


@admin.register(ContactRole)
class ContactRoleAdmin(TabbedTranslationAdmin):
    list_display = ("name", "code", "order")


@admin.register(Language)
class LanguageAdmin(TabbedTranslationAdmin):
    list_display = ("name", "code")
    search_fields = ("name", "code")

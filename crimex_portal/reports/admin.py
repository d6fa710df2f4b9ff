from django.contrib import admin

from crimex_portal.reports.models import Report


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    """Read-only: reports are made by the portal, and deleted by the periodic clean-up."""

    list_display = ("title", "kind", "language", "status", "requested_by", "created_at", "size")
    list_filter = ("status", "kind", "language")
    list_select_related = ("requested_by",)
    search_fields = ("title", "target_key")
    exclude = ("html", "file")  # the file has no URL: it is downloaded from the report's page
    readonly_fields = (
        "kind",
        "target_key",
        "language",
        "title",
        "status",
        "requested_by",
        "created_at",
        "started_at",
        "finished_at",
        "attempts",
        "error",
        "size",
    )

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

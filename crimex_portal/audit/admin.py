from django.contrib import admin
from django.http import HttpRequest

from crimex_portal.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: staff with the view permission read the trail; nobody adds, edits or deletes."""

    list_display = ("created_at", "action", "actor_email", "target_repr", "ip_address")
    list_filter = ("action", ("created_at", admin.DateFieldListFilter))
    search_fields = ("actor_email", "target_repr", "ip_address")
    date_hierarchy = "created_at"
    list_select_related = ("actor", "target_type")
    actions = None
    # The trail only grows: counting every row on each page would get slower and slower.
    show_full_result_count = False

    def get_readonly_fields(self, request: HttpRequest, obj: AuditEvent | None = None) -> list[str]:
        return [field.name for field in self.model._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AuditEvent | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AuditEvent | None = None) -> bool:
        return False

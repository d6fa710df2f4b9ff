from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from crimex_portal.translations.admin import TabbedTranslationAdmin
from library.models import LibraryDocument, LibraryFile


class LibraryFileInline(admin.TabularInline):
    model = LibraryFile
    extra = 1
    fields = ("language", "file", "text_status")
    readonly_fields = ("text_status",)


@admin.register(LibraryDocument)
class LibraryDocumentAdmin(TabbedTranslationAdmin):
    list_display = ("title", "kind", "date", "visibility", "languages", "file_supplied")
    list_filter = ("kind", "visibility", "countries")
    search_fields = ("title", "description")
    date_hierarchy = "date"
    autocomplete_fields = ("countries", "sessions", "actions")
    inlines = (LibraryFileInline,)
    readonly_fields = ("source_note",)
    fieldsets = (
        (None, {"fields": ("title", "description", "kind", "date", "visibility")}),
        (_("What it concerns"), {"fields": ("countries", "sessions", "actions", "source_note")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("files")

    @admin.display(description=_("language versions"))
    def languages(self, document: LibraryDocument) -> str:
        return ", ".join(sorted(file.language for file in document.files.all())) or "—"

    @admin.display(description=_("file supplied"), boolean=True)
    def file_supplied(self, document: LibraryDocument) -> bool:
        return bool(document.files.all())

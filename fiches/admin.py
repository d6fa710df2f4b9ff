from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from crimex_portal.revisions import differences, snapshot
from crimex_portal.translations.admin import TabbedTranslationAdmin
from fiches.forms import FicheEditorAssignmentForm
from fiches.models import (
    Channel,
    Fiche,
    FicheEditorAssignment,
    FicheRevision,
    Instrument,
    Measure,
    MeasureGroup,
)
from fiches.services import fiche_editor_assign


@admin.register(MeasureGroup)
class MeasureGroupAdmin(TabbedTranslationAdmin):
    list_display = ("code", "name", "order")
    list_editable = ("order",)


@admin.register(Measure)
class MeasureAdmin(TabbedTranslationAdmin):
    list_display = ("code", "name", "group", "order")
    list_filter = ("group",)
    list_select_related = ("group",)
    search_fields = ("code", "name")
    filter_horizontal = ("contact_roles",)


@admin.register(Instrument)
class InstrumentAdmin(TabbedTranslationAdmin):
    list_display = ("short_name", "kind", "year")
    list_filter = ("kind",)
    search_fields = ("short_name", "name", "slug")


@admin.register(Channel)
class ChannelAdmin(TabbedTranslationAdmin):
    list_display = ("name", "code", "order")


class FicheRevisionInline(admin.TabularInline):
    model = FicheRevision
    extra = 0
    can_delete = False
    fields = ("changed_at", "changed_by", "reviewed", "changed_fields", "changes")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("changed fields"))
    def changed_fields(self, revision: FicheRevision) -> str:
        return ", ".join(revision.changed_labels)


@admin.register(Fiche)
class FicheAdmin(TabbedTranslationAdmin):
    list_display = ("country", "measure", "applicability", "last_reviewed_on", "is_demo")
    list_filter = ("country", "measure__group", "applicability", "is_demo")
    list_select_related = ("country", "measure")
    search_fields = ("measure__code", "measure__name", "country__name", "country__iso_code")
    autocomplete_fields = ("country", "receiving_authority", "executing_authority")
    filter_horizontal = ("accepted_languages", "channels", "instruments")
    readonly_fields = ("last_reviewed_by", "updated_at")
    inlines = (FicheRevisionInline,)
    fieldsets = (
        (None, {"fields": ("country", "measure", "is_demo")}),
        (
            _("1. Is this measure possible?"),
            {"fields": ("applicability", "national_description", "alternative_measure")},
        ),
        (
            _("2. Legal framework"),
            {"fields": ("national_law", "instruments", "legal_framework_remarks")},
        ),
        (
            _("3. Competent authority"),
            {"fields": ("receiving_authority", "executing_authority", "authority_remarks")},
        ),
        (
            _("4. Languages and channel"),
            {
                "fields": (
                    "accepted_languages",
                    "language_remarks",
                    "channels",
                    "channel_remarks",
                )
            },
        ),
        (
            _("5. Practical information"),
            {
                "fields": (
                    "dual_criminality",
                    "formal_requirements",
                    "costs",
                    "urgent_procedure",
                    "execution_deadline",
                    "other_information",
                )
            },
        ),
        (
            _("Review"),
            {"fields": ("last_reviewed_on", "reviewer_label", "last_reviewed_by", "updated_at")},
        ),
    )

    def save_model(self, request, obj: Fiche, form, change: bool) -> None:
        if change:
            # Read before saving: the history keeps what each changed field held.
            form.revision_before = snapshot(Fiche.objects.get(pk=obj.pk), form.changed_data)
        if "last_reviewed_on" in form.changed_data:
            obj.last_reviewed_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        before = getattr(form, "revision_before", None)
        if before:
            changes = differences(before, snapshot(form.instance, form.changed_data))
            if changes:
                FicheRevision.objects.create(
                    fiche=form.instance,
                    changed_by=request.user,
                    changes=changes,
                    reviewed="last_reviewed_on" in changes,
                )


@admin.register(FicheEditorAssignment)
class FicheEditorAssignmentAdmin(admin.ModelAdmin):
    """PMT staff make a Country fiche editor the editor of a country's fiches (an editor may have
    several countries). To change one, delete it and add another: the trail keeps both."""

    form = FicheEditorAssignmentForm
    list_display = ("user", "country", "assigned_by", "assigned_at")
    list_filter = ("country",)
    list_select_related = ("user", "country", "assigned_by")
    search_fields = ("user__email", "user__first_name", "user__last_name", "country__name")
    autocomplete_fields = ("user", "country")
    readonly_fields = ("assigned_by", "assigned_at")

    def has_change_permission(self, request, obj=None) -> bool:
        return False if obj is not None else super().has_change_permission(request, obj)

    def save_model(self, request, obj: FicheEditorAssignment, form, change: bool) -> None:
        assignment = fiche_editor_assign(user=obj.user, country=obj.country, by=request.user)
        obj.__dict__.update(assignment.__dict__)

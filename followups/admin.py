from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from actionplans.models import Action, Indicator
from followups.models import Decision, FollowUp, FollowUpChange
from followups.services import followup_status_recorded


def _plan_choices(formfield):
    """Actions and indicators named with their plan, in one query each."""
    if formfield is not None and formfield.queryset.model is Action:
        formfield.queryset = Action.objects.select_related("goal__plan")
    if formfield is not None and formfield.queryset.model is Indicator:
        formfield.queryset = Indicator.objects.select_related("action__goal__plan")
    return formfield


FOLLOWUP_FIELDS = (
    "order",
    "what",
    ("owner_country", "owner_organisation", "owner_member"),
    "due_date",
    ("status", "status_note"),
    "actions",
    "indicators",
)


class FollowUpInline(TranslationStackedInline):
    model = FollowUp
    extra = 1
    fields = FOLLOWUP_FIELDS
    raw_id_fields = ("owner_member",)
    show_change_link = True

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        return _plan_choices(super().formfield_for_manytomany(db_field, request, **kwargs))


@admin.register(Decision)
class DecisionAdmin(TabbedTranslationAdmin):
    list_display = ("__str__", "session", "agenda_item", "is_reconstructed")
    list_filter = ("session", "is_reconstructed")
    search_fields = ("text",)
    fields = ("session", "agenda_item", "order", "text", "is_reconstructed")
    inlines = (FollowUpInline,)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "agenda_item":
            field.queryset = field.queryset.select_related("session")
        return field

    def save_formset(self, request: HttpRequest, form, formset, change: bool) -> None:
        changed_status = {
            inline.instance.pk
            for inline in formset.forms
            if inline.instance.pk and {"status", "status_note"} & set(inline.changed_data)
        }
        instances = formset.save()
        for followup in instances:
            if isinstance(followup, FollowUp) and (
                followup.pk in changed_status or not followup.changes.exists()
            ):
                followup_status_recorded(followup=followup, by=request.user)


class FollowUpChangeInline(admin.TabularInline):
    model = FollowUpChange
    extra = 0
    fields = ("changed_at", "changed_by", "status", "note")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(FollowUp)
class FollowUpAdmin(TabbedTranslationAdmin):
    list_display = ("__str__", "decision", "owner_label", "due_date", "status")
    list_filter = ("status", "decision__session")
    search_fields = ("what",)
    fields = ("decision", *FOLLOWUP_FIELDS)
    raw_id_fields = ("owner_member",)
    inlines = (FollowUpChangeInline,)

    @admin.display(description=_("owner"))
    def owner_label(self, followup: FollowUp) -> str:
        return followup.owner_label

    def get_queryset(self, request: HttpRequest):
        return (
            super()
            .get_queryset(request)
            .select_related(
                "decision__session", "owner_country", "owner_organisation", "owner_member"
            )
        )

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        return _plan_choices(super().formfield_for_manytomany(db_field, request, **kwargs))

    def save_model(self, request: HttpRequest, obj: FollowUp, form, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if not change or {"status", "status_note"} & set(form.changed_data):
            followup_status_recorded(followup=obj, by=request.user)

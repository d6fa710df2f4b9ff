from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from actionplans.models import (
    Action,
    ActionPlan,
    Indicator,
    ProgressUpdate,
    ProgressUpdateRevision,
    ReportingPeriod,
    StrategicGoal,
)


class GoalInline(TranslationStackedInline):
    model = StrategicGoal
    extra = 0
    fields = ("number", "title")
    show_change_link = True


@admin.register(ActionPlan)
class ActionPlanAdmin(TabbedTranslationAdmin):
    list_display = ("code", "title")
    fields = ("code", "title", "short_title", "crime_areas", "period_start", "period_end")
    filter_horizontal = ("crime_areas",)
    inlines = (GoalInline,)


class IndicatorInline(TranslationStackedInline):
    model = Indicator
    extra = 0
    fields = (("code", "order", "kind"), "text", ("baseline", "target", "unit"), "data_source")


@admin.register(Action)
class ActionAdmin(TabbedTranslationAdmin):
    list_display = ("__str__", "goal", "short_description")
    list_filter = ("goal__plan", "goal")
    list_select_related = ("goal__plan",)
    search_fields = ("reference", "description", "indicators__text")
    autocomplete_fields = ("entities", "sessions")
    fields = (
        "goal",
        "reference",
        "order",
        "description",
        "sub_points",
        "entities",
        "data_sources",
        "observation",
        "sessions",
    )
    inlines = (IndicatorInline,)

    @admin.display(description=_("description"))
    def short_description(self, action: Action) -> str:
        return action.description[:90]


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(admin.ModelAdmin):
    list_display = ("name", "start", "end", "is_locked", "is_demo")
    list_editable = ("is_locked",)


class RevisionInline(admin.TabularInline):
    model = ProgressUpdateRevision
    extra = 0
    can_delete = False
    fields = ("changed_at", "changed_by", "change", "snapshot")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ProgressUpdate)
class ProgressUpdateAdmin(admin.ModelAdmin):
    """Read-only here: coordinators and reviewers work on the portal's pages, which keep the
    history; the admin is for looking things up."""

    list_display = ("indicator", "period", "country", "status", "value", "review", "author")
    list_filter = (
        "review",
        "status",
        "period",
        "indicator__action__goal__plan",
        "country",
        "is_demo",
    )
    list_select_related = ("indicator", "period", "country", "author")
    search_fields = ("indicator__code", "narrative", "author__email")
    inlines = (RevisionInline,)

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

import secrets
from pathlib import Path

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from actionplans.forms import PlanImportForm
from actionplans.import_changes import FileChanges, plan_file_changes
from actionplans.importing import PlanTableError, listed_problems
from actionplans.models import (
    Action,
    ActionEntity,
    ActionPlan,
    Indicator,
    ProgressUpdate,
    ProgressUpdateRevision,
    ReportingPeriod,
    StrategicGoal,
)
from actionplans.services import (
    PlanChangedError,
    pending_plan_file_delete,
    pending_plan_file_read,
    pending_plan_file_save,
    plan_file_import,
)
from crimex_portal.translations.admin import TabbedTranslationAdmin, TranslationStackedInline

# Everything an import may do to a plan.
IMPORT_PERMISSIONS = (
    "actionplans.add_actionplan",
    "actionplans.change_actionplan",
    "actionplans.add_action",
    "actionplans.change_action",
    "actionplans.delete_action",
    "actionplans.add_indicator",
    "actionplans.change_indicator",
    "actionplans.delete_indicator",
)
PENDING_IMPORT = "actionplans_pending_import"  # session key: the upload waiting for confirmation


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

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="actionplans_actionplan_import",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request: HttpRequest, extra_context=None) -> HttpResponse:
        can_import = request.user.has_perms(IMPORT_PERMISSIONS)
        return super().changelist_view(request, {**(extra_context or {}), "can_import": can_import})

    def import_view(self, request: HttpRequest) -> HttpResponse:
        """Upload -> preview of every change and problem -> confirm. The file waits in private
        storage under a name the portal made, known only to this session."""
        if not request.user.has_perms(IMPORT_PERMISSIONS):
            raise PermissionDenied
        if request.method == "POST" and "confirm" in request.POST:
            return self._confirm_import(request)
        form = PlanImportForm(request.POST or None, request.FILES or None)
        preview = None
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read()
            language = form.cleaned_data["language"]
            preview = plan_file_changes(data=data, filename=upload.name, language=language)
            self._forget_pending(request)
            if not preview.problems:
                request.session[PENDING_IMPORT] = {
                    "token": secrets.token_urlsafe(24),
                    "name": pending_plan_file_save(data=data, suffix=Path(upload.name).suffix),
                    "filename": upload.name[:200],
                    "language": language,
                    "digest": preview.digest,
                }
        return self._import_page(request, form, preview)

    def _confirm_import(self, request: HttpRequest) -> HttpResponse:
        pending = request.session.get(PENDING_IMPORT)
        token = request.POST.get("token", "")
        if not pending or not secrets.compare_digest(token, pending.get("token", "")):
            messages.error(request, _("Nothing to import: upload the file and check its preview."))
            return redirect("admin:actionplans_actionplan_import")
        data = pending_plan_file_read(pending["name"])
        if data is None:
            self._forget_pending(request)
            messages.error(request, _("The uploaded file is no longer here: upload it again."))
            return redirect("admin:actionplans_actionplan_import")
        try:
            changes = plan_file_import(
                data=data,
                filename=pending["filename"],
                language=pending["language"],
                expected_digest=pending["digest"],
                request=request,
                via="admin",
            )
        except PlanChangedError as error:
            pending["digest"] = error.changes.digest
            request.session[PENDING_IMPORT] = pending
            messages.warning(
                request,
                _("The plan changed since the preview: check these changes before you confirm."),
            )
            return self._import_page(request, PlanImportForm(), error.changes)
        except PlanTableError as error:
            self._forget_pending(request)
            return self._import_page(
                request,
                PlanImportForm(),
                FileChanges(language=pending["language"], problems=error.problems),
            )
        self._forget_pending(request)
        for plan in changes.plans:
            messages.success(
                request,
                _(
                    "Action Plan %(code)s imported: %(created)s created, %(updated)s updated, "
                    "%(removed)s removed, %(unchanged)s unchanged."
                )
                % {"code": plan.plan.code, **plan.summary()},
            )
        return redirect("admin:actionplans_actionplan_changelist")

    def _forget_pending(self, request: HttpRequest) -> None:
        pending = request.session.pop(PENDING_IMPORT, None)
        if pending:
            pending_plan_file_delete(pending.get("name", ""))

    def _import_page(
        self, request: HttpRequest, form: PlanImportForm, preview: FileChanges | None
    ) -> HttpResponse:
        pending = request.session.get(PENDING_IMPORT)
        notes = []
        if preview:
            notes = preview.notes + [note for plan in preview.plans for note in plan.notes]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import a plan"),
            "form": form,
            "preview": preview,
            "problems": listed_problems(preview.problems) if preview else [],
            "notes": listed_problems(notes),
            "token": pending["token"] if pending and preview and not preview.problems else "",
            "changelist_url": reverse("admin:actionplans_actionplan_changelist"),
        }
        return TemplateResponse(request, "admin/actionplans/actionplan/import.html", context)


class IndicatorInline(TranslationStackedInline):
    model = Indicator
    extra = 0
    fields = (
        ("code", "order", "kind"),
        "text",
        "editorial_note",
        ("baseline", "target", "unit"),
        "data_source",
    )


class ActionEntityInline(admin.TabularInline):
    model = ActionEntity
    extra = 0
    fields = ("position", "organisation")
    autocomplete_fields = ("organisation",)


@admin.register(Action)
class ActionAdmin(TabbedTranslationAdmin):
    list_display = ("__str__", "goal", "short_description")
    list_filter = ("goal__plan", "goal")
    list_select_related = ("goal__plan",)
    search_fields = ("reference", "description", "indicators__text")
    autocomplete_fields = ("sessions",)
    fields = (
        "goal",
        "reference",
        "order",
        "description",
        "sub_points",
        "data_sources",
        "observation",
        "sessions",
    )
    inlines = (ActionEntityInline, IndicatorInline)

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

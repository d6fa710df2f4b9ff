from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from crimex_portal.translations.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)
from sessions.forms import AgendaItemForm, AgendaItemFormSet
from sessions.models import (
    AgendaItem,
    Registration,
    Session,
    SessionDocument,
    SessionExpert,
    SessionObjective,
    SessionOutcome,
)
from sessions.preparation import as_draft, session_prepare_next
from sessions.release_admin import AgendaReleaseAdminMixin
from sessions.releases import working_agenda_changed
from sessions.selectors import agenda_days
from sessions.services import record_publication, registrations_promote, sessions_publish
from sessions.timetable import (
    DOWN,
    UP,
    TimetableInvalid,
    rows_by_day,
    timetable_formset,
    timetable_save,
)

LANGUAGE_CHOICES_WIDGET = forms.CheckboxSelectMultiple


class SessionAdminForm(forms.ModelForm):
    working_languages = forms.MultipleChoiceField(
        label=_("working languages"), required=False, widget=LANGUAGE_CHOICES_WIDGET
    )
    interpretation_languages = forms.MultipleChoiceField(
        label=_("simultaneous interpretation into"),
        required=False,
        widget=LANGUAGE_CHOICES_WIDGET,
    )

    class Meta:
        model = Session
        fields = ("working_languages", "interpretation_languages")  # the admin adds the rest

    # Set by the admin on "Save as new": the session the copy is made from.
    copy_of: Session | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("working_languages", "interpretation_languages"):
            self.fields[name].choices = settings.LANGUAGES

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.copy_of is not None:
            self._as_draft_copy(cleaned, self.copy_of)
        return cleaned

    @staticmethod
    def _as_draft_copy(cleaned: dict, original: Session) -> None:
        """A copy made with "Save as new" starts the next session: an unpublished, planned
        draft, whose number, dates and title PMT staff have to look at. What they changed on
        the page before saving is kept."""
        as_draft(cleaned, original)
        for code, _name in settings.LANGUAGES:
            name = f"title_{code}"
            title = cleaned.get(name)
            if title and title == getattr(original, name):
                with translation.override(code):
                    cleaned[name] = gettext("%(title)s (copy)") % {"title": title}


class ObjectiveInline(TranslationStackedInline):
    model = SessionObjective
    extra = 0
    fields = ("order", "title", "description")


class ExpertInline(TranslationTabularInline):
    model = SessionExpert
    extra = 0
    fields = ("order", "honorific", "name", "group", "role", "organisation", "affiliation")
    autocomplete_fields = ("organisation",)


class OutcomeInline(TranslationStackedInline):
    model = SessionOutcome
    extra = 0
    fields = ("order", "kind", "title", "description")


class AgendaItemInline(TranslationStackedInline):
    """The timetable: the items of one date are that day; they are kept in time order."""

    model = AgendaItem
    form = AgendaItemForm
    formset = AgendaItemFormSet
    extra = 1
    ordering = ("date", "start_time")
    fields = (
        ("date", "start_time", "end_time", "kind"),
        "title",
        "description",
        "sub_points",
        "speakers",
        "organisations",
        "moderator",
    )
    autocomplete_fields = ("organisations",)


class DocumentInline(TranslationTabularInline):
    model = SessionDocument
    extra = 0
    fields = ("order", "title", "kind", "visibility", "language", "file")


@admin.register(Session)
class SessionAdmin(AgendaReleaseAdminMixin, TabbedTranslationAdmin):
    form = SessionAdminForm
    list_display = (
        "__str__",
        "title",
        "start_date",
        "end_date",
        "venue_city",
        "status",
        "is_published",
    )
    list_editable = ("is_published",)
    list_filter = ("is_published", "status", "kind", "venue_country", "is_demo")
    search_fields = ("title", "summary", "venue_city", "agenda_items__title")
    date_hierarchy = "start_date"
    list_select_related = ("venue_country",)
    autocomplete_fields = (
        "venue_country",
        "participating_countries",
        "participating_organisations",
    )
    # "Save as new": the next session starts from this one, as an unpublished draft without
    # dates, with its agenda but without its documents and registrations.
    save_as = True
    save_on_top = True
    view_on_site = True  # the preview: staff see unpublished sessions on the site
    actions = ("publish", "unpublish", "prepare_next")
    inlines = (ObjectiveInline, ExpertInline, OutcomeInline, AgendaItemInline, DocumentInline)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "number",
                    "part",
                    "kind",
                    "title",
                    "summary",
                    "status",
                    "is_published",
                    "is_demo",
                )
            },
        ),
        (
            _("When and where"),
            {"fields": ("start_date", "end_date", "venue_city", "venue_country", "time_zone")},
        ),
        (
            _("Registration"),
            {"fields": ("registration_opens", "registration_deadline", "registration_capacity")},
        ),
        (
            _("Languages and moderation"),
            {"fields": ("working_languages", "interpretation_languages", "moderation")},
        ),
        (
            _("Content"),
            {
                "fields": (
                    "background",
                    "methodology",
                    "contact",
                    "participating_countries",
                    "participating_organisations",
                )
            },
        ),
    )

    def get_urls(self) -> list:
        def view(method):
            return self.admin_site.admin_view(method)

        return [
            path(
                "<int:object_id>/timetable/",
                view(self.timetable_view),
                name="crimex_sessions_session_timetable",
            ),
            path(
                "<int:object_id>/timetable/preview/",
                view(self.timetable_preview),
                name="crimex_sessions_session_timetable_preview",
            ),
            path(
                "<int:object_id>/prepare-next/",
                view(self.prepare_next_view),
                name="crimex_sessions_session_prepare_next",
            ),
            *super().get_urls(),
        ]

    def _session_to_edit(self, request: HttpRequest, object_id: int) -> Session:
        """The session with its agenda in time order, for staff who may change it."""
        session = (
            Session.objects.filter(pk=object_id)
            .prefetch_related(
                Prefetch(
                    "agenda_items",
                    queryset=AgendaItem.objects.order_by(
                        "date", "start_time", "pk"
                    ).prefetch_related("organisations"),
                )
            )
            .first()
        )
        if session is None:
            raise Http404
        if not self.has_change_permission(request, session):
            raise PermissionDenied
        return session

    def timetable_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        """The compact timetable editor: all the items on one screen, saved all or none."""
        session = self._session_to_edit(request, object_id)
        url = reverse("admin:crimex_sessions_session_timetable", args=[session.pk])
        if request.method == "POST":
            formset = timetable_formset(session, request.POST)
            try:
                changes = timetable_save(
                    session=session, formset=formset, move=_move_asked(request)
                )
            except TimetableInvalid:
                messages.error(
                    request, _("Nothing was saved: correct the rows marked below, then save.")
                )
            else:
                if changes:
                    messages.success(request, _("The timetable is saved."))
                    self.log_change(request, session, [{"changed": {"fields": ["agenda"]}}])
                    if working_agenda_changed(session):
                        messages.info(
                            request,
                            _(
                                "The working agenda differs from the published version: members "
                                "see it once you publish the agenda."
                            ),
                        )
                add = request.POST.get("add", "")
                return redirect(f"{url}?add={int(add)}#new-row" if add.isdigit() else url)
        else:
            add = request.GET.get("add", "")
            formset = timetable_formset(
                session, add_to_day=int(add) if add.isdigit() and int(add) < 100 else None
            )
        days = rows_by_day(session, formset)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": session,
            "title": _("Timetable of the %(session)s") % {"session": session.label},
            "session": session,
            "formset": formset,
            "days": days,
            "new_day": (days[-1].number + 1) if days and not session.has_dates else None,
            "languages": settings.LANGUAGES,
        }
        return render(request, "admin/crimex_sessions/session/timetable.html", context)

    def timetable_preview(self, request: HttpRequest, object_id: int) -> HttpResponse:
        """The agenda day by day, as members will see it on the session's page."""
        session = self._session_to_edit(request, object_id)
        context = {"session": session, "days": agenda_days(session)}
        return render(request, "sessions/timetable_preview.html", context)

    def prepare_next_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        session = self._session_to_edit(request, object_id)
        if not self.has_add_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            draft = session_prepare_next(session=session, request=request)
            messages.success(request, _prepared_message(draft))
            return redirect("admin:crimex_sessions_session_timetable", draft.pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": session,
            "title": _("Prepare the session after the %(session)s") % {"session": session.label},
            "session": session,
        }
        return render(request, "admin/crimex_sessions/session/prepare_next.html", context)

    def _copying(self, request: HttpRequest) -> Session | None:
        """On "Save as new", the session the page showed."""
        if request.method != "POST" or "_saveasnew" not in request.POST:
            return None
        object_id = request.resolver_match.kwargs.get("object_id")
        return self.get_object(request, object_id) if object_id else None

    def get_form(self, request: HttpRequest, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        original = self._copying(request)
        if original is None:
            return form
        return type(form.__name__, (form,), {"copy_of": original})

    def get_inline_instances(self, request: HttpRequest, obj=None) -> list:
        inlines = super().get_inline_instances(request, obj)
        if self._copying(request) is not None:  # documents belong to the session they were for
            inlines = [inline for inline in inlines if not isinstance(inline, DocumentInline)]
        return inlines

    def save_model(self, request: HttpRequest, obj: Session, form, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if (
            change and "registration_capacity" in form.changed_data
        ):  # more places: the waiting move up
            registrations_promote(session=Session.objects.select_for_update().get(pk=obj.pk))
        # The change form's box and the list's column both come here.
        if "is_published" in form.changed_data:
            record_publication(session=obj, published=obj.is_published, request=request)

    def save_related(self, request: HttpRequest, form, formsets, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        if getattr(form, "copy_of", None) is not None:
            messages.info(
                request,
                _(
                    "This copy is an unpublished draft, without documents or registrations. "
                    "Set its dates (its agenda's days move with them), then publish it."
                ),
            )
        if form.instance.pk and working_agenda_changed(form.instance):
            messages.info(
                request,
                _(
                    "The working agenda differs from the published version: members see it "
                    "once you publish the agenda."
                ),
            )

    @admin.action(description=_("Publish the selected sessions"), permissions=("change",))
    def publish(self, request: HttpRequest, queryset: QuerySet[Session]) -> None:
        undated = queryset.filter(start_date__isnull=True).count()
        count = sessions_publish(
            sessions=queryset.filter(start_date__isnull=False), published=True, request=request
        )
        self.message_user(
            request, ngettext("%d session published.", "%d sessions published.", count) % count
        )
        if undated:
            self.message_user(
                request,
                ngettext(
                    "%d session has no dates yet: set them before publishing it.",
                    "%d sessions have no dates yet: set them before publishing them.",
                    undated,
                )
                % undated,
                messages.WARNING,
            )

    @admin.action(description=_("Prepare the next session"), permissions=("add",))
    def prepare_next(self, request: HttpRequest, queryset: QuerySet[Session]):
        drafts = [
            session_prepare_next(session=session, request=request)
            for session in queryset.order_by("number", "part")
        ]
        for draft in drafts:
            self.message_user(request, _prepared_message(draft))
        if len(drafts) == 1:
            return redirect("admin:crimex_sessions_session_timetable", drafts[0].pk)
        return None

    @admin.action(description=_("Unpublish the selected sessions"), permissions=("change",))
    def unpublish(self, request: HttpRequest, queryset: QuerySet[Session]) -> None:
        count = sessions_publish(sessions=queryset, published=False, request=request)
        self.message_user(
            request, ngettext("%d session unpublished.", "%d sessions unpublished.", count) % count
        )


def _move_asked(request: HttpRequest) -> tuple[int, str] | None:
    """ "3:up" from the row's up/down button: (row 3, up)."""
    index, _colon, direction = request.POST.get("move", "").partition(":")
    if index.isdigit() and direction in (UP, DOWN):
        return int(index), direction
    return None


def _prepared_message(draft: Session) -> str:
    return _(
        "The %(session)s is prepared as an unpublished draft without dates: write its agenda, "
        "set its dates, then publish it."
    ) % {"session": draft.label}


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = (
        "user",
        "session",
        "capacity",
        "interpretation_language",
        "is_waiting",
        "created_at",
    )
    list_filter = ("session", "is_waiting", "capacity", "interpretation_language")
    list_select_related = ("user", "session")
    search_fields = ("user__email", "user__last_name", "user__first_name")
    autocomplete_fields = ("user", "session")

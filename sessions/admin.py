from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
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
from sessions.release_admin import AgendaReleaseAdminMixin
from sessions.releases import working_agenda_changed
from sessions.services import record_publication, sessions_publish

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
        cleaned["is_published"] = False
        cleaned["status"] = Session.Status.PLANNED
        part = cleaned.get("part", original.part)
        if cleaned.get("number") == original.number:
            cleaned["number"] = Session.objects.next_free_number(after=original.number, part=part)
        if (cleaned.get("start_date"), cleaned.get("end_date")) == (
            original.start_date,
            original.end_date,
        ):
            cleaned["start_date"] = cleaned["end_date"] = None
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
    actions = ("publish", "unpublish")
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
            {"fields": ("registration_deadline", "registration_capacity")},
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
                    "participating_countries",
                    "participating_organisations",
                )
            },
        ),
    )

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

    @admin.action(description=_("Unpublish the selected sessions"), permissions=("change",))
    def unpublish(self, request: HttpRequest, queryset: QuerySet[Session]) -> None:
        count = sessions_publish(sessions=queryset, published=False, request=request)
        self.message_user(
            request, ngettext("%d session unpublished.", "%d sessions unpublished.", count) % count
        )


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ("user", "session", "capacity", "interpretation_language", "created_at")
    list_filter = ("session", "capacity", "interpretation_language")
    list_select_related = ("user", "session")
    search_fields = ("user__email", "user__last_name", "user__first_name")
    autocomplete_fields = ("user", "session")

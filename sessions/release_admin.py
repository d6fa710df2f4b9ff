"""'Publish the agenda' on the session admin: the warnings, what will change, a comment in each
language, then a new release and the members' e-mails waiting in the outbox."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sessions.models import AgendaItem, AgendaRelease, Session
from sessions.releases import (
    NothingToRelease,
    agenda_publish,
    change_lines,
    compute_changes,
    latest_release,
    release_warnings,
    snapshot_items,
)

PUBLISH_AGENDA = "crimex_sessions.add_agendarelease"


class ReleaseForm(forms.Form):
    warnings_read = forms.BooleanField(
        label=gettext_lazy("I have read the warnings and publish all the same."), required=False
    )

    def __init__(self, *args, warnings: list[str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for code, name in settings.LANGUAGES:
            self.fields[f"comment_{code}"] = forms.CharField(
                label=gettext_lazy("What changed, for readers (%(language)s)") % {"language": name},
                widget=forms.Textarea(attrs={"rows": 3}),
                required=False,
            )
        self.warnings = warnings
        self.fields["warnings_read"].required = bool(warnings)
        if not warnings:
            del self.fields["warnings_read"]


class AgendaReleaseAdminMixin:
    """Mixed into SessionAdmin: the "Publish the agenda" page and its link on the change form
    (templates/admin/crimex_sessions/session/change_form.html)."""

    def get_urls(self):
        return [
            path(
                "<int:object_id>/publish-agenda/",
                self.admin_site.admin_view(self.publish_agenda_view),
                name="crimex_sessions_session_publish_agenda",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request: HttpRequest, object_id, form_url="", extra_context=None):
        extra = {"can_publish_agenda": request.user.has_perm(PUBLISH_AGENDA)}
        if object_id and str(object_id).isdigit():
            latest = AgendaRelease.objects.filter(session_id=object_id).order_by("-number")
            extra["latest_release"] = latest.first()
        return super().change_view(request, object_id, form_url, {**(extra_context or {}), **extra})

    def publish_agenda_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        if not request.user.has_perm(PUBLISH_AGENDA):
            raise PermissionDenied
        session = get_object_or_404(Session, pk=object_id)
        items = snapshot_items(AgendaItem, session.pk)
        previous = latest_release(session)
        warnings = release_warnings(session, items)
        form = ReleaseForm(request.POST or None, warnings=warnings)
        change_url = reverse("admin:crimex_sessions_session_change", args=[session.pk])
        if request.method == "POST" and form.is_valid():
            comment = {
                code: form.cleaned_data[f"comment_{code}"] for code, _name in settings.LANGUAGES
            }
            try:
                release = agenda_publish(
                    session=session, comment=comment, user=request.user, request=request
                )
            except NothingToRelease as nothing:
                messages.warning(request, str(nothing))
                return HttpResponseRedirect(change_url)
            message = release_outbox_message(release)
            text = _("Version %(number)s of the agenda is published.") % {"number": release.number}
            if message is not None:
                count = message.deliveries.count()
                text += " " + ngettext(
                    "%(count)s e-mail to a registered member waits in the outbox for your review.",
                    "%(count)s e-mails to registered members wait in the outbox for your review.",
                    count,
                ) % {"count": count}
            messages.success(request, text)
            if message is not None:
                return HttpResponseRedirect(
                    reverse("admin:notifications_outboxmessage_change", args=[message.pk])
                )
            return HttpResponseRedirect(change_url)
        changes = compute_changes(previous.items if previous else None, items)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Publish the agenda of the %(session)s") % {"session": session.label},
            "session": session,
            "form": form,
            "warnings": warnings,
            "changes": change_lines(changes),
            "unchanged": previous is not None and previous.items == items,
            "next_number": (previous.number + 1) if previous else 1,
            "item_count": len(items),
            "change_url": change_url,
            "changelist_url": reverse("admin:crimex_sessions_session_changelist"),
        }
        template = "admin/crimex_sessions/session/publish_agenda.html"
        return TemplateResponse(request, template, context)


def release_outbox_message(release: AgendaRelease):
    from crimex_portal.notifications.models import OutboxMessage

    return OutboxMessage.objects.filter(key=f"sessions.release:{release.pk}").first()


@admin.register(AgendaRelease)
class AgendaReleaseAdmin(admin.ModelAdmin):
    """Releases are made by "Publish the agenda" and never edited: they are what members read."""

    list_display = ("session", "number", "published_at", "published_by")
    list_filter = ("session",)
    list_select_related = ("session", "published_by")
    fields = ("session", "number", "comment", "published_at", "published_by")
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

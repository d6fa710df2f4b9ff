"""The outbox for PMT: messages waiting for review (edit the common text, preview a recipient's
copy, send or discard), and deliveries that failed (retry)."""

from django.contrib import admin, messages
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from crimex_portal.mail import signature
from crimex_portal.notifications import services
from crimex_portal.notifications.models import Delivery, OutboxMessage
from crimex_portal.translations.admin import TabbedTranslationAdmin


class DeliveryInline(admin.TabularInline):
    model = Delivery
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ("email", "language", "status", "attempts", "last_error", "sent_at")
    readonly_fields = fields
    ordering = ("status", "email")

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(OutboxMessage)
class OutboxMessageAdmin(TabbedTranslationAdmin):
    list_display = (
        "subject",
        "kind",
        "status",
        "recipient_count",
        "failed_count",
        "created_at",
        "created_by",
    )
    list_filter = ("status", "kind")
    list_select_related = ("created_by",)
    search_fields = ("subject",)
    fields = (
        "subject",
        "body",
        "kind",
        "language",
        "status",
        "created_by",
        "created_at",
        "reviewed_by",
        "reviewed_at",
        "preview",
    )
    inlines = (DeliveryInline,)
    actions = ("send_messages", "discard_messages", "retry_failed_deliveries")

    def get_queryset(self, request: HttpRequest) -> QuerySet[OutboxMessage]:
        return (
            super()
            .get_queryset(request)
            .annotate(
                recipients=Count("deliveries"),
                failures=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.FAILED)),
            )
        )

    @admin.display(description=_("recipients"), ordering="recipients")
    def recipient_count(self, obj: OutboxMessage) -> int:
        return obj.recipients

    @admin.display(description=_("failed"), ordering="failures")
    def failed_count(self, obj: OutboxMessage) -> int:
        return obj.failures

    @admin.display(description=_("a recipient's copy"))
    def preview(self, obj: OutboxMessage) -> str:
        delivery = obj.deliveries.order_by("pk").first() if obj.pk else None
        if delivery is None:
            return "–"
        with translation.override(delivery.language):  # signed as it leaves (mail.py)
            sign_off = signature()
        return (
            f"{delivery.email} ({delivery.language})\n{delivery.subject}\n\n"
            f"{delivery.body.strip()}\n\n{sign_off}"
        )

    def get_readonly_fields(self, request, obj=None) -> tuple[str, ...]:
        readonly = (
            "kind",
            "language",
            "status",
            "created_by",
            "created_at",
            "reviewed_by",
            "reviewed_at",
            "preview",
        )
        if obj is not None and obj.status != OutboxMessage.Status.PENDING_REVIEW:
            texts = ("subject", "body")
            readonly += tuple(f.name for f in obj._meta.fields if f.name.startswith(texts))
        return readonly

    def has_add_permission(self, request) -> bool:
        return False  # the portal queues messages; PMT review them

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # discarded, never deleted: the outbox is the record of what left

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if obj.status == OutboxMessage.Status.PENDING_REVIEW:
            services.rerender_deliveries(obj)

    def response_change(self, request: HttpRequest, obj: OutboxMessage) -> HttpResponse:
        """The change page's own buttons: save the common text, then send, discard or retry."""
        decisions = {
            "_send": self.send_messages,
            "_discard": self.discard_messages,
            "_retry": self.retry_failed_deliveries,
        }
        for name, decide in decisions.items():
            if name in request.POST:
                decide(request, OutboxMessage.objects.filter(pk=obj.pk))
                return HttpResponseRedirect(reverse("admin:notifications_outboxmessage_changelist"))
        return super().response_change(request, obj)

    def _decide(self, request: HttpRequest, queryset, service, report) -> None:
        """Runs a service on each selected message; says how many it acted on."""
        count = sum(
            service(message=message, user=request.user, request=request) for message in queryset
        )
        self.message_user(request, report(count) % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Send the selected messages"), permissions=["change"])
    def send_messages(self, request: HttpRequest, queryset: QuerySet[OutboxMessage]) -> None:
        self._decide(
            request,
            queryset,
            services.approve_and_send,
            lambda count: ngettext(
                "%(count)d message is being sent.", "%(count)d messages are being sent.", count
            ),
        )

    @admin.action(description=_("Discard the selected messages"), permissions=["change"])
    def discard_messages(self, request: HttpRequest, queryset: QuerySet[OutboxMessage]) -> None:
        self._decide(
            request,
            queryset,
            services.discard,
            lambda count: ngettext(
                "%(count)d message discarded.", "%(count)d messages discarded.", count
            ),
        )

    @admin.action(description=_("Retry the failed deliveries"), permissions=["change"])
    def retry_failed_deliveries(
        self, request: HttpRequest, queryset: QuerySet[OutboxMessage]
    ) -> None:
        self._decide(
            request,
            queryset,
            services.retry_failed,
            lambda count: ngettext(
                "%(count)d failed delivery queued again.",
                "%(count)d failed deliveries queued again.",
                count,
            ),
        )


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    """Read-only: what each recipient received, or why it did not leave."""

    list_display = ("email", "message", "language", "status", "attempts", "sent_at")
    list_filter = ("status", "language", "message__kind")
    list_select_related = ("message",)
    search_fields = ("email",)
    exclude = ("attachments",)
    readonly_fields = (
        "message",
        "recipient",
        "email",
        "language",
        "subject",
        "body",
        "details",
        "status",
        "attempts",
        "last_error",
        "sent_at",
        "attachment_names",
    )

    @admin.display(description=_("attachments"))
    def attachment_names(self, obj: Delivery) -> str:
        return ", ".join(attachment["filename"] for attachment in obj.attachments) or "–"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

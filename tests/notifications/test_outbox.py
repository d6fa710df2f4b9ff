"""The e-mail outbox: messages wait for PMT, leave once per recipient, and a refusal is kept."""

import datetime
import smtplib
import socketserver
import threading

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from crimex_portal.accounts import roles
from crimex_portal.notifications import services
from crimex_portal.notifications.models import Delivery, OutboxMessage
from crimex_portal.notifications.tasks import send_delivery
from tests.admin_forms import admin_form_as_shown
from tests.factories import UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db


class RefusingBackend(EmailBackend):
    """A mail server that refuses every message."""

    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused({"x@example.test": (550, b"refused")})


REFUSING = "tests.notifications.test_outbox.RefusingBackend"


def queue(review: bool = True, **kwargs) -> OutboxMessage:
    french = UserFactory(email="fr@example.test", preferred_language="fr")
    english = UserFactory(email="en@example.test", preferred_language="en")
    return services.queue_message(
        kind="test.notice",
        subject={"en": "The agenda changed", "fr": "L’ordre du jour a changé"},
        body={"en": "Dear members,", "fr": "Chers membres,"},
        recipients=[
            services.Recipient(
                email=user.email,
                user=user,
                details=f"details for {user.email}",
                attachments=(
                    services.Attachment("a.ics", "text/calendar", content=b"BEGIN:VCALENDAR"),
                ),
            )
            for user in (french, english)
        ],
        review=review,
        **kwargs,
    )


def test_a_message_waits_for_review_then_leaves_once_per_recipient(
    django_capture_on_commit_callbacks,
):
    message = queue()
    assert message.status == OutboxMessage.Status.PENDING_REVIEW
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        assert services.approve_and_send(message=message, user=None)
    message.refresh_from_db()
    assert message.status == OutboxMessage.Status.SENT
    by_address = {email.to[0]: email for email in mail.outbox}
    assert by_address["fr@example.test"].subject == "L’ordre du jour a changé"
    assert by_address["fr@example.test"].body.startswith("Chers membres,\n\ndetails for fr@")
    assert by_address["en@example.test"].subject == "The agenda changed"
    assert by_address["en@example.test"].attachments[0][0] == "a.ics"
    # Approving again, or running a delivery's task again, sends nothing more.
    assert not services.approve_and_send(message=message, user=None)
    for delivery in message.deliveries.all():
        assert send_delivery.delay(delivery.pk).get() is False
    assert len(mail.outbox) == 2


def test_pmt_edit_the_common_text_before_it_leaves(django_capture_on_commit_callbacks):
    message = queue()
    services.message_update_text(message=message, texts={"body_fr": "Bonjour,"})
    with django_capture_on_commit_callbacks(execute=True):
        services.approve_and_send(message=message, user=None)
    french = next(email for email in mail.outbox if email.to == ["fr@example.test"])
    assert french.body.startswith("Bonjour,\n\n")


def test_a_discarded_message_never_leaves(django_capture_on_commit_callbacks):
    message = queue()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.discard(message=message, user=None)
        assert not services.approve_and_send(message=message, user=None)
    assert mail.outbox == []
    assert set(message.deliveries.values_list("status", flat=True)) == {"cancelled"}


def test_queue_and_send_needs_no_review_and_a_key_queues_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = queue(review=False, key="test:1")
    again = services.queue_message(kind="x", subject="y", recipients=[], key="test:1")
    assert again.pk == first.pk
    assert len(mail.outbox) == 2


def test_a_refusing_mail_server_fails_the_delivery_visibly_and_retry_sends_it(
    django_capture_on_commit_callbacks,
):
    message = queue()
    with (
        override_settings(EMAIL_BACKEND=REFUSING),
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.approve_and_send(message=message, user=None)
    failed = list(message.deliveries.all())
    assert {delivery.status for delivery in failed} == {Delivery.Status.FAILED}
    assert all(delivery.attempts == 5 for delivery in failed)  # first try and four retries
    assert "SMTPRecipientsRefused" in failed[0].last_error
    assert mail.outbox == []
    message.refresh_from_db()
    assert message.status == OutboxMessage.Status.APPROVED  # not "sent": something is missing

    with django_capture_on_commit_callbacks(execute=True):
        assert services.retry_failed(message=message, user=None) == 2
    assert len(mail.outbox) == 2
    message.refresh_from_db()
    assert message.status == OutboxMessage.Status.SENT


@pytest.fixture
def pmt_client(client):
    user = UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    return log_in_with_two_factor(client, user)


def test_pmt_review_and_send_from_the_admin(pmt_client, django_capture_on_commit_callbacks):
    message = queue()
    changelist = reverse("admin:notifications_outboxmessage_changelist")
    assert pmt_client.get(changelist).status_code == 200
    page = pmt_client.get(reverse("admin:notifications_outboxmessage_change", args=[message.pk]))
    assert page.status_code == 200
    assert "details for" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = pmt_client.post(
            changelist, {"action": "send_messages", "_selected_action": [message.pk]}
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 2


@pytest.mark.parametrize("role", [roles.MEMBER, roles.COORDINATOR])
def test_members_and_coordinators_cannot_see_or_send_the_outbox(client, role):
    message = queue()
    user = UserFactory(roles=[role], is_staff=True, two_factor=True)  # even forged staff status
    log_in_with_two_factor(client, user)
    changelist = reverse("admin:notifications_outboxmessage_changelist")
    assert client.get(changelist).status_code == 403
    change = reverse("admin:notifications_outboxmessage_change", args=[message.pk])
    assert client.get(change).status_code == 403
    deliveries = reverse("admin:notifications_delivery_changelist")
    assert client.get(deliveries).status_code == 403
    client.post(changelist, {"action": "send_messages", "_selected_action": [message.pk]})
    message.refresh_from_db()
    assert message.status == OutboxMessage.Status.PENDING_REVIEW
    assert mail.outbox == []


def test_the_outbox_page_queries_stay_flat(pmt_client, django_assert_max_num_queries):
    queue()
    changelist = reverse("admin:notifications_outboxmessage_changelist")
    with django_assert_max_num_queries(30) as few:
        pmt_client.get(changelist)
    for number in range(10):
        services.queue_message(
            kind="test.notice",
            subject=f"Notice {number}",
            recipients=[services.Recipient(email=f"r{number}-{i}@example.test") for i in range(5)],
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        pmt_client.get(changelist)


class RefusingSMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP to refuse every recipient, as a mail server with a full mailbox does."""

    def reply(self, line: str) -> None:
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self) -> None:
        self.reply("220 refusing.example.test ESMTP")
        for raw in self.rfile:
            command = raw.decode(errors="replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 refusing.example.test")
            elif command.startswith("RCPT"):
                self.reply("550 5.1.1 Mailbox unavailable")
            elif command.startswith("QUIT"):
                self.reply("221 Bye")
                return
            else:
                self.reply("250 OK")


@pytest.fixture
def refusing_smtp_server():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), RefusingSMTPHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_a_real_smtp_server_that_refuses_leaves_a_visible_failure_pmt_can_retry(
    refusing_smtp_server, pmt_client, django_capture_on_commit_callbacks
):
    message = queue()
    smtp = {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": refusing_smtp_server,
        "EMAIL_USE_TLS": False,
        "EMAIL_HOST_USER": "",
        "EMAIL_HOST_PASSWORD": "",
    }
    with override_settings(**smtp), django_capture_on_commit_callbacks(execute=True):
        services.approve_and_send(message=message, user=None)

    delivery = message.deliveries.first()
    assert delivery.status == Delivery.Status.FAILED
    assert "Mailbox unavailable" in delivery.last_error
    changelist = pmt_client.get(reverse("admin:notifications_outboxmessage_changelist"))
    assert '<td class="field-failed_count">2</td>' in changelist.content.decode()
    page = pmt_client.get(reverse("admin:notifications_outboxmessage_change", args=[message.pk]))
    assert "Mailbox unavailable" in page.content.decode()

    # The server is fixed: PMT retry from the outbox, and the e-mails leave.
    with django_capture_on_commit_callbacks(execute=True):
        pmt_client.post(
            reverse("admin:notifications_outboxmessage_changelist"),
            {"action": "retry_failed_deliveries", "_selected_action": [message.pk]},
        )
    assert len(mail.outbox) == 2
    assert set(message.deliveries.values_list("status", flat=True)) == {"sent"}


def test_the_outbox_message_page_queries_stay_flat_with_ten_times_the_recipients(
    pmt_client, django_assert_num_queries
):
    def message_with(recipients: int) -> OutboxMessage:
        return services.queue_message(
            kind="test.notice",
            subject="Notice",
            recipients=[
                services.Recipient(email=f"r{recipients}-{n}@example.test")
                for n in range(recipients)
            ],
        )

    small, large = message_with(3), message_with(30)
    # The session's refresh of the minute is written, the content types are cached.
    pmt_client.get(reverse("admin:notifications_outboxmessage_change", args=[small.pk]))
    # Session, user, the message, its deliveries for the inline and the preview, the admin's
    # own lookups: the same queries for 3 or 30 recipients.
    with django_assert_num_queries(5):
        pmt_client.get(reverse("admin:notifications_outboxmessage_change", args=[small.pk]))
    with django_assert_num_queries(5):
        pmt_client.get(reverse("admin:notifications_outboxmessage_change", args=[large.pk]))


def test_pmt_edit_the_french_text_and_send_from_the_message_page(
    pmt_client, django_capture_on_commit_callbacks
):
    message = queue()
    url = reverse("admin:notifications_outboxmessage_change", args=[message.pk])
    page = pmt_client.get(url)
    assert "Save and send to 2 recipients" in page.content.decode()
    data = {**admin_form_as_shown(page), "body_fr": "Madame, Monsieur,", "_send": "1"}

    with django_capture_on_commit_callbacks(execute=True):
        response = pmt_client.post(url, data)

    assert response.status_code == 302
    french = next(email for email in mail.outbox if email.to == ["fr@example.test"])
    assert french.body.startswith("Madame, Monsieur,\n\ndetails for fr@")
    message.refresh_from_db()
    assert message.status == OutboxMessage.Status.SENT
    assert "Save and send" not in pmt_client.get(url).content.decode()


def test_pmt_discard_from_the_message_page(pmt_client):
    message = queue()
    url = reverse("admin:notifications_outboxmessage_change", args=[message.pk])
    data = {**admin_form_as_shown(pmt_client.get(url)), "_discard": "1"}

    assert pmt_client.post(url, data).status_code == 302

    message.refresh_from_db()
    assert message.status == OutboxMessage.Status.DISCARDED
    assert mail.outbox == []


def test_a_mail_server_that_is_down_loses_nothing(django_capture_on_commit_callbacks):
    with socketserver.TCPServer(("127.0.0.1", 0), socketserver.BaseRequestHandler) as probe:
        closed_port = probe.server_address[1]  # free again once the probe closes
    message = queue()
    smtp = {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": closed_port,
        "EMAIL_TIMEOUT": 2,
    }
    with override_settings(**smtp), django_capture_on_commit_callbacks(execute=True):
        services.approve_and_send(message=message, user=None)

    failed = list(message.deliveries.all())
    assert {delivery.status for delivery in failed} == {Delivery.Status.FAILED}
    assert "ConnectionRefusedError" in failed[0].last_error
    with django_capture_on_commit_callbacks(execute=True):
        assert services.retry_failed(message=message, user=None) == 2
    assert len(mail.outbox) == 2


def test_a_delivery_whose_worker_died_while_sending_can_be_retried_once_it_is_stale(
    django_capture_on_commit_callbacks,
):
    message = queue()
    with django_capture_on_commit_callbacks(execute=False):
        services.approve_and_send(message=message, user=None)
    stuck = message.deliveries.first()
    Delivery.objects.filter(pk=stuck.pk).update(status=Delivery.Status.SENDING)
    assert services.retry_failed(message=message, user=None) == 0  # it may still be leaving

    Delivery.objects.filter(pk=stuck.pk).update(
        updated_at=timezone.now() - services.INTERRUPTED_AFTER - datetime.timedelta(minutes=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert services.retry_failed(message=message, user=None) == 1
    stuck.refresh_from_db()
    assert stuck.status == Delivery.Status.SENT

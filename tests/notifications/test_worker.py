import time

import pytest

from crimex_portal.notifications.models import Delivery, OutboxMessage
from crimex_portal.notifications.services import approve_and_send
from sessions.models import AgendaItem
from tests.factories import (
    AgendaItemFactory,
    RegistrationFactory,
    SessionFactory,
    UserFactory,
    release_agenda,
)


@pytest.mark.worker
def test_a_real_worker_sends_the_reviewed_release_email_once(celery_worker_process):
    session = SessionFactory(is_published=True)
    item = AgendaItemFactory(session=session, title_en="Opening")
    RegistrationFactory(session=session, user=UserFactory(email="prosecutor@example.test"))
    release_agenda(session)
    AgendaItem.objects.filter(pk=item.pk).update(title_en="Opening by the CrimEx Presidium")
    # No test transaction here: the task is queued when the service's transaction commits.
    release = release_agenda(session, notify=True)
    outbox = OutboxMessage.objects.get(source_id=release.pk, kind="sessions.release")
    assert approve_and_send(message=outbox, user=None)

    deadline = time.monotonic() + 60
    sent = []
    while time.monotonic() < deadline and not sent:
        sent = list(celery_worker_process.mail_dir.glob("*.log"))
        time.sleep(0.5)
    assert sent, "the worker sent no e-mail within a minute"
    text = sent[0].read_text()
    assert "To: prosecutor@example.test" in text
    assert "Opening by the CrimEx Presidium" in text
    assert "text/calendar" in text
    delivery = Delivery.objects.get(message=outbox)
    for _second in range(20):
        delivery.refresh_from_db()
        if delivery.status == Delivery.Status.SENT:
            break
        time.sleep(0.5)
    assert (delivery.status, delivery.attempts) == (Delivery.Status.SENT, 1)

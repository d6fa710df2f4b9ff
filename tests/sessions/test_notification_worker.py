import time

import pytest

from sessions.services import agenda_fingerprint, session_agenda_saved
from tests.factories import AgendaItemFactory, RegistrationFactory, SessionFactory, UserFactory


@pytest.mark.worker
def test_a_real_worker_emails_registered_members_when_the_agenda_changes(celery_worker_process):
    session = SessionFactory(is_published=True)
    item = AgendaItemFactory(session=session, title_en="Opening")
    RegistrationFactory(session=session, user=UserFactory(email="prosecutor@example.test"))
    session.agenda_fingerprint = agenda_fingerprint(session)
    session.save()

    item.title_en = "Opening by the CrimEx Presidium"
    item.save()
    # No test transaction here: the task is queued when the service's transaction commits.
    assert session_agenda_saved(session=session)

    deadline = time.monotonic() + 60
    sent = []
    while time.monotonic() < deadline and not sent:
        sent = list(celery_worker_process.mail_dir.glob("*.log"))
        time.sleep(0.5)
    assert sent, "the worker sent no e-mail within a minute"
    message = sent[0].read_text()
    assert "To: prosecutor@example.test" in message
    assert session.get_absolute_url() in message
    session.refresh_from_db()
    assert session.agenda_notified_fingerprint == session.agenda_fingerprint

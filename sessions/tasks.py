from celery import shared_task

from sessions.services import agenda_change_notify


@shared_task(
    name="sessions.notify_agenda_change",
    acks_late=True,
    max_retries=3,
    autoretry_for=(ConnectionError, TimeoutError),
    retry_backoff=True,
)
def notify_agenda_change(session_id: int, fingerprint: str) -> int:
    """E-mails the registered members that the agenda changed. Safe to run twice: it sends only
    for the agenda version it was queued for, and only once for that version."""
    return agenda_change_notify(session_id=session_id, fingerprint=fingerprint)

from celery import shared_task

from sessions.services import registration_confirmation_send


def email_task(name: str):
    """A task that sends e-mails: handed back to the queue if its worker dies, retried when the
    mail server cannot be reached. Its service sends each message once, however often it runs."""
    return shared_task(
        name=name,
        acks_late=True,
        max_retries=3,
        autoretry_for=(ConnectionError, TimeoutError),
        retry_backoff=True,
    )


@email_task("sessions.send_registration_confirmation")
def send_registration_confirmation(registration_id: int) -> bool:
    """E-mails a member their registration. Safe to run twice: it sends once per change."""
    return registration_confirmation_send(registration_id=registration_id)

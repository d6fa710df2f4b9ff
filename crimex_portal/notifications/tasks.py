from celery import shared_task
from django.conf import settings

from crimex_portal.notifications.services import delivery_send


@shared_task(
    bind=True,
    name="notifications.send_delivery",
    acks_late=True,
    max_retries=settings.CRIMEX_OUTBOX_MAX_RETRIES,
    ignore_result=True,
)
def send_delivery(self, delivery_id: int) -> bool:
    """Sends one outbox delivery. Safe to run twice: the service claims the delivery first, and
    a delivery sent (or being sent) is never sent again. A refusal is retried with back-off."""
    final = self.request.retries >= self.max_retries
    outcome = delivery_send(delivery_id=delivery_id, final_attempt=final)
    if outcome.error is not None and not final:
        # In-process (eager), apply() runs the retry at once; on a worker it runs later.
        return self.retry(
            exc=outcome.error,
            countdown=settings.CRIMEX_OUTBOX_RETRY_SECONDS * 2**self.request.retries,
            throw=not self.request.is_eager,
        )
    return outcome.sent


@shared_task(name="notifications.daily_reminders", ignore_result=True)
def daily_reminders() -> int:
    """Follow-ups due or overdue, periods closing, fiches due for review: each event notifies
    each person once (its key), so running twice, or every hour, tells nobody twice."""
    from crimex_portal.notifications.events import send_reminders

    return send_reminders()


@shared_task(name="notifications.daily_digests", ignore_result=True)
def daily_digests() -> int:
    from crimex_portal.notifications.notify import send_daily_digests

    return send_daily_digests()

from celery import shared_task
from django.conf import settings

from crimex_portal.reports.services import (
    TRANSIENT_ERRORS,
    report_build,
    report_fail,
    reports_delete_older_than,
)


@shared_task(
    bind=True,
    name="reports.build_report",
    acks_late=True,
    reject_on_worker_lost=True,  # a worker killed half-way: the report goes back to the queue
    max_retries=4,
    # The outcome is the Report record; no result is stored. Without a result, the web process
    # keeps no result subscription in Redis, which, Redis down, held an export request for 20 s
    # and ended it in an error page instead of "unavailable right now".
    ignore_result=True,
)
def build_report(self, report_id: int):
    try:
        return report_build(report_id=report_id).status
    except TRANSIENT_ERRORS as error:
        if self.request.retries >= self.max_retries:
            report_fail(report_id=report_id, error=f"{type(error).__name__}: {error}")
            raise
        # On a worker, retry() raises and the task runs again later; run in-process (the
        # embedded default), apply() runs the returned retry at once.
        return self.retry(
            exc=error,
            countdown=2 ** (self.request.retries + 1),
            throw=not self.request.is_eager,
        )


@shared_task(name="reports.delete_old_reports", acks_late=True)
def delete_old_reports() -> int:
    return reports_delete_older_than(days=settings.CRIMEX_REPORT_MAX_AGE_DAYS)

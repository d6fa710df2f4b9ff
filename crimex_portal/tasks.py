import socket

from celery import shared_task
from django.utils import timezone


@shared_task(name="crimex_portal.worker_heartbeat")
def worker_heartbeat() -> dict[str, str]:
    """Answers from whichever worker runs it: proves the broker and a worker are alive."""
    return {"hostname": socket.gethostname(), "at": timezone.now().isoformat()}

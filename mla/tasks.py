from celery import shared_task

from mla.services import apply_retention


@shared_task(name="mla.apply_retention", ignore_result=True)
def apply_retention_task() -> None:
    """Safe to run twice: a draft is warned once, and deleted once."""
    apply_retention()

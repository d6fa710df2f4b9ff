from celery import shared_task

from crimex_portal.search.services import object_index


@shared_task(name="search.index_object", acks_late=True)
def index_object(label: str, pk: int) -> int:
    """Writes the search rows of one object again (none when it is gone). Safe to run twice."""
    return object_index(label=label, pk=pk)

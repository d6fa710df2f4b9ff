from celery import shared_task

from library.services import library_file_text_extract


@shared_task(name="library.extract_text", acks_late=True)
def extract_text(file_id: int) -> str | None:
    """Reads the text of an uploaded library file. Safe to run twice."""
    return library_file_text_extract(file_id=file_id)

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from library.models import LibraryFile


@receiver(post_save, sender=LibraryFile, dispatch_uid="library_read_text_after_upload")
def read_text_after_upload(sender, instance: LibraryFile, raw: bool = False, **kwargs) -> None:
    """A new or replaced file: its text is read by a task once the upload is committed."""
    if raw or not instance.file or instance.text_of == instance.file.name:
        return
    from library.tasks import extract_text

    LibraryFile.objects.filter(pk=instance.pk).update(text_status=LibraryFile.TextStatus.PENDING)
    transaction.on_commit(lambda: extract_text.delay(instance.pk))

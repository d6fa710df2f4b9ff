"""Saving or deleting an indexed object (or one its entries read) indexes it again, once the
change is committed: in a Celery task in production, at once in tests and without a worker."""

import contextlib
import threading
from collections.abc import Iterator

from django.db import transaction
from django.db.models.signals import post_delete, post_save

_paused = threading.local()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No indexing per saved row (a seed load): the caller rebuilds the index after."""
    previous = getattr(_paused, "value", False)
    _paused.value = True
    try:
        yield
    finally:
        _paused.value = previous


def index_later(label: str, pk: int) -> None:
    if getattr(_paused, "value", False):
        return
    from crimex_portal.search.tasks import index_object

    transaction.on_commit(lambda: index_object.delay(label, pk))


def watch(indexer) -> None:
    label = indexer.model._meta.label

    def changed(sender, instance, raw: bool = False, **kwargs) -> None:
        if not raw:
            index_later(label, instance.pk)

    post_save.connect(changed, sender=indexer.model, weak=False, dispatch_uid=f"search:{label}")
    post_delete.connect(changed, sender=indexer.model, weak=False, dispatch_uid=f"search-d:{label}")
    for model, targets in indexer.depends_on.items():

        def related_changed(sender, instance, raw: bool = False, targets=targets, **kwargs):
            if raw or getattr(_paused, "value", False):
                return
            for target in targets(instance):
                if target is not None and target.pk is not None:
                    index_later(label, target.pk)

        uid = f"search:{label}<-{model._meta.label}"
        post_save.connect(related_changed, sender=model, weak=False, dispatch_uid=uid)
        post_delete.connect(related_changed, sender=model, weak=False, dispatch_uid=f"{uid}-d")

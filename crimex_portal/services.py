"""Checks of the services the portal depends on, for operators and the health endpoint."""

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection

from crimex_portal.tasks import worker_heartbeat


@dataclass(frozen=True)
class ServiceStatus:
    name: str
    ok: bool
    detail: str


def database_status() -> ServiceStatus:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:
        return ServiceStatus("database", False, str(error))
    return ServiceStatus("database", True, connection.vendor)


def cache_status() -> ServiceStatus:
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    try:
        cache.set("crimex:health", "ok", timeout=10)
        ok = cache.get("crimex:health") == "ok"
    except Exception as error:
        return ServiceStatus("cache", False, f"{backend}: {error}")
    return ServiceStatus("cache", ok, backend)


def worker_status(timeout: float = 10.0) -> ServiceStatus:
    """Sends a heartbeat through the broker and waits for a worker to answer it."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return ServiceStatus("worker", True, "tasks run in-process (no REDIS_URL)")
    try:
        answer = worker_heartbeat.apply_async().get(timeout=timeout)
    except Exception as error:
        return ServiceStatus("worker", False, f"no worker answered: {error.__class__.__name__}")
    return ServiceStatus("worker", True, f"answered by {answer['hostname']}")


def private_files_status() -> ServiceStatus:
    """Writes, reads back and deletes a small file in the private storage: on a bucket, this
    proves the address, the credentials and the permissions this server was given."""
    storage = storages["private"]
    bucket = getattr(storage, "bucket_name", None)
    where = f"bucket {bucket}" if bucket else str(storage.location)
    try:
        name = storage.save(f"health/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
        try:
            with storage.open(name, "rb") as file:
                ok = file.read() == b"ok"
        finally:
            storage.delete(name)
    except Exception as error:
        return ServiceStatus("files", False, f"{where}: {error.__class__.__name__}: {error}")
    return ServiceStatus("files", ok, where)


def services_status(*, include_worker: bool, include_files: bool = False) -> list[ServiceStatus]:
    """The health endpoint leaves out the worker and the files: it is asked every few seconds."""
    statuses = [database_status(), cache_status()]
    if include_files:
        statuses.append(private_files_status())
    if include_worker:
        statuses.append(worker_status())
    return statuses

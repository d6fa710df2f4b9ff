import io

import pytest
from django.core.management import call_command
from django.test import override_settings

from crimex_portal.celery import app as celery_app
from crimex_portal.services import worker_status
from crimex_portal.tasks import worker_heartbeat


def test_tasks_are_discovered():
    assert "crimex_portal.worker_heartbeat" in celery_app.tasks


def test_embedded_default_runs_tasks_in_process():
    result = worker_heartbeat.delay()
    assert result.successful()
    assert "hostname" in result.get()


@pytest.mark.worker
def test_a_real_worker_on_redis_answers(celery_worker_process):
    answer = worker_heartbeat.apply_async().get(timeout=60)
    assert answer["hostname"]

    with override_settings(CELERY_TASK_ALWAYS_EAGER=False):
        status = worker_status(timeout=30)
    assert status.ok, status.detail
    assert status.detail.startswith("answered by")


@pytest.mark.worker
def test_check_services_reports_the_worker(celery_worker_process):
    output = io.StringIO()
    with override_settings(CELERY_TASK_ALWAYS_EAGER=False):
        call_command("check_services", stdout=output)
    assert "worker    ok" in output.getvalue()
    assert "database  ok" in output.getvalue()

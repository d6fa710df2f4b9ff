import datetime

import pytest
from django.core import mail
from django.utils import timezone

from mla.models import MlaRequest
from mla.services import apply_retention
from mla.tasks import apply_retention_task
from tests.mla.helpers import complete_request

pytestmark = pytest.mark.django_db


def age(mla_request, days):
    MlaRequest.objects.filter(pk=mla_request.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=days)
    )


def test_warned_once_14_days_before_then_deleted(prosecutor, tunisian_fiche, settings):
    settings.CRIMEX_MLA_RETENTION_DAYS = 180
    fresh = complete_request(prosecutor, tunisian_fiche)
    soon = complete_request(prosecutor, tunisian_fiche)
    old = complete_request(prosecutor, tunisian_fiche)
    age(fresh, 100)
    age(soon, 170)
    age(old, 181)
    assert apply_retention() == (1, 1)
    assert not MlaRequest.objects.filter(pk=old.pk).exists()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [prosecutor.email]
    # In the author's language ("request #2", "طلب ... رقم 2"): the number, never the facts.
    assert str(soon.pk) in message.subject
    assert "dirhams" not in message.body  # never the case text
    apply_retention_task.delay()  # twice: nobody is warned again
    assert len(mail.outbox) == 1
    assert set(MlaRequest.objects.values_list("pk", flat=True)) == {fresh.pk, soon.pk}


def test_a_change_restarts_the_clock(prosecutor, tunisian_fiche):
    from mla.services import request_update

    mla_request = complete_request(prosecutor, tunisian_fiche)
    age(mla_request, 170)
    apply_retention()
    mla_request.refresh_from_db()
    assert mla_request.retention_warned_at is not None
    request_update(mla_request=mla_request, facts="Still working on it")
    mla_request.refresh_from_db()
    assert mla_request.retention_warned_at is None
    assert apply_retention() == (0, 0)


def test_beat_runs_the_registered_retention_task(settings):
    from crimex_portal.celery import app

    app.loader.import_default_modules()
    schedule = settings.CELERY_BEAT_SCHEDULE["mla-retention"]
    assert schedule["task"] in app.tasks

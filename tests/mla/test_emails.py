"""The MLA composer's e-mails in the portal's voice (tests/emails.py): the consultation a
drafter asks of contact points, and the warning before a draft is deleted."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from mla.models import MlaRequest
from mla.tasks import apply_retention_task
from tests.emails import SITE, assert_portal_email
from tests.factories import log_in_with_two_factor
from tests.mla.helpers import complete_request

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.CRIMEX_SITE_URL = SITE


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_contact_point_asked_for_comments(
    client,
    language,
    prosecutor,
    tunisian_fiche,
    tunisian_contact_point,
    django_capture_on_commit_callbacks,
):
    contact_user = tunisian_contact_point.user
    contact_user.preferred_language = language
    contact_user.save()
    mla_request = complete_request(prosecutor, tunisian_fiche)
    log_in_with_two_factor(client, prosecutor)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("mla:share", args=[mla_request.pk]), {"contacts": [tunisian_contact_point.pk]}
        )

    [message] = mail.outbox
    assert message.to == [contact_user.email]
    html = assert_portal_email(message, language=language)
    with translation.override(language):
        subject = translation.gettext("A draft MLA request is shared with you for consultation")
    assert message.subject == subject
    assert f'<a href="{SITE}/{language}/mla/shared/' in html
    assert "dirhams" not in message.body + html  # never the case text


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_drafter_warned_before_the_draft_is_deleted(
    language, prosecutor, tunisian_fiche, settings
):
    settings.CRIMEX_MLA_RETENTION_DAYS = 180
    prosecutor.preferred_language = language
    prosecutor.save()
    draft = complete_request(prosecutor, tunisian_fiche)
    MlaRequest.objects.filter(pk=draft.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=170)
    )

    apply_retention_task.delay()  # the nightly task

    [message] = mail.outbox
    html = assert_portal_email(message, language=language)
    assert f'<a href="{SITE}/{language}/mla/{draft.pk}/' in html
    assert "dirhams" not in message.body + html

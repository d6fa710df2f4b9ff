import re

import pytest
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.pages.models import Page
from directory.models import Country
from sessions.models import Session
from tests.factories import UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    log_in_with_two_factor(
        client, UserFactory(is_staff=True, roles=[roles.PMT_STAFF], two_factor=True)
    )
    return client


@pytest.mark.parametrize("model", [Country, Page, Session])
def test_admin_edits_content_in_a_tab_per_language(staff_client, seeded, model):
    instance = model.objects.first()
    url = reverse(
        f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[instance.pk]
    )

    content = staff_client.get(url).content.decode()

    for language in ("en", "fr", "ar"):
        assert re.search(rf'name="\w+_{language}"', content)
    assert "modeltranslation/js/tabbed_translation_fields.js" in content
    # jQuery UI for the tabs is ours, never a CDN's.
    assert "vendor/jquery-ui/jquery-ui.min.js" in content
    assert "googleapis" not in content


def test_session_admin_offers_save_as_new(staff_client, seeded):
    session = Session.objects.get(number=5)
    url = reverse("admin:crimex_sessions_session_change", args=[session.pk])
    assert 'name="_saveasnew"' in staff_client.get(url).content.decode()


def test_admin_refuses_visitors_and_members(client):
    url = reverse("admin:index")
    assert client.get(url).status_code == 302
    client.force_login(UserFactory())
    assert client.get(url).status_code == 302

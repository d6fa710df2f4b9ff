"""Issue 16: in the admin each language tab's inputs have their own direction, and the tab of a
translation whose English changed carries a badge (the inputs' data-translation-outdated)."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from fiches.models import FicheRevision
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    FicheFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def pmt_client() -> Client:
    client = Client()
    log_in_with_two_factor(
        client, UserFactory(is_staff=True, roles=[roles.PMT_STAFF], two_factor=True)
    )
    return client


def tag_of(html: str, name: str) -> str:
    match = re.search(rf'<(?:input|textarea)[^>]*name="{name}"[^>]*>', html)
    assert match, name
    return match.group(0)


@pytest.mark.parametrize("interface", ["en", "fr", "ar"])
def test_each_language_tab_has_its_direction_whatever_the_interface(pmt_client, interface):
    session = SessionFactory()
    AgendaItemFactory(session=session)
    url = reverse("admin:crimex_sessions_session_change", args=[session.pk])
    html = pmt_client.get(url, HTTP_ACCEPT_LANGUAGE=interface).content.decode()
    for language, direction in (("en", "ltr"), ("fr", "ltr"), ("ar", "rtl")):
        tag = tag_of(html, f"title_{language}")
        assert f'dir="{direction}"' in tag
        assert f'lang="{language}"' in tag
        inline = tag_of(html, f"agenda_items-0-title_{language}")
        assert f'dir="{direction}"' in inline
    assert "crimex/js/translation-tabs.js" in html


def test_the_outdated_translation_input_is_marked_for_its_tab_badge(pmt_client):
    action = ActionFactory(description_en="Train prosecutors", description_fr="Former")
    action.description_en = "Train prosecutors and judges"
    action.save()
    html = pmt_client.get(
        reverse("admin:actionplans_action_change", args=[action.pk])
    ).content.decode()
    assert "data-translation-outdated" in tag_of(html, "description_fr")
    assert "data-translation-outdated" not in tag_of(html, "description_ar")
    assert "data-translation-outdated" not in tag_of(html, "description_en")


def test_the_admin_home_links_pmt_to_the_translations_to_update(pmt_client):
    html = pmt_client.get(reverse("admin:index")).content.decode()
    assert reverse("translations:to_update") in html


def test_the_fiche_history_in_the_admin_names_fields_in_the_readers_language(pmt_client):
    fiche = FicheFactory()
    FicheRevision.objects.create(
        fiche=fiche, changes={"execution_deadline_en": ["a", "b"], "channels": [[], ["post"]]}
    )
    url = reverse("admin:fiches_fiche_change", args=[fiche.pk])
    html = pmt_client.get(url).content.decode()
    assert "Execution deadline (English), Transmission channels" in html  # the fiche's order
    with translation.override("fr"):
        french = pmt_client.get(reverse("admin:fiches_fiche_change", args=[fiche.pk]))
    assert "(anglais)" in french.content.decode().lower()

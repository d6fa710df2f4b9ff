"""Each organisation carries its acronym as each language writes it (issue 16)."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from directory.models import Organisation

pytestmark = pytest.mark.django_db


def organisations_page(client, language: str) -> str:
    with translation.override(language):
        url = reverse("directory:organisations")
    # Acronyms are isolated (<bdi>) for right-to-left pages: compare the text.
    return re.sub(r"</?bdi[^>]*>", "", client.get(url).content.decode())


def test_french_page_shows_french_acronyms(member_client, seeded):
    page = organisations_page(member_client, "fr")

    for acronym in ("RJE", "ONUDC", "AIPP", "DECT", "REFJ"):
        assert f">{acronym}</a>" in page
    assert ">EJN</a>" not in page
    assert ">UNODC</a>" not in page


def test_english_page_keeps_the_english_acronyms(member_client, seeded):
    page = organisations_page(member_client, "en")

    assert ">EJN</a>" in page
    assert ">RJE</a>" not in page


def test_arabic_names_interpol_one_way(member_client, seeded):
    interpol = Organisation.objects.get(acronym="INTERPOL")

    with translation.override("ar"):
        assert interpol.local_acronym == "الإنتربول"
        assert str(interpol).endswith("(الإنتربول)")
    with translation.override("fr"):
        assert Organisation.objects.get(acronym="EJN").local_acronym == "RJE"


def test_language_without_its_own_acronym_uses_the_acronym(seeded):
    with translation.override("ar"):
        assert Organisation.objects.get(acronym="EJN").local_acronym == "EJN"

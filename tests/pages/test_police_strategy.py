"""The Euromed Police Strategy 2017 (seed 004) as the page of priority crime areas."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from crimex_portal.pages.models import StrategyObjective
from directory.models import CrimeArea
from tests.factories import ContactFactory, CrimeAreaFactory

pytestmark = pytest.mark.django_db


def strategy_url(language: str) -> str:
    with translation.override(language):
        return reverse("pages:police_strategy")


@pytest.mark.parametrize(
    ("language", "title", "core", "objective", "consideration"),
    [
        (
            "en",
            "Euromed Police Strategy 2017",
            "Core priority areas",
            "Counter-terrorism",
            "2 majors enablers of terrorism",
        ),
        (
            "fr",
            "Stratégie Euromed Police 2017",
            "Domaines prioritaires principaux",
            "Lutte contre le terrorisme",
            "Deux facteurs majeurs qui favorisent le terrorisme",
        ),
        (
            "ar",
            "استراتيجية يوروميد للشرطة لعام 2017",
            "مجالات الأولوية الأساسية",
            "مكافحة الإرهاب",
            "عاملان رئيسيان يسهّلان الإرهاب",
        ),
    ],
)
def test_the_strategy_page_in_each_language(
    client, seeded, language, title, core, objective, consideration
):
    response = client.get(strategy_url(language))
    content = response.content.decode()

    assert response.status_code == 200
    assert title in content
    assert objective in content
    assert consideration in content
    # Every crime area has its anchor, and each core area leads to its objective.
    for area in CrimeArea.objects.all():
        assert f'id="area-{area.slug}"' in content
    for number in range(1, 6):
        assert f'id="objective-{number}"' in content
        assert f'href="#objective-{number}"' in content
    # The translations say they are translations of the English seed.
    assert ("translation-note" in content) is (language != "en")
    if language == "en":
        return
    with translation.override(language):
        assert core in content or translation.gettext("Core priority areas") in content


def test_the_strategy_page_query_count_is_flat(client, seeded, django_assert_num_queries):
    url = strategy_url("en")
    with django_assert_num_queries(3):  # the texts, the areas, the objectives
        client.get(url)

    for number in range(6, 56):
        area = CrimeAreaFactory()
        StrategyObjective.objects.create(
            number=number, crime_area=area, title_en=f"Objective {number}", objective_en="Text"
        )
    with django_assert_num_queries(3):
        response = client.get(url)
    assert "Objective 55" in response.content.decode()


def test_crime_areas_link_to_their_place_on_the_strategy_page(client, seeded, member_client):
    strategy = member_client.get(strategy_url("en")).content.decode()
    anchors = set(re.findall(r'id="(area-[^"]+)"', strategy))

    plan = member_client.get(reverse("actionplans:plan", args=["A"])).content.decode()
    contact = ContactFactory()
    contact.specialisations.set(CrimeArea.objects.filter(slug__in=["terrorism", "cybercrime"]))
    contact_page = member_client.get(reverse("directory:contact", args=[contact.pk])).content
    directory = member_client.get(reverse("directory:index")).content.decode()

    base = reverse("pages:police_strategy")
    plan_links = re.findall(rf'href="{base}#(area-[^"]+)"', plan)
    contact_links = re.findall(rf'href="{base}#(area-[^"]+)"', contact_page.decode())
    assert plan_links == ["area-trafficking-in-human-beings", "area-smuggling-of-migrants"]
    assert sorted(contact_links) == ["area-cybercrime", "area-terrorism"]
    assert set(plan_links + contact_links) <= anchors
    assert f'href="{base}"' in directory

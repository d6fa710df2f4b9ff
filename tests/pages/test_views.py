import re

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import SessionFactory

pytestmark = pytest.mark.django_db


def url_in(language: str, name: str, *args) -> str:
    with translation.override(language):
        return reverse(name, args=args)


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("fr", "ltr"), ("ar", "rtl")])
def test_home_sets_language_and_direction(client, seeded, language, direction):
    response = client.get(url_in(language, "pages:home"))

    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{direction}">' in response.content.decode()


@pytest.mark.parametrize(
    ("language", "title", "area"),
    [
        ("en", "EuroMed Justice Expert Group in Criminal Matters", "Action plans"),
        ("fr", "Groupe d’experts EuroMed Justice en matière pénale", "Plans d’action"),
        ("ar", "فريق خبراء يوروميد للعدالة في المسائل الجنائية", "خطط العمل"),
    ],
)
def test_home_says_what_crimex_is_and_leads_to_the_four_areas(
    client, seeded, language, title, area
):
    content = client.get(url_in(language, "pages:home")).content.decode()

    assert title in content
    assert area in content
    for name in ("crimex_sessions:list", "actionplans:index", "directory:index", "fiches:index"):
        assert f'href="{url_in(language, name)}"' in content


def test_home_lists_upcoming_and_recent_sessions(client, seeded):
    SessionFactory(title_en="A meeting still to come")

    content = client.get(url_in("en", "pages:home")).content.decode()

    upcoming, recent = content.split('id="recent-title"')
    assert "A meeting still to come" in upcoming
    assert "Ways to enhance informal cooperation" in recent  # the 5th session, January 2018
    assert "5th CrimEx session, Second Part" in recent


def test_about_page_carries_seed_000_in_each_language(client, seeded):
    english = client.get(url_in("en", "pages:about")).content.decode()
    arabic = client.get(url_in("ar", "pages:about")).content.decode()

    assert "Main CrimEx tasks are:" in english
    assert english.count("<li>") - arabic.count("<li>") == 0
    assert re.search(r"(?:[\u0600-\u06ff]+\s+){10,}", arabic) is not None


def test_language_switcher_keeps_the_visitor_on_the_same_page(client, seeded):
    response = client.post(
        reverse("set_language"), {"language": "ar", "next": url_in("en", "pages:about")}
    )

    assert response.status_code == 302
    assert response["Location"] == url_in("ar", "pages:about")


def test_root_redirects_to_a_language(client, seeded):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_home_query_count_is_flat_as_sessions_grow(client, seeded, django_assert_max_num_queries):
    SessionFactory.create_batch(2)
    # The content versions, then on a miss: the page, the sessions coming and held, the plans'
    # progress (3), the agenda releases.
    with django_assert_max_num_queries(8) as few:
        client.get(url_in("en", "pages:home"))
    SessionFactory.create_batch(20)  # sessions changed: a miss again
    def main_of(response) -> str:  # the header's forms carry a fresh CSRF mask each time
        content = response.content.decode()
        return content[content.index("<main") : content.index("</main>")]

    with django_assert_max_num_queries(len(few.captured_queries)):
        rendered = main_of(client.get(url_in("en", "pages:home")))
    with django_assert_max_num_queries(1):  # unchanged: the cached home, the same page
        assert main_of(client.get(url_in("en", "pages:home"))) == rendered


def test_about_query_count(client, seeded, django_assert_num_queries):
    with django_assert_num_queries(1):
        client.get(url_in("en", "pages:about"))


def test_pages_use_no_cdn(client, seeded):
    content = client.get(url_in("en", "pages:home")).content.decode()
    assert not re.search(r'(src|href)="(https?:)?//', content)


def test_health_answers(client, db):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["services"]["database"] is True


def test_favicon_points_at_the_static_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("crimex/favicon.svg")


@pytest.mark.parametrize(
    ("language", "tasks", "project"),
    [
        ("en", "Main CrimEx tasks are:", "The EuroMed Justice project"),
        (
            "fr",
            "Les principales missions de CrimEx sont les suivantes",
            "Le projet EuroMed Justice",
        ),
        ("ar", "تتمثل المهام الرئيسية لفريق CrimEx فيما يلي", "مشروع يوروميد للعدالة"),
    ],
)
def test_about_page_carries_crimex_tasks_and_the_euromed_justice_project_and_contact(
    client, seeded, django_assert_num_queries, language, tasks, project
):
    with django_assert_num_queries(1):  # the About text and the project's, in one query
        response = client.get(url_in(language, "pages:about"))
    content = re.sub(r"</?bdi[^>]*>", "", response.content.decode())  # Latin runs isolated

    assert tasks in content
    assert project in content
    assert content.count("<li>") >= 5  # the five tasks of seed 000
    assert "dania.samoul@euromed-justice.eu" in content
    assert "info@euromed-justice" in content
    assert "2016-2018" in content

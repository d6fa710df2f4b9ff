"""Cached fragments never at the price of correctness, as people use the pages: an edit shows on
the next request on every page that shows it; members with other permissions, languages or
drafts never receive each other's fragments; without a cache the pages are only slower."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from actionplans.models import ProgressUpdate
from crimex_portal.accounts import roles
from tests.factories import (
    ActionFactory,
    IndicatorFactory,
    ProgressUpdateFactory,
    UserFactory,
    enable_totp,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db


def logged_in(*role_names, language="en"):
    user = UserFactory(roles=list(role_names), preferred_language=language)
    enable_totp(user)
    return log_in_with_two_factor(Client(), user), user


@pytest.fixture
def action():
    action = ActionFactory(description_en="Train prosecutors on CARIN requests")
    IndicatorFactory(action=action, text_en="Number of trainings")
    return action


def pages_of(action) -> list[str]:
    plan = action.goal.plan
    return [
        reverse("actionplans:plan", args=[plan.code]),
        reverse("actionplans:action", args=[action.pk]),
    ]


@pytest.mark.parametrize("cache", ["configured", "none"])
def test_an_edit_shows_at_once_on_every_page_that_shows_it(action, cache, settings):
    if cache == "none":  # without a cache the pages are only slower, never wrong
        settings.CACHES = {
            **settings.CACHES,
            "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
        }
    member_client, _member = logged_in(roles.MEMBER)
    for url in pages_of(action):
        assert "CARIN requests" in member_client.get(url).content.decode()
    action.description_en = "Train judges on Warsaw Convention requests"
    action.save()
    for url in pages_of(action):
        content = member_client.get(url).content.decode()
        assert "Warsaw Convention" in content, url
        assert "CARIN requests" not in content, url


def test_a_bulk_edit_without_signals_shows_at_once(action):
    member_client, _member = logged_in(roles.MEMBER)
    url = pages_of(action)[0]
    assert "Number of trainings" in member_client.get(url).content.decode()
    IndicatorFactory._meta.model.objects.update(text_en="Number of joint investigations")
    assert "joint investigations" in member_client.get(url).content.decode()


def test_a_member_never_receives_the_coordinators_fragment(action):
    coordinator_client, _coordinator = logged_in(roles.MEMBER, roles.COORDINATOR)
    member_client, _member = logged_in(roles.MEMBER)
    url = pages_of(action)[0]
    report = reverse("actionplans:record_update", args=[action.indicators.get().pk])
    assert report in coordinator_client.get(url).content.decode()  # cached for coordinators
    assert report not in member_client.get(url).content.decode()
    assert report in coordinator_client.get(url).content.decode()


def test_a_member_never_receives_the_heading_with_the_coordinators_exports(action):
    coordinator_client, _coordinator = logged_in(roles.MEMBER, roles.COORDINATOR)
    member_client, _member = logged_in(roles.MEMBER)
    url = pages_of(action)[0]
    export = reverse("actionplans:export", args=[action.goal.plan.code, "csv"])
    assert export in coordinator_client.get(url).content.decode()
    assert export not in member_client.get(url).content.decode()


def test_languages_never_mix_on_a_shared_fragment(action):
    plan = action.goal.plan
    plan.title_fr = "Plan d'action en français"
    plan.save()
    english_client, _english = logged_in(roles.MEMBER)
    url = pages_of(action)[0]
    assert "Plan d&#x27;action en français" not in english_client.get(url).content.decode()
    french_client, _french = logged_in(roles.MEMBER, language="fr")
    content = french_client.get(url.replace("/en/", "/fr/", 1)).content.decode()
    assert "Plan d&#x27;action en français" in content


def test_languages_never_mix(action):
    action.description_fr = "Former les procureurs aux demandes CARIN"
    action.save()
    english_client, _english = logged_in(roles.MEMBER)
    url = pages_of(action)[1]
    assert "Train prosecutors" in english_client.get(url).content.decode()
    french_client, _french = logged_in(roles.MEMBER, language="fr")
    french_url = url.replace("/en/", "/fr/", 1)
    content = french_client.get(french_url).content.decode()
    assert "Former les procureurs" in content
    assert "Train prosecutors" not in content


def test_a_draft_is_never_served_to_another_member(action):
    author_client, author = logged_in(roles.MEMBER, roles.COORDINATOR)
    other_client, _other = logged_in(roles.MEMBER, roles.COORDINATOR)
    ProgressUpdateFactory(
        indicator=action.indicators.get(),
        author=author,
        review=ProgressUpdate.Review.DRAFT,
        reviewed_by=None,
        narrative="Draft narrative only its author sees",
        value=41,
    )
    url = pages_of(action)[1]
    assert "41" in author_client.get(url).content.decode()
    assert ">41<" not in other_client.get(url).content.decode()


def test_a_role_taken_away_takes_the_fragment_with_it(action):
    coordinator_client, coordinator = logged_in(roles.MEMBER, roles.COORDINATOR)
    url = pages_of(action)[0]
    report = reverse("actionplans:record_update", args=[action.indicators.get().pk])
    assert report in coordinator_client.get(url).content.decode()
    coordinator.groups.remove(Group.objects.get(name=roles.COORDINATOR))
    assert report not in coordinator_client.get(url).content.decode()


def test_a_deleted_plan_answers_404_not_its_cached_fragment(action):
    member_client, _member = logged_in(roles.MEMBER)
    plan_url, action_url = pages_of(action)
    member_client.get(plan_url)
    member_client.get(action_url)
    action.goal.plan.delete()
    assert member_client.get(plan_url).status_code == 404
    assert member_client.get(action_url).status_code == 404


@pytest.mark.parametrize("tenfold", [1, 10])
def test_a_warm_page_costs_at_most_four_queries(tenfold, django_assert_max_num_queries):
    actions = [ActionFactory() for _ in range(2 * tenfold)]
    for found in actions:
        IndicatorFactory(action=found)
    member_client, _member = logged_in(roles.MEMBER)
    for url in pages_of(actions[0]):
        member_client.get(url)  # the fragment is cached, the session refreshed
        with django_assert_max_num_queries(4):
            assert member_client.get(url).status_code == 200

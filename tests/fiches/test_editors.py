"""Who edits a country's fiches: the assignments PMT staff make, never a profile field."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse

from crimex_portal.accounts import roles
from directory.models import Country
from fiches.models import FicheEditorAssignment
from fiches.services import fiche_editable_by
from tests.factories import CountryFactory, FicheFactory, UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def pmt_client(client):
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    return client


def test_an_editor_of_several_countries_edits_those_and_no_other(client):
    first, second, third = CountryFactory(), CountryFactory(), CountryFactory()
    editor = UserFactory(roles=[roles.FICHE_EDITOR], country=third, two_factor=True)
    for country in (first, second):
        FicheEditorAssignment.objects.create(user=editor, country=country)

    editable = {
        country: fiche_editable_by(editor, fiche)
        for country, fiche in ((c, FicheFactory(country=c)) for c in (first, second, third))
    }

    assert editable == {first: True, second: True, third: False}


def test_an_assignment_without_the_role_gives_nothing():
    member = UserFactory(roles=[roles.MEMBER])
    fiche = FicheFactory()
    FicheEditorAssignment.objects.create(user=member, country=fiche.country)
    assert not fiche_editable_by(member, fiche)


def test_pmt_staff_assign_a_country_in_the_admin(pmt_client):
    editor = UserFactory(roles=[roles.FICHE_EDITOR])
    country = CountryFactory()

    response = pmt_client.post(
        reverse("admin:fiches_ficheeditorassignment_add"),
        {"user": editor.pk, "country": country.pk},
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    assignment = FicheEditorAssignment.objects.get()
    assert (assignment.user, assignment.country) == (editor, country)
    assert assignment.assigned_by is not None
    assert assignment.assigned_by.has_perm(roles.EDIT_ANY_FICHE)


def test_the_admin_refuses_an_account_without_the_editor_role(pmt_client):
    member = UserFactory(roles=[roles.MEMBER])

    response = pmt_client.post(
        reverse("admin:fiches_ficheeditorassignment_add"),
        {"user": member.pk, "country": CountryFactory().pk},
    )

    assert response.status_code == 200
    assert "Give this account the Country fiche editor role first." in response.content.decode()
    assert not FicheEditorAssignment.objects.exists()


def test_the_admin_refuses_a_second_assignment_of_the_same_country(pmt_client):
    editor = UserFactory(roles=[roles.FICHE_EDITOR])
    country = CountryFactory()
    FicheEditorAssignment.objects.create(user=editor, country=country)

    response = pmt_client.post(
        reverse("admin:fiches_ficheeditorassignment_add"),
        {"user": editor.pk, "country": country.pk},
    )

    assert response.status_code == 200
    assert FicheEditorAssignment.objects.count() == 1


def test_the_migration_keeps_existing_editors_on_their_profile_country(seeded):
    migration = importlib.import_module("fiches.migrations.0004_assign_existing_fiche_editors")
    morocco = Country.objects.get(iso_code="MA")
    editor = UserFactory(roles=[roles.FICHE_EDITOR], country=morocco)
    without_country = UserFactory(roles=[roles.FICHE_EDITOR])
    member = UserFactory(roles=[roles.MEMBER], country=morocco)
    assert Group.objects.get(name=roles.FICHE_EDITOR).user_set.count() == 2

    migration.assign_profile_countries(apps, None)
    migration.assign_profile_countries(apps, None)  # twice: changes nothing

    assert list(FicheEditorAssignment.objects.values_list("user", "country")) == [
        (editor.pk, morocco.pk)
    ]
    assert not FicheEditorAssignment.objects.filter(user__in=[without_country, member]).exists()

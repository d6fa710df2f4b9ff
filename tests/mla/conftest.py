import pytest

from crimex_portal.accounts import roles
from directory.models import Language
from tests.factories import (
    ChannelFactory,
    ContactFactory,
    CountryFactory,
    FicheFactory,
    InstrumentFactory,
    MeasureFactory,
    MeasureGroupFactory,
    OrganisationFactory,
    UserFactory,
)


@pytest.fixture
def morocco(db):
    return CountryFactory(iso_code="MA", name_en="Morocco")


@pytest.fixture
def tunisia(db):
    return CountryFactory(iso_code="TN", name_en="Tunisia")


@pytest.fixture
def freezing(db):
    group = MeasureGroupFactory(code="5", name_en="Assets")
    return MeasureFactory(code="501", name_en="Freezing of assets", group=group)


@pytest.fixture
def tunisian_fiche(db, tunisia, freezing):
    french, _created = Language.objects.get_or_create(code="fr", defaults={"name": "French"})
    arabic, _created = Language.objects.get_or_create(code="ar", defaults={"name": "Arabic"})
    authority = OrganisationFactory(
        name_en="Ministry of Justice of Tunisia", acronym="MJ-TN", country=tunisia
    )
    ContactFactory(organisation=authority, country=tunisia, address="31 Boulevard Bab Benat, Tunis")
    fiche = FicheFactory(
        country=tunisia,
        measure=freezing,
        applicability="applicable",
        receiving_authority=authority,
        formal_requirements_en="A copy of the freezing order.",
    )
    fiche.accepted_languages.set([french, arabic])
    fiche.instruments.set(
        [
            InstrumentFactory(
                slug="untoc",
                short_name_en="UNTOC",
                name_en="United Nations Convention against Transnational Organized Crime",
            )
        ]
    )
    fiche.channels.set([ChannelFactory(code="central-authority", name_en="Central authority")])
    return fiche


@pytest.fixture
def prosecutor(db, morocco):
    organisation = OrganisationFactory(
        name_en="Public Prosecutor's Office of Rabat", acronym="PPO-RABAT", country=morocco
    )
    return UserFactory(
        roles=[roles.MEMBER],
        two_factor=True,
        country=morocco,
        organisation=organisation,
        preferred_language="ar",
    )


@pytest.fixture
def tunisian_contact_point(db, tunisia):
    user = UserFactory(roles=[roles.MEMBER], two_factor=True, country=tunisia)
    contact = ContactFactory(country=tunisia, user=user, name_en="Tunisian contact point")
    return contact

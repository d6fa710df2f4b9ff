"""Identity is PMT's to set: a member changes only their language, never who they are.

Each test is the attack: a member (or a country's fiche editor) forges the profile form to take
another name, country or organisation, and uses it where the portal trusts it.
"""

import pytest
from django.urls import reverse

from crimex_portal.accounts import roles
from directory.models import Country
from fiches.models import Fiche
from sessions.models import Session
from tests.factories import (
    CountryFactory,
    FicheFactory,
    OrganisationFactory,
    RegistrationFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db


def forged_profile(user, **changes) -> dict:
    """The profile form as the old page had it, with the attacker's values."""
    data = {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "country": user.country_id or "",
        "organisation": user.organisation_id or "",
        "function": user.function,
        "preferred_language": user.preferred_language,
    }
    data.update(changes)
    return data


def test_member_cannot_rename_themselves_or_change_country_or_organisation(member_client, member):
    home, elsewhere = CountryFactory(), CountryFactory()
    own, other = OrganisationFactory(country=home), OrganisationFactory(country=elsewhere)
    member.country, member.organisation, member.function = home, own, "judge"
    member.first_name, member.last_name = "Amal", "Original"
    member.save()

    response = member_client.post(
        reverse("accounts:profile"),
        forged_profile(
            member,
            first_name="Minister",
            last_name="Of Justice",
            country=elsewhere.pk,
            organisation=other.pk,
            function="prosecutor",
            preferred_language="ar",
        ),
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.first_name, member.last_name, member.country, member.organisation) == (
        "Amal",
        "Original",
        home,
        own,
    )
    assert member.function == "judge"
    assert member.preferred_language == "ar"  # the one thing a member sets


def test_renamed_member_keeps_their_real_name_on_the_attendee_list(client, member, seeded):
    session = Session.objects.get(number=5)
    member.first_name, member.last_name = "Amal", "Original"
    member.save()
    RegistrationFactory(session=session, user=member)
    log_in_with_two_factor(client, member)
    client.post(
        reverse("accounts:profile"),
        forged_profile(member, first_name="Director", last_name="General"),
    )

    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    page = client.get(reverse("crimex_sessions:attendees", args=[session.pk])).content.decode()

    assert "Amal Original" in page
    assert "Director General" not in page


def test_moroccan_fiche_editor_cannot_move_to_tunisia_and_edit_its_fiches(client, seeded):
    morocco, tunisia = Country.objects.get(iso_code="MA"), Country.objects.get(iso_code="TN")
    fiche = FicheFactory(country=tunisia)
    editor = UserFactory(roles=[roles.FICHE_EDITOR], country=morocco, two_factor=True)
    log_in_with_two_factor(client, editor)

    client.post(reverse("accounts:profile"), forged_profile(editor, country=tunisia.pk))
    url = reverse("fiches:edit", args=["TN", fiche.measure.code])
    response = client.post(url, {"applicability": "not_applicable"})

    assert response.status_code == 403
    fiche.refresh_from_db()
    assert fiche.applicability == Fiche.Applicability.APPLICABLE
    editor.refresh_from_db()
    assert editor.country == morocco


def test_the_profile_country_alone_gives_no_fiche_to_edit(client, seeded):
    """Only PMT's assignment does: a country in the profile (set by anyone) is not enough."""
    fiche = FicheFactory(country=Country.objects.get(iso_code="MA"))
    editor = UserFactory(roles=[roles.FICHE_EDITOR], country=fiche.country, two_factor=True)
    log_in_with_two_factor(client, editor)

    url = reverse("fiches:edit", args=["MA", fiche.measure.code])
    assert client.get(url).status_code == 403
    assert "Edit this fiche" not in client.get(fiche.get_absolute_url()).content.decode()
    review = reverse("fiches:mark_reviewed", args=["MA", fiche.measure.code])
    assert client.post(review).status_code == 403


def test_reviewer_organisation_on_a_fiche_is_the_one_pmt_set(client, seeded):
    morocco = Country.objects.get(iso_code="MA")
    ministry = OrganisationFactory(country=morocco, name_en="Ministry of Justice (test)")
    supreme = OrganisationFactory(country=morocco, name_en="Court of Cassation (test)")
    fiche = FicheFactory(country=morocco, last_reviewed_on=None)
    pmt = UserFactory(
        roles=[roles.PMT_STAFF], is_staff=True, organisation=ministry, two_factor=True
    )
    log_in_with_two_factor(client, pmt)

    # PMT staff edit every fiche: they forge the organisation the review is recorded under.
    client.post(reverse("accounts:profile"), forged_profile(pmt, organisation=supreme.pk))
    client.post(
        reverse("fiches:mark_reviewed", args=["MA", fiche.measure.code]),
        {"reviewer_label": "Court of Cassation (test)", "last_reviewed_by": ""},
    )

    fiche.refresh_from_db()
    assert fiche.last_reviewed_on is not None
    assert fiche.last_reviewed_by == pmt
    assert fiche.reviewer_label == "Ministry of Justice (test)"

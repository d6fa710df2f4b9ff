"""Issue 14/15, as the attack: a member forges the capacity "Project Management Team" when
registering for a session. Only PMT staff attend in that capacity."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from crimex_portal.accounts import roles
from sessions.models import Registration
from sessions.services import registration_save
from tests.factories import RegistrationFactory, SessionFactory, UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db

PMT = Registration.Capacity.PMT


def test_the_form_does_not_offer_the_pmt_capacity_to_members(member_client):
    session = SessionFactory()

    page = member_client.get(session.get_absolute_url()).content.decode()

    assert 'name="capacity"' in page
    assert f'value="{PMT}"' not in page


def test_a_forged_pmt_capacity_is_refused_and_changes_nothing(member_client, member):
    session = SessionFactory()

    response = member_client.post(
        reverse("crimex_sessions:register", args=[session.pk]), {"capacity": PMT}, follow=True
    )

    assert not Registration.objects.filter(session=session, user=member).exists()
    assert "could not be saved" in response.content.decode()


def test_a_registered_member_cannot_raise_their_capacity_to_pmt(member_client, member):
    registration = RegistrationFactory(user=member, capacity=Registration.Capacity.OBSERVER)

    member_client.post(
        reverse("crimex_sessions:register", args=[registration.session.pk]), {"capacity": PMT}
    )

    registration.refresh_from_db()
    assert registration.capacity == Registration.Capacity.OBSERVER


def test_the_service_refuses_it_too(member):
    with pytest.raises(ValidationError, match="cannot register in this capacity"):
        registration_save(session=SessionFactory(), user=member, capacity=PMT)
    assert not Registration.objects.exists()


def test_pmt_staff_attend_as_pmt(client):
    session = SessionFactory()
    staff = UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    log_in_with_two_factor(client, staff)

    client.post(reverse("crimex_sessions:register", args=[session.pk]), {"capacity": PMT})

    assert Registration.objects.get(session=session, user=staff).capacity == PMT

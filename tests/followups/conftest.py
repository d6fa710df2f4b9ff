import datetime

import pytest

from actionplans.models import Action, ProgressUpdate
from crimex_portal.accounts import roles
from directory.models import Country
from followups.models import Decision, FollowUp
from tests.factories import SessionFactory, UserFactory


@pytest.fixture
def seeded(seeded):
    ProgressUpdate.objects.filter(is_demo=True).delete()
    return seeded


@pytest.fixture
def pmt(db):
    return UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)


@pytest.fixture
def coordinator(db):
    return UserFactory(roles=[roles.COORDINATOR], two_factor=True)


@pytest.fixture
def moroccan_member(morocco):
    return UserFactory(roles=[roles.MEMBER], two_factor=True, country=morocco)


@pytest.fixture
def tunisian_member(seeded):
    return UserFactory(
        roles=[roles.MEMBER], two_factor=True, country=Country.objects.get(iso_code="TN")
    )


@pytest.fixture
def action_a31(seeded) -> Action:
    return Action.objects.get(goal__plan__code="A", reference="3.1")


@pytest.fixture
def held_session(seeded):
    return SessionFactory(
        start_date=datetime.date(2026, 3, 10),
        end_date=datetime.date(2026, 3, 11),
        status="held",
        title_en="Held session",
    )


@pytest.fixture
def followup(held_session, morocco, action_a31) -> FollowUp:
    decision = Decision.objects.create(
        session=held_session, order=1, text_en="Share the practice of joint investigation teams."
    )
    followup = FollowUp.objects.create(
        decision=decision,
        what_en="Send the note on joint investigation teams to PMT",
        owner_country=morocco,
        due_date=datetime.date(2026, 5, 1),
    )
    followup.actions.add(action_a31)
    followup.indicators.add(*action_a31.indicators.all()[:1])
    return followup

"""Nobody approves their own progress update: the four-eyes rule of the review."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from actionplans.models import ProgressUpdate
from actionplans.services import (
    progress_update_create,
    progress_update_review,
    progress_update_submit,
)
from crimex_portal.accounts import roles
from tests.factories import (
    IndicatorFactory,
    ReportingPeriodFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def pmt():
    return UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)


@pytest.fixture
def own_submitted_update(pmt) -> ProgressUpdate:
    update = progress_update_create(
        author=pmt,
        indicator=IndicatorFactory(),
        period=ReportingPeriodFactory(),
        status="achieved",
        value=12,
    )
    return progress_update_submit(update=update, by=pmt)


def test_pmt_staff_cannot_approve_their_own_update_in_the_portal(client, pmt, own_submitted_update):
    log_in_with_two_factor(client, pmt)
    page = client.get(own_submitted_update.get_absolute_url()).content.decode()
    assert "Record my review" not in page

    response = client.post(
        reverse("actionplans:review_update", args=[own_submitted_update.pk]),
        {"decision": "approve", "comment": ""},
        follow=True,
    )

    own_submitted_update.refresh_from_db()
    assert own_submitted_update.review == ProgressUpdate.Review.SUBMITTED
    assert own_submitted_update.reviewed_by is None
    assert "another member of PMT staff" in response.content.decode()


def test_the_review_service_refuses_the_author(pmt, own_submitted_update):
    for approve, comment in ((True, ""), (False, "Returned to myself")):
        with pytest.raises(ValidationError, match="another member of PMT staff"):
            progress_update_review(
                update=own_submitted_update, by=pmt, approve=approve, comment=comment
            )
    assert not own_submitted_update.revisions.filter(change__in=["approved", "returned"]).exists()


def test_a_colleague_approves_it(own_submitted_update):
    colleague = UserFactory(roles=[roles.PMT_STAFF], is_staff=True)

    update = progress_update_review(update=own_submitted_update, by=colleague, approve=True)

    assert update.review == ProgressUpdate.Review.APPROVED
    assert update.reviewed_by == colleague

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from actionplans.models import ProgressUpdate
from actionplans.selectors import dashboard_figures, plan_table
from actionplans.services import (
    progress_update_create,
    progress_update_edit,
    progress_update_review,
    progress_update_submit,
)
from crimex_portal.accounts import roles
from directory.models import Country
from tests.factories import (
    PDF_BYTES,
    IndicatorFactory,
    ProgressUpdateFactory,
    ReportingPeriodFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator():
    return UserFactory(roles=[roles.COORDINATOR], two_factor=True)


@pytest.fixture
def pmt():
    return UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)


def test_coordinator_records_pmt_approves_and_the_dashboard_moves(client, seeded, coordinator, pmt):
    plan = plan_table("A")
    indicator = plan.goals.all()[0].actions.all()[0].indicators.all()[0]  # 1.1 number of trainings
    period = ReportingPeriodFactory(
        name="2026 H1", start=datetime.date(2026, 1, 1), end=datetime.date(2026, 6, 30)
    )
    morocco = Country.objects.get(iso_code="MA")
    before = dashboard_figures(plan)
    assert before.by_goal[0].counts == {"not_started": 1}

    log_in_with_two_factor(client, coordinator)
    response = client.post(
        reverse("actionplans:record_update", args=[indicator.pk]),
        {
            "period": period.pk,
            "country": morocco.pk,
            "status": "achieved",
            "value": "4",
            "narrative": "Four joint trainings with the judicial institute.",
        },
    )
    update = ProgressUpdate.objects.get()
    assert response["Location"] == update.get_absolute_url()
    assert update.review == ProgressUpdate.Review.DRAFT
    client.post(reverse("actionplans:submit_update", args=[update.pk]))
    assert dashboard_figures(plan).by_goal[0].counts == {"not_started": 1}  # not approved yet

    log_in_with_two_factor(client, pmt)
    response = client.post(
        reverse("actionplans:review_update", args=[update.pk]),
        {"decision": "approve", "comment": ""},
    )
    assert response["Location"] == reverse("actionplans:review_queue")

    after = dashboard_figures(plan)
    assert after.by_goal[0].counts == {"achieved": 1}
    assert [row.label for row in after.by_country] == ["Morocco"]
    assert after.value_series[0].points == [("2026 H1", 4)]
    page = client.get(reverse("actionplans:plan", args=["A"])).content.decode()
    assert "Achieved" in page
    update.refresh_from_db()
    assert [revision.change for revision in update.revisions.all()] == [
        "created",
        "submitted",
        "approved",
    ]


def test_returned_update_needs_a_comment_and_goes_back_to_its_author(coordinator, pmt):
    indicator, period = IndicatorFactory(), ReportingPeriodFactory()
    update = progress_update_create(
        author=coordinator, indicator=indicator, period=period, status="in_progress", value=1
    )
    progress_update_submit(update=update, by=coordinator)

    with pytest.raises(ValidationError, match="Say why"):
        progress_update_review(update=update, by=pmt, approve=False, comment=" ")
    progress_update_review(update=update, by=pmt, approve=False, comment="Which trainings?")
    update = progress_update_edit(update=update, by=coordinator, narrative="Tunis, May 2026.")

    assert update.review == ProgressUpdate.Review.RETURNED
    assert update.narrative == "Tunis, May 2026."
    assert update.revisions.count() == 4  # created, submitted, returned, edited: all kept
    assert update.revisions.get(change="submitted").snapshot["narrative"] == ""


def test_nothing_is_overwritten_once_submitted(coordinator):
    update = ProgressUpdateFactory(author=coordinator, review="submitted")
    with pytest.raises(ValidationError, match="cannot be changed"):
        progress_update_edit(update=update, by=coordinator, value=9)


def test_only_the_author_changes_an_update(coordinator):
    update = ProgressUpdateFactory(review="draft")
    with pytest.raises(ValidationError, match="Only the coordinator"):
        progress_update_edit(update=update, by=coordinator, value=9)


def test_a_locked_period_takes_no_update(coordinator):
    period = ReportingPeriodFactory(is_locked=True)
    with pytest.raises(ValidationError, match="locked"):
        progress_update_create(
            author=coordinator,
            indicator=IndicatorFactory(),
            period=period,
            status="achieved",
            value=2,
        )


def test_count_indicator_needs_a_value_and_bad_input_saves_nothing(client, coordinator):
    indicator, period = IndicatorFactory(), ReportingPeriodFactory()
    log_in_with_two_factor(client, coordinator)
    response = client.post(
        reverse("actionplans:record_update", args=[indicator.pk]),
        {"period": period.pk, "status": "achieved", "value": ""},
    )
    assert "Give the number reached" in response.content.decode()
    assert not ProgressUpdate.objects.exists()


def test_members_read_but_cannot_record_or_review(member_client):
    indicator = IndicatorFactory()
    update = ProgressUpdateFactory(indicator=indicator, review="submitted")
    assert (
        member_client.get(reverse("actionplans:record_update", args=[indicator.pk])).status_code
        == 403
    )
    assert (
        member_client.post(
            reverse("actionplans:review_update", args=[update.pk]), {"decision": "approve"}
        ).status_code
        == 403
    )
    assert member_client.get(update.get_absolute_url()).status_code == 404  # not approved


def test_drafts_of_others_never_count_nor_show(member_client):
    draft = ProgressUpdateFactory(review="draft", status="achieved")
    page = member_client.get(draft.indicator.action.get_absolute_url()).content.decode()
    assert "No approved progress update yet." in page


def test_evidence_file_then_edit_submit_and_review(client, coordinator, pmt):
    """Issue 15: a coordinator attaches an evidence file; the draft stays editable and
    submittable, and PMT staff open it in the portal and in the admin."""
    indicator = IndicatorFactory()
    period = ReportingPeriodFactory()
    log_in_with_two_factor(client, coordinator)
    client.post(
        reverse("actionplans:record_update", args=[indicator.pk]),
        {
            "period": period.pk,
            "status": "in_progress",
            "value": "2",
            "evidence_file": SimpleUploadedFile("minutes.pdf", PDF_BYTES),
        },
    )
    update = ProgressUpdate.objects.get(author=coordinator)
    evidence_url = reverse("actionplans:update_evidence", args=[update.pk])

    draft = client.get(update.get_absolute_url())
    assert draft.status_code == 200
    # The form shows the file's name and links to the view that checks access.
    assert f'href="{evidence_url}"' in draft.content.decode()
    assert "minutes" in draft.content.decode()

    # Edited without sending the file again: the file stays.
    response = client.post(
        update.get_absolute_url(), {"status": "in_progress", "value": "3", "narrative": "More."}
    )
    assert response.status_code == 302
    update.refresh_from_db()
    assert (update.value, update.evidence_file.name.endswith(".pdf")) == (3, True)
    client.post(reverse("actionplans:submit_update", args=[update.pk]))
    update.refresh_from_db()
    assert update.review == ProgressUpdate.Review.SUBMITTED

    log_in_with_two_factor(client, pmt)
    assert client.get(update.get_absolute_url()).status_code == 200
    admin_page = client.get(reverse("admin:actionplans_progressupdate_change", args=[update.pk]))
    assert admin_page.status_code == 200
    assert f'href="{evidence_url}"' in admin_page.content.decode()
    download = client.get(evidence_url)
    assert b"".join(download.streaming_content) == PDF_BYTES

import datetime

import pytest
from django.urls import reverse

from actionplans.forms import ProgressUpdateForm
from followups.models import Decision, FollowUp, FollowUpChange
from sessions.models import Session
from tests.factories import (
    ReportingPeriodFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db


def test_seed_gives_the_5th_session_its_decisions_a_to_e_reconstructed(seeded):
    session = Session.objects.get(number=5, part=2)
    decisions = list(Decision.objects.filter(session=session).order_by("order"))
    assert [decision.order for decision in decisions] == [1, 2, 3, 4, 5]
    assert decisions[0].text_en.startswith("Discussions and agreement on the practice and tools")
    assert decisions[1].text_en.endswith("Tallinn Roadmap towards the EuroMed Judicial Platform")
    assert decisions[4].text_en == "Preparation for the 6th CrimEx"
    assert all(decision.is_reconstructed for decision in decisions)
    assert all(decision.text_fr and decision.text_ar for decision in decisions)
    assert {decision.agenda_item.title_en for decision in decisions} == {
        "CrimEx Final Debates and Conclusions."
    }
    assert not FollowUp.objects.filter(decision__session=session).exists()


def test_members_see_decisions_on_the_session_page_visitors_do_not(client, seeded, member):
    session = Session.objects.get(number=5, part=2)
    url = reverse("crimex_sessions:detail", args=[session.pk])
    assert "Reconstructed from the agenda" not in client.get(url).content.decode()
    log_in_with_two_factor(client, member)
    content = client.get(url).content.decode()
    assert "Decisions and follow-ups" in content
    assert "Reconstructed from the agenda" in content
    assert "Preparation for the 6th CrimEx" in content


def test_the_moroccan_member_marks_it_done_and_the_change_is_kept(
    client, followup, moroccan_member
):
    log_in_with_two_factor(client, moroccan_member)
    page = client.get(followup.get_absolute_url()).content.decode()
    assert "Update the status" in page
    response = client.post(
        reverse("followups:update_status", args=[followup.pk]),
        {"status": "done", "note": "Sent on 20 April."},
    )
    assert response.status_code == 302
    followup.refresh_from_db()
    assert followup.status == "done"
    change = FollowUpChange.objects.get(followup=followup)
    assert (change.changed_by, change.status, change.note) == (
        moroccan_member,
        "done",
        "Sent on 20 April.",
    )


def test_attack_a_member_of_another_country_cannot_update_moroccos_followup(
    client, followup, tunisian_member
):
    log_in_with_two_factor(client, tunisian_member)
    page = client.get(followup.get_absolute_url()).content.decode()
    assert "Update the status" not in page
    response = client.post(
        reverse("followups:update_status", args=[followup.pk]), {"status": "done", "note": "x"}
    )
    assert response.status_code == 403
    followup.refresh_from_db()
    assert followup.status == "open"
    assert not FollowUpChange.objects.exists()


def test_attack_forged_owner_fields_change_nothing(
    client, followup, moroccan_member, tunisian_member
):
    """The form takes a status and a note; an owner in the POST is ignored, and a Tunisian
    member cannot make a follow-up theirs by sending one."""
    log_in_with_two_factor(client, tunisian_member)
    forged = {
        "status": "done",
        "owner_country": tunisian_member.country_id,
        "owner_member": tunisian_member.pk,
    }
    assert (
        client.post(reverse("followups:update_status", args=[followup.pk]), forged).status_code
        == 403
    )
    client.logout()
    log_in_with_two_factor(client, moroccan_member)
    client.post(
        reverse("followups:update_status", args=[followup.pk]),
        {**forged, "status": "in_progress"},
    )
    followup.refresh_from_db()
    assert followup.status == "in_progress"
    assert followup.owner_country.iso_code == "MA"
    assert followup.owner_member is None


def test_a_member_owner_and_an_organisation_owner_may_update(client, followup, pgos):
    colleague = UserFactory(roles=["Member"], two_factor=True, organisation=pgos)
    FollowUp.objects.filter(pk=followup.pk).update(owner_country=None, owner_organisation=pgos)
    log_in_with_two_factor(client, colleague)
    response = client.post(
        reverse("followups:update_status", args=[followup.pk]), {"status": "in_progress"}
    )
    assert response.status_code == 302
    stranger = UserFactory(roles=["Member"], two_factor=True, organisation=None)
    FollowUp.objects.filter(pk=followup.pk).update(owner_organisation=None, owner_member=colleague)
    client.logout()
    log_in_with_two_factor(client, stranger)
    assert (
        client.post(
            reverse("followups:update_status", args=[followup.pk]), {"status": "done"}
        ).status_code
        == 403
    )


def test_dropping_needs_a_reason(client, followup, pmt):
    log_in_with_two_factor(client, pmt)
    client.post(reverse("followups:update_status", args=[followup.pk]), {"status": "dropped"})
    followup.refresh_from_db()
    assert followup.status == "open"


def test_attack_coordinators_cannot_cite_a_followup_not_done(followup, coordinator):
    indicator = followup.actions.get().indicators.first()
    period = ReportingPeriodFactory()
    data = {"period": period.pk, "status": "in_progress", "value": "1"}
    form = ProgressUpdateForm({**data, "evidence_followup": followup.pk}, indicator=indicator)
    assert not form.is_valid()
    assert "evidence_followup" in form.errors
    FollowUp.objects.filter(pk=followup.pk).update(status="done")
    form = ProgressUpdateForm({**data, "evidence_followup": followup.pk}, indicator=indicator)
    assert form.is_valid(), form.errors


def test_the_next_session_shows_the_followups_still_open(client, followup, member):
    done = FollowUp.objects.create(
        decision=followup.decision,
        what_en="Already done thing",
        owner_country=followup.owner_country,
        status="done",
    )
    next_session = SessionFactory(
        start_date=datetime.date(2026, 10, 1), end_date=datetime.date(2026, 10, 2)
    )
    log_in_with_two_factor(client, member)
    content = client.get(next_session.get_absolute_url()).content.decode()
    assert "Follow-ups from earlier sessions" in content
    assert followup.what in content
    assert done.what not in content
    # the session that decided it lists it under its decisions, not as "earlier"
    own = client.get(followup.decision.session.get_absolute_url()).content.decode()
    assert "Follow-ups from earlier sessions" not in own
    assert followup.what in own


def test_the_action_page_walks_the_thread(client, followup, member, action_a31):
    log_in_with_two_factor(client, member)
    content = client.get(action_a31.get_absolute_url()).content.decode()
    assert followup.what in content
    assert followup.decision.session.label in content
    detail = client.get(followup.get_absolute_url()).content.decode()
    assert action_a31.get_absolute_url() in detail
    assert followup.decision.text in detail


def test_the_plan_export_and_the_tracking_table_list_the_followups(client, followup, coordinator):
    log_in_with_two_factor(client, coordinator)
    csv = client.get(reverse("actionplans:export", args=["A", "csv"])).content.decode("utf-8-sig")
    assert "Follow-ups" in csv
    assert followup.what in csv
    response = client.get(reverse("followups:tracking_xlsx"))
    assert response.status_code == 200
    import io

    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("Session", "Decision", "Follow-up", "Owner", "Due date", "Status")
    assert rows[1][2] == followup.what
    assert rows[1][3] == "Morocco"


def test_members_without_export_rights_get_no_tracking_xlsx(client, followup, member):
    log_in_with_two_factor(client, member)
    assert client.get(reverse("followups:tracking")).status_code == 200
    assert client.get(reverse("followups:tracking_xlsx")).status_code == 403


def test_tracking_pdf_builder_renders(followup):
    from crimex_portal.reports.registry import builder_for, report_context

    builder = builder_for("followups")
    context = report_context(builder, builder.target("all"), "")
    assert followup in list(context["followups"])


@pytest.mark.parametrize("extra", [1, 10])
def test_action_page_query_count_is_flat(
    client, followup, member, action_a31, django_assert_num_queries, extra
):
    log_in_with_two_factor(client, member)
    client.get(action_a31.get_absolute_url())  # the session and permissions are warm
    for index in range(extra):  # the follow-ups change: the page's fragment is read again
        other = FollowUp.objects.create(
            decision=followup.decision, what_en=f"More {index}", owner_member=member
        )
        other.actions.add(action_a31)
    with django_assert_num_queries(QUERIES["action"]):
        content = client.get(action_a31.get_absolute_url()).content.decode()
    assert f"More {extra - 1}" in content
    with django_assert_num_queries(4):  # unchanged: the cached fragment
        client.get(action_a31.get_absolute_url())


QUERIES = {"action": 14}


def test_session_pdf_lists_decisions_and_the_next_one_lists_open_followups(followup, tmp_path):
    """The PDF of the 5th session in Arabic is kept in tmp_path to look at."""
    from crimex_portal.reports.pdf import html_to_pdf
    from crimex_portal.reports.registry import builder_for
    from crimex_portal.reports.services import render_report_html
    from tests.pdf import assert_arabic_font_embedded, pdf_text

    builder = builder_for("session")
    _title, html = render_report_html(
        builder, builder.target(str(followup.decision.session.pk)), "en", ""
    )
    assert "Decisions and follow-ups" in html
    assert followup.what in html
    upcoming = SessionFactory(
        start_date=datetime.date(2026, 9, 1), end_date=datetime.date(2026, 9, 2)
    )
    _title, html = render_report_html(builder, builder.target(str(upcoming.pk)), "en", "")
    assert "Follow-ups from earlier sessions" in html
    assert followup.what in html
    seeded_fifth = Session.objects.get(number=5, part=2)
    _title, html = render_report_html(builder, builder.target(str(seeded_fifth.pk)), "ar", "")
    pdf = html_to_pdf(html)
    (tmp_path / "session-5-ar.pdf").write_bytes(pdf)
    assert_arabic_font_embedded(pdf, tmp_path)
    assert "تالين" in pdf_text(pdf, tmp_path)  # decision b, in Arabic


@pytest.mark.parametrize("extra", [1, 10])
def test_tracking_and_followup_pages_query_counts_are_flat(
    client, followup, member, action_a31, django_assert_num_queries, extra
):
    for index in range(extra):
        other = FollowUp.objects.create(
            decision=followup.decision, what_en=f"More {index}", owner_member=member
        )
        other.actions.add(action_a31)
        FollowUpChange.objects.create(followup=followup, changed_by=member, status="in_progress")
    log_in_with_two_factor(client, member)
    client.get(reverse("followups:tracking"))
    with django_assert_num_queries(QUERIES["tracking"]):
        client.get(reverse("followups:tracking"))
    with django_assert_num_queries(QUERIES["detail"]):
        client.get(followup.get_absolute_url())


QUERIES["tracking"] = 4
QUERIES["detail"] = 10

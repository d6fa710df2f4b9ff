import io

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from docx.oxml.ns import qn

from crimex_portal.accounts import roles
from crimex_portal.audit.models import AuditEvent
from mla.document import NOT_A_TRANSMISSION
from mla.models import Comment, MlaRequest, Share
from tests.factories import UserFactory, log_in_with_two_factor
from tests.mla.helpers import FACTS, FACTS_AR, complete_request

pytestmark = pytest.mark.django_db
# The queries of each composer page, warm: the session and the user (permissions are cached).
PINNED_QUERY_COUNTS = {
    "index": 5,
    "step1": 11,
    "step2": 11,
    "step3": 12,
    "step4": 10,
    "step5": 10,
    "step6": 10,
    "step7": 16,
}


def step_url(mla_request, step):
    return reverse("mla:step", kwargs={"pk": mla_request.pk, "step": step})


def test_start_from_the_fiche_prefills_the_requesting_authority(client, prosecutor, tunisian_fiche):
    log_in_with_two_factor(client, prosecutor)
    page = client.get(reverse("mla:new") + "?country=TN&measure=501")
    assert page.status_code == 200
    response = client.post(reverse("mla:new"), {"country": "TN", "measures": ["501"]})
    mla_request = MlaRequest.objects.get()
    assert response["Location"] == step_url(mla_request, 2)
    assert mla_request.author == prosecutor
    assert mla_request.requesting_authority == "Public Prosecutor's Office of Rabat (PPO-RABAT)"
    assert mla_request.requesting_country.iso_code == "MA"
    assert mla_request.drafter_language == "ar"


def test_every_step_saves_and_navigation_buttons_save_too(client, prosecutor, tunisian_fiche):
    mla_request = complete_request(prosecutor, tunisian_fiche)
    log_in_with_two_factor(client, prosecutor)
    for step in range(1, 8):
        assert client.get(step_url(mla_request, step)).status_code == 200
    response = client.post(
        step_url(mla_request, 4),
        {
            "facts": "New facts",
            "persons_and_places": "",
            "offence-TOTAL_FORMS": "1",
            "offence-INITIAL_FORMS": "0",
            "offence-0-qualification": "Money laundering",
            "offence-0-provisions": "",
            "offence-0-penalties": "",
            "goto": "2",
        },
    )
    assert response["Location"] == step_url(mla_request, 2)
    mla_request.refresh_from_db()
    assert mla_request.facts == "New facts"
    assert [o.qualification for o in mla_request.offences.all()] == ["Money laundering"]


def test_finalise_is_refused_naming_what_is_missing(client, prosecutor, tunisian_fiche):
    log_in_with_two_factor(client, prosecutor)
    client.post(reverse("mla:new"), {"country": "TN", "measures": ["501"]})
    mla_request = MlaRequest.objects.get()
    response = client.post(reverse("mla:finalise", args=[mla_request.pk]), follow=True)
    mla_request.refresh_from_db()
    assert mla_request.status == MlaRequest.Status.DRAFT
    text = response.content.decode()
    assert "cannot be finalised" in text
    assert "The summary of the facts" in text
    assert step_url(mla_request, 4) in text
    assert "The legal basis" in text


def test_complete_request_is_finalised(client, prosecutor, tunisian_fiche):
    mla_request = complete_request(prosecutor, tunisian_fiche)
    log_in_with_two_factor(client, prosecutor)
    client.post(reverse("mla:finalise", args=[mla_request.pk]))
    mla_request.refresh_from_db()
    assert mla_request.status == MlaRequest.Status.FINAL


def test_illustrative_fiche_is_said_on_every_step_and_in_the_document(
    client, prosecutor, tunisian_fiche
):
    tunisian_fiche.is_demo = True
    tunisian_fiche.save()
    mla_request = complete_request(prosecutor, tunisian_fiche)
    log_in_with_two_factor(client, prosecutor)
    for step in range(1, 8):
        assert "Illustrative fiche" in client.get(step_url(mla_request, step)).content.decode()
    document = client.get(reverse("mla:document", args=[mla_request.pk]) + "?language=fr")
    assert "fiche illustrative" in document.content.decode()  # the request in French


@pytest.mark.parametrize("who", ["other_member", "pmt", "contact_point"])
def test_others_get_404_on_every_page_of_the_draft(
    client, prosecutor, tunisian_fiche, tunisian_contact_point, who
):
    mla_request = complete_request(prosecutor, tunisian_fiche)
    intruder = {
        "other_member": lambda: UserFactory(roles=[roles.MEMBER], two_factor=True),
        "pmt": lambda: UserFactory(roles=[roles.PMT_STAFF], two_factor=True, is_staff=True),
        "contact_point": lambda: tunisian_contact_point.user,
    }[who]()
    log_in_with_two_factor(client, intruder)
    pk = mla_request.pk
    for url in [
        step_url(mla_request, 1),
        step_url(mla_request, 7),
        reverse("mla:document", args=[pk]) + "?language=fr",
        reverse("mla:docx", args=[pk]) + "?language=fr",
        reverse("mla:export", args=[pk]),
    ]:
        assert client.get(url).status_code == 404, url
    for url, data in [
        (step_url(mla_request, 4), {"facts": "forged"}),
        (reverse("mla:finalise", args=[pk]), {}),
        (reverse("mla:delete", args=[pk]), {}),
        (reverse("mla:duplicate", args=[pk]), {"country": "TN"}),
        (reverse("mla:pdf", args=[pk]), {"language": "fr"}),
        (reverse("mla:share", args=[pk]), {"contacts": [tunisian_contact_point.pk]}),
    ]:
        assert client.post(url, data).status_code == 404, url
    mla_request.refresh_from_db()
    assert mla_request.facts.startswith(FACTS)
    assert not Share.objects.exists()


def test_anonymous_is_sent_to_log_in(client, prosecutor, tunisian_fiche):
    mla_request = complete_request(prosecutor, tunisian_fiche)
    response = client.get(step_url(mla_request, 1))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_pdf_only_for_the_author_not_for_pmt(client, prosecutor, tunisian_fiche):
    from crimex_portal.reports.models import Report

    mla_request = complete_request(prosecutor, tunisian_fiche)
    log_in_with_two_factor(client, prosecutor)
    client.post(reverse("mla:pdf", args=[mla_request.pk]), {"language": "fr", "parallel": "on"})
    report = Report.objects.get()
    assert report.target_key == f"{mla_request.pk}-ar"
    download = client.get(reverse("mla:pdf_download", args=[mla_request.pk, report.pk]))
    assert b"".join(download.streaming_content).startswith(b"%PDF-")
    pmt = UserFactory(roles=[roles.PMT_STAFF], two_factor=True, is_staff=True)
    log_in_with_two_factor(client, pmt)
    assert client.get(reverse("reports:detail", args=[report.pk])).status_code == 404
    assert client.get(reverse("reports:download", args=[report.pk])).status_code == 404


def test_docx_reads_in_both_languages(client, prosecutor, tunisian_fiche):
    import docx

    mla_request = complete_request(prosecutor, tunisian_fiche)
    log_in_with_two_factor(client, prosecutor)
    response = client.get(reverse("mla:docx", args=[mla_request.pk]) + "?language=fr&parallel=on")
    document = docx.Document(io.BytesIO(response.content))
    text = "\n".join(
        paragraph.text for cell in document.tables[0]._cells for paragraph in cell.paragraphs
    )
    title = "Request for mutual legal assistance in criminal matters"
    for language in ("fr", "ar"):  # the portal's translations, whatever the catalogues hold
        with translation.override(language):
            assert gettext(title) in text
            assert gettext(NOT_A_TRANSMISSION) in document.sections[0].footer.paragraphs[0].text
    assert FACTS in text
    assert FACTS_AR in text
    arabic_cell = document.tables[0].rows[1].cells[1].paragraphs[0]
    assert arabic_cell._p.pPr.find(qn("w:bidi")) is not None


def test_sharing_reading_commenting_revoking(
    client, prosecutor, tunisian_fiche, tunisian_contact_point, django_capture_on_commit_callbacks
):
    mla_request = complete_request(prosecutor, tunisian_fiche)
    log_in_with_two_factor(client, prosecutor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("mla:share", args=[mla_request.pk]),
            {"contacts": [tunisian_contact_point.pk]},
        )
    assert mail.outbox[0].to == [tunisian_contact_point.user.email]
    assert "dirhams" not in mail.outbox[0].body
    version = mla_request.versions.get()
    share = Share.objects.get()
    contact_client = type(client)()
    log_in_with_two_factor(contact_client, tunisian_contact_point.user)
    page = contact_client.get(reverse("mla:shared", args=[version.pk]))
    assert FACTS in page.content.decode()
    contact_client.post(
        reverse("mla:shared", args=[version.pk]), {"body": "Ajoutez l'ordonnance de gel."}
    )
    assert Comment.objects.get().body == "Ajoutez l'ordonnance de gel."
    assert "Ajoutez" in client.get(step_url(mla_request, 7)).content.decode()
    events = AuditEvent.objects.filter(action__startswith="mla_")
    assert {event.action for event in events} == {"mla_shared", "mla_shared_read", "mla_commented"}
    for event in events:
        assert "Ajoutez" not in str(event.details)
        assert "dirhams" not in str(event.details)
        assert "Ajoutez" not in event.target_repr
    # A later change of the draft does not change the frozen copy.
    mla_request.facts = "Changed after sharing"
    mla_request.save()
    assert FACTS in contact_client.get(reverse("mla:shared", args=[version.pk])).content.decode()
    client.post(reverse("mla:revoke", args=[mla_request.pk, share.pk]))
    assert contact_client.get(reverse("mla:shared", args=[version.pk])).status_code == 404
    other = UserFactory(roles=[roles.MEMBER], two_factor=True)
    log_in_with_two_factor(contact_client, other)
    assert contact_client.get(reverse("mla:shared", args=[version.pk])).status_code == 404


def test_share_refuses_a_contact_of_another_country(client, prosecutor, tunisian_fiche):
    from tests.factories import ContactFactory

    mla_request = complete_request(prosecutor, tunisian_fiche)
    stranger = ContactFactory(user=UserFactory(roles=[roles.MEMBER], two_factor=True))
    log_in_with_two_factor(client, prosecutor)
    client.post(reverse("mla:share", args=[mla_request.pk]), {"contacts": [stranger.pk]})
    assert not Share.objects.exists()


def test_duplicate_export_delete(client, prosecutor, tunisian_fiche, morocco):
    from tests.factories import FicheFactory

    FicheFactory(country=morocco, measure=tunisian_fiche.measure)
    mla_request = complete_request(prosecutor, tunisian_fiche)
    log_in_with_two_factor(client, prosecutor)
    client.post(reverse("mla:duplicate", args=[mla_request.pk]), {"country": "MA"})
    copy = MlaRequest.objects.exclude(pk=mla_request.pk).get()
    assert copy.requested_country == morocco
    assert copy.facts == mla_request.facts
    assert copy.offences.count() == 1
    exported = client.get(reverse("mla:export", args=[mla_request.pk]))
    assert exported.json()["facts"] == mla_request.facts
    client.post(reverse("mla:delete", args=[mla_request.pk]))
    assert not MlaRequest.objects.filter(pk=mla_request.pk).exists()


def test_query_counts_stay_flat(client, prosecutor, tunisian_fiche, django_assert_max_num_queries):
    log_in_with_two_factor(client, prosecutor)
    complete_request(prosecutor, tunisian_fiche)
    client.get(reverse("mla:index"))  # the session's refresh of the minute, the permissions
    counts = {}
    for rows in (1, 10):
        while MlaRequest.objects.count() < rows:
            complete_request(prosecutor, tunisian_fiche)
        mla_request = MlaRequest.objects.first()
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        counts[rows] = {}
        for name, url in [
            ("index", reverse("mla:index")),
            *[(f"step{step}", step_url(mla_request, step)) for step in range(1, 8)],
        ]:
            with CaptureQueriesContext(connection) as captured:
                assert client.get(url).status_code == 200
            counts[rows][name] = len(captured)
    assert counts[1] == counts[10]
    assert counts[10] == PINNED_QUERY_COUNTS, str(counts[10])


@pytest.mark.parametrize("view_name", ["step", "new", "shared"])
def test_case_text_posted_never_reaches_error_reports(rf, view_name):
    from django.contrib.auth.models import AnonymousUser
    from django.views.debug import SafeExceptionReporterFilter

    from mla import views

    request = rf.post("/en/mla/1/step/4/", {"facts": "Secret facts of the case"})
    request.user = AnonymousUser()
    view = getattr(views, view_name)
    kwargs = {"step": {"pk": 1, "step": 4}, "new": {}, "shared": {"version_pk": 1}}[view_name]
    view(request, **kwargs)
    filtered = SafeExceptionReporterFilter().get_post_parameters(request)
    assert "Secret" not in str(filtered)


def test_forged_ids_in_posts_reach_nothing_of_another_draft(
    client, prosecutor, tunisian_fiche, tunisian_contact_point
):
    """An author of their own draft forges the ids of someone else's share and PDF."""
    from crimex_portal.reports.models import Report
    from crimex_portal.reports.services import report_request
    from mla.services import request_share

    victim = complete_request(prosecutor, tunisian_fiche)
    request_share(mla_request=victim, contacts=[tunisian_contact_point])
    share = Share.objects.get()
    report, _reused = report_request(
        user=prosecutor, kind="mla_request", key=str(victim.pk), language="fr"
    )
    attacker = UserFactory(roles=[roles.MEMBER], two_factor=True)
    own = complete_request(attacker, tunisian_fiche)
    log_in_with_two_factor(client, attacker)
    assert client.post(reverse("mla:revoke", args=[own.pk, share.pk])).status_code == 404
    assert client.get(reverse("mla:pdf_download", args=[own.pk, report.pk])).status_code == 404
    assert client.get(reverse("reports:download", args=[report.pk])).status_code == 403
    # Asking for the victim's PDF through the report machinery is refused too.
    with pytest.raises(PermissionError):
        report_request(user=attacker, kind="mla_request", key=str(victim.pk), language="fr")
    share.refresh_from_db()
    assert share.revoked_at is None
    assert Report.objects.get(pk=report.pk).requesters.get() == prosecutor


def test_switch_to_the_alternative_measure(client, prosecutor, tunisian_fiche):
    from tests.factories import MeasureFactory

    alternative = MeasureFactory(code="503", group=tunisian_fiche.measure.group)
    tunisian_fiche.applicability = "not_applicable"
    tunisian_fiche.alternative_measure = alternative
    tunisian_fiche.save()
    mla_request = complete_request(prosecutor, tunisian_fiche)
    log_in_with_two_factor(client, prosecutor)
    page = client.get(step_url(mla_request, 2)).content.decode()
    assert "501:503" in page
    client.post(reverse("mla:switch", args=[mla_request.pk]), {"switch": "501:503"})
    assert [item.measure.code for item in mla_request.items.all()] == ["503"]


def test_arabic_docx_runs_right_to_left(prosecutor, tunisian_fiche):
    import docx

    from mla.document import request_data
    from mla.word import request_docx

    mla_request = complete_request(prosecutor, tunisian_fiche)
    document = docx.Document(io.BytesIO(request_docx(request_data(mla_request), "ar")))
    paragraphs = [paragraph for paragraph in document.paragraphs if paragraph.text.strip()]
    assert paragraphs
    for paragraph in paragraphs:
        assert paragraph._p.pPr.find(qn("w:bidi")) is not None
        for run in paragraph.runs:
            assert run._r.rPr.find(qn("w:rtl")) is not None
    assert FACTS_AR in "\n".join(paragraph.text for paragraph in paragraphs)


def test_a_coordinator_cannot_ask_the_report_machinery_for_someone_elses_request(
    client, prosecutor, tunisian_fiche
):
    from crimex_portal.reports.models import Report

    mla_request = complete_request(prosecutor, tunisian_fiche)
    coordinator = UserFactory(roles=[roles.COORDINATOR], two_factor=True)
    log_in_with_two_factor(client, coordinator)
    response = client.post(
        reverse("reports:request"),
        {"kind": "mla_request", "key": str(mla_request.pk), "language": "fr"},
    )
    assert response.status_code == 404
    assert not Report.objects.exists()

"""Attacks on accountability: acts that left no trace in the audit trail (bulk deletions in the
admin, publishing, downloads of members-only files, pages listing people), and an operator with
database access rewriting or deleting the trail."""

import datetime

import pytest
from django.contrib.admin.models import DELETION
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.reports.models import Report
from directory.models import Contact
from fiches.models import Fiche
from sessions.models import Session, SessionDocument
from tests.factories import (
    PDF_BYTES,
    ContactFactory,
    OrganisationFactory,
    ProgressUpdateFactory,
    RegistrationFactory,
    SessionDocumentFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db

Action = AuditEvent.Action


@pytest.fixture
def pmt(db):
    return UserFactory(
        roles=[roles.PMT_STAFF], is_staff=True, two_factor=True, email="pmt@example.test"
    )


@pytest.fixture
def pmt_client(client, pmt):
    log_in_with_two_factor(client, pmt)
    return client


def events(action: str, **lookup) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action, **lookup).order_by("pk"))


# --- Admin bulk deletions ------------------------------------------------------------------


def delete_in_admin(client, contacts: list[Contact]):
    return client.post(
        reverse("admin:directory_contact_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [contact.pk for contact in contacts],
            "post": "yes",
        },
    )


def test_deleting_several_objects_in_the_admin_records_each_of_them(pmt_client, pmt, pgos, morocco):
    doomed = ContactFactory.create_batch(3, organisation=pgos, country=morocco)

    response = delete_in_admin(pmt_client, doomed)

    assert response.status_code == 302
    assert not Contact.objects.filter(pk__in=[contact.pk for contact in doomed]).exists()
    deleted = [
        event
        for event in events(Action.ADMIN_CHANGE, actor=pmt)
        if event.details["action_flag"] == DELETION
    ]
    assert sorted(event.target_id for event in deleted) == sorted(str(c.pk) for c in doomed)
    assert {event.target_type.model for event in deleted} == {"contact"}
    assert {event.target_repr for event in deleted} == {str(contact) for contact in doomed}


def test_deleting_one_object_in_the_admin_is_recorded_once(pmt_client, pmt, pgos, morocco):
    doomed = ContactFactory(organisation=pgos, country=morocco)

    delete_in_admin(pmt_client, [doomed])

    assert [event.target_id for event in events(Action.ADMIN_CHANGE, actor=pmt)] == [str(doomed.pk)]


def test_the_confirmation_page_records_nothing(pmt_client, pmt, pgos, morocco):
    kept = ContactFactory.create_batch(2, organisation=pgos, country=morocco)
    response = pmt_client.post(
        reverse("admin:directory_contact_changelist"),
        {"action": "delete_selected", "_selected_action": [contact.pk for contact in kept]},
    )
    assert response.status_code == 200  # "Are you sure?"
    assert Contact.objects.filter(pk__in=[contact.pk for contact in kept]).count() == 2
    assert events(Action.ADMIN_CHANGE, actor=pmt) == []


# --- Publishing ----------------------------------------------------------------------------


def test_publish_and_unpublish_actions_are_recorded(pmt_client, pmt, seeded):
    drafts = SessionFactory.create_batch(2, is_published=False)
    url = reverse("admin:crimex_sessions_session_changelist")
    ids = [session.pk for session in drafts]

    pmt_client.post(url, {"action": "publish", "_selected_action": ids})

    assert Session.objects.filter(pk__in=ids, is_published=True).count() == 2
    published = events(Action.PUBLISHED, actor=pmt)
    assert sorted(event.target_id for event in published) == sorted(str(pk) for pk in ids)

    pmt_client.post(url, {"action": "unpublish", "_selected_action": ids[:1]})
    assert [event.target_id for event in events(Action.UNPUBLISHED, actor=pmt)] == [str(ids[0])]

    # Publishing what is published already changes nothing, and records nothing.
    pmt_client.post(url, {"action": "publish", "_selected_action": ids[1:]})
    assert len(events(Action.PUBLISHED, actor=pmt)) == 2


def test_the_published_checkbox_of_the_session_list_is_recorded(pmt_client, pmt, seeded):
    draft = SessionFactory(is_published=False, title_en="Checkbox testcase")
    url = reverse("admin:crimex_sessions_session_changelist") + "?q=Checkbox+testcase"
    response = pmt_client.post(
        url,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000",
            "form-0-id": str(draft.pk),
            "form-0-is_published": "on",
            "_save": "Save",
        },
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.is_published
    assert [event.target_id for event in events(Action.PUBLISHED, actor=pmt)] == [str(draft.pk)]


# --- Downloads -----------------------------------------------------------------------------


def test_members_only_document_downloads_are_recorded(member_client, member, seeded):
    session = Session.objects.get(number=5)
    restricted = SessionDocumentFactory(session=session)
    public = SessionDocumentFactory(session=session, visibility=SessionDocument.Visibility.PUBLIC)

    assert (
        member_client.get(reverse("crimex_sessions:document", args=[restricted.pk])).status_code
        == 200
    )
    member_client.get(reverse("crimex_sessions:document", args=[public.pk]))

    downloaded = events(Action.DOCUMENT_DOWNLOADED, actor=member)
    assert [(event.target_type.model, event.target_id) for event in downloaded] == [
        ("sessiondocument", str(restricted.pk))
    ]


def test_evidence_downloads_are_recorded(member_client, member, seeded):
    update = ProgressUpdateFactory(evidence_file=SimpleUploadedFile("evidence.pdf", PDF_BYTES))

    response = member_client.get(reverse("actionplans:update_evidence", args=[update.pk]))

    assert response.status_code == 200
    downloaded = events(Action.DOCUMENT_DOWNLOADED, actor=member)
    assert [(event.target_type.model, event.target_id) for event in downloaded] == [
        ("progressupdate", str(update.pk))
    ]
    assert downloaded[0].details["file"] == "evidence"


def test_report_downloads_are_recorded(client, seeded):
    coordinator = UserFactory(roles=[roles.COORDINATOR], two_factor=True)
    report = Report.objects.create(
        kind="session",
        target_key="1",
        language="en",
        title="Report",
        html="-",
        requested_by=coordinator,
        status=Report.Status.DONE,
    )
    report.file.save("report.pdf", ContentFile(PDF_BYTES))
    report.requesters.add(coordinator)
    log_in_with_two_factor(client, coordinator)

    assert client.get(reverse("reports:download", args=[report.pk])).status_code == 200

    assert [event.target_id for event in events(Action.EXPORT_PDF, actor=coordinator)] == [
        str(report.pk)
    ]


# --- Pages that list people ----------------------------------------------------------------


def listed(actor) -> AuditEvent:
    (event,) = events(Action.PERSONAL_DATA_LISTED, actor=actor)
    return event


def test_a_directory_search_page_records_the_contacts_it_shows(
    member_client, member, pgos, morocco
):
    shown = ContactFactory.create_batch(
        2, name_en="Listed Testcase", organisation=pgos, country=morocco
    )

    member_client.get(reverse("directory:index"), {"q": "listed testcase"})

    event = listed(member)
    assert event.details["page"] == "directory"
    assert sorted(event.details["contacts"]) == sorted(contact.pk for contact in shown)


def test_an_empty_search_records_nothing(member_client, member, seeded):
    member_client.get(reverse("directory:index"), {"q": "nobody by this name"})
    assert events(Action.PERSONAL_DATA_LISTED, actor=member) == []


def test_an_organisation_page_records_the_contacts_it_shows(member_client, member, morocco):
    office = OrganisationFactory(country=morocco)
    shown = ContactFactory.create_batch(3, organisation=office, country=morocco)

    member_client.get(reverse("directory:organisation", args=[office.pk]))

    event = listed(member)
    assert event.details["page"] == "organisation"
    assert event.target_id == str(office.pk)
    assert sorted(event.details["contacts"]) == sorted(contact.pk for contact in shown)


def test_the_atlas_records_the_contacts_it_shows(member_client, member, seeded):
    fiche = Fiche.objects.get(country__iso_code="MA", measure__code="501")

    response = member_client.get(reverse("fiches:atlas"), {"country": "MA", "measure": "501"})

    event = listed(member)
    shown = [contact.pk for contact, _personal in response.context["contacts"]]
    assert event.details["page"] == "atlas"
    assert event.target_id == str(fiche.pk)
    assert event.details["contacts"] == shown
    assert shown


def test_the_attendee_list_records_the_members_it_shows(pmt_client, pmt, seeded):
    session = Session.objects.get(number=5)
    registrations = RegistrationFactory.create_batch(2, session=session)

    pmt_client.get(reverse("crimex_sessions:attendees", args=[session.pk]))

    event = listed(pmt)
    assert event.details["page"] == "attendees"
    assert sorted(event.details["users"]) == sorted(r.user_id for r in registrations)


def test_the_entries_to_verify_page_records_the_contacts_it_shows(pmt_client, pmt, pgos, morocco):
    stale = ContactFactory(
        organisation=pgos, country=morocco, last_verified=datetime.date(2020, 1, 1)
    )

    pmt_client.get(reverse("directory:to_verify"))

    event = listed(pmt)
    assert event.details["page"] == "to_verify"
    assert stale.pk in event.details["contacts"]


# --- The trail in the database ---------------------------------------------------------------

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the trigger is PostgreSQL's (SQLite: no-op)"
)


@pytest.fixture
def stored(db) -> AuditEvent:
    actor = UserFactory(email="leaver@example.test")
    return record_event(action=Action.EXPORT_CSV, actor=actor, target=actor, export="x")


def run_sql(statement: str, *params) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(statement, params)


@postgresql_only
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_auditevent SET actor_email = 'someone@else.test' WHERE id = %s",
        "UPDATE audit_auditevent SET action = 'other' WHERE id = %s",
        "UPDATE audit_auditevent SET details = '{}' WHERE id = %s",
        "UPDATE audit_auditevent SET actor_id = NULL, actor_email = '' WHERE id = %s",
        "UPDATE audit_auditevent SET target_type_id = NULL, target_id = '' WHERE id = %s",
        "DELETE FROM audit_auditevent WHERE id = %s",
    ],
)
def test_the_database_refuses_to_change_or_delete_an_event(stored, statement):
    with pytest.raises(DatabaseError, match="append-only"):
        run_sql(statement, stored.pk)
    again = AuditEvent.objects.get(pk=stored.pk)
    assert (again.actor_email, again.action, again.details) == (
        "leaver@example.test",
        Action.EXPORT_CSV,
        {"export": "x"},
    )


@postgresql_only
def test_the_database_refuses_to_give_an_event_another_actor(stored):
    someone = UserFactory()
    with pytest.raises(DatabaseError, match="append-only"):
        run_sql("UPDATE audit_auditevent SET actor_id = %s WHERE id = %s", someone.pk, stored.pk)
    assert AuditEvent.objects.get(pk=stored.pk).actor_id == stored.actor_id


def test_deleting_the_actor_keeps_the_event_and_its_address(stored):
    stored.actor.delete()

    again = AuditEvent.objects.get(pk=stored.pk)
    assert again.actor is None
    assert again.actor_email == "leaver@example.test"
    assert again.target_id == str(stored.target_id)


def test_deleting_a_content_type_keeps_the_event(db):
    gone = ContentType.objects.create(app_label="gone", model="gone")
    event = AuditEvent(action=Action.OTHER, target_type=gone, target_id="7", target_repr="Gone 7")
    event.save()

    gone.delete()

    again = AuditEvent.objects.get(pk=event.pk)
    assert again.target_type is None
    assert (again.target_id, again.target_repr) == ("7", "Gone 7")


@postgresql_only
def test_flush_still_empties_the_table(transactional_db):
    """Django's flush (between transactional tests, `manage.py flush`) uses TRUNCATE, which
    row triggers do not see."""
    record_event(action=Action.OTHER, actor=UserFactory())

    call_command("flush", interactive=False, verbosity=0)

    assert not AuditEvent.objects.exists()

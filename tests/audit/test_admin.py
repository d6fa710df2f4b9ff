import pytest
from django.contrib.auth.models import Permission
from django.db import IntegrityError, transaction
from django.urls import reverse

from crimex_portal.audit.models import AppendOnlyError, AuditEvent
from crimex_portal.audit.services import record_event
from tests.factories import CountryFactory, UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:audit_auditevent_changelist")


@pytest.fixture
def superuser_client(client):
    log_in_with_two_factor(client, UserFactory(is_staff=True, is_superuser=True, two_factor=True))
    return client


@pytest.fixture
def event():
    return record_event(
        action=AuditEvent.Action.EXPORT_VCARD,
        actor=UserFactory(email="exporter@example.test"),
        target=CountryFactory(name_en="Tunisia"),
    )


def test_superuser_reads_the_trail(superuser_client, event):
    response = superuser_client.get(CHANGELIST)

    assert response.status_code == 200
    content = response.content.decode()
    assert "exporter@example.test" in content
    assert "Tunisia" in content
    assert 'name="action"' not in content  # no bulk actions, so no delete_selected either


def test_staff_with_the_view_permission_reads_the_trail(client, event):
    staff = UserFactory(is_staff=True, two_factor=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_auditevent"))
    log_in_with_two_factor(client, staff)

    assert client.get(CHANGELIST).status_code == 200
    assert client.get(reverse("admin:audit_auditevent_change", args=[event.pk])).status_code == 200


def test_staff_without_the_view_permission_is_refused(client, event):
    log_in_with_two_factor(client, UserFactory(is_staff=True, two_factor=True))

    assert client.get(CHANGELIST).status_code == 403


def test_change_view_offers_no_save_button(superuser_client, event):
    response = superuser_client.get(reverse("admin:audit_auditevent_change", args=[event.pk]))

    assert response.status_code == 200
    content = response.content.decode()
    assert "exporter@example.test" in content
    assert 'name="_save"' not in content
    assert 'name="_continue"' not in content
    assert reverse("admin:audit_auditevent_delete", args=[event.pk]) not in content


def test_change_view_refuses_a_post(superuser_client, event):
    url = reverse("admin:audit_auditevent_change", args=[event.pk])

    response = superuser_client.post(url, {"actor_email": "someone@else.test"})

    assert response.status_code == 403
    event.refresh_from_db()
    assert event.actor_email == "exporter@example.test"


def test_nobody_adds_an_event_in_the_admin(superuser_client):
    assert superuser_client.get(reverse("admin:audit_auditevent_add")).status_code == 403


def test_nobody_deletes_an_event_in_the_admin(superuser_client, event):
    url = reverse("admin:audit_auditevent_delete", args=[event.pk])

    response = superuser_client.post(url, {"post": "yes"})

    assert response.status_code == 403
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_bulk_delete_action_is_refused(superuser_client, event):
    superuser_client.post(
        CHANGELIST, {"action": "delete_selected", "_selected_action": [event.pk], "post": "yes"}
    )

    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_stored_event_cannot_be_changed(event):
    event.actor_email = "someone@else.test"

    with pytest.raises(AppendOnlyError):
        event.save()
    event.refresh_from_db()
    assert event.actor_email == "exporter@example.test"


def test_stored_event_cannot_be_deleted(event):
    with pytest.raises(AppendOnlyError):
        event.delete()
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_new_event_cannot_overwrite_a_stored_one(event):
    with transaction.atomic(), pytest.raises(IntegrityError):
        AuditEvent(pk=event.pk, action=AuditEvent.Action.OTHER).save()
    event.refresh_from_db()
    assert event.action == AuditEvent.Action.EXPORT_VCARD


def test_changelist_query_count_is_flat(superuser_client, django_assert_max_num_queries):
    actor = UserFactory()
    for _ in range(5):
        record_event(action=AuditEvent.Action.EXPORT_PDF, actor=actor, target=CountryFactory())
    with django_assert_max_num_queries(10) as few:
        superuser_client.get(CHANGELIST)
    for _ in range(45):
        record_event(action=AuditEvent.Action.EXPORT_PDF, actor=actor, target=CountryFactory())
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = superuser_client.get(CHANGELIST)
    # The 50 exports and the superuser's own login.
    assert response.context["cl"].result_count == 51

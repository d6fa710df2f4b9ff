"""Our `sessions` app and django.contrib.sessions live side by side under different labels."""

from django.apps import apps
from django.contrib.sessions.models import Session as DjangoSession
from django.urls import reverse

from sessions.models import Session as CrimexSession
from tests.factories import SessionFactory


def test_both_session_apps_are_installed_under_their_own_labels():
    assert apps.get_app_config("sessions").name == "django.contrib.sessions"
    assert apps.get_app_config("crimex_sessions").name == "sessions"
    assert CrimexSession._meta.db_table == "crimex_sessions_session"
    assert DjangoSession._meta.db_table == "django_session"


def test_logged_in_member_reads_crimex_sessions_through_a_django_session(member_client, member):
    crimex_session = SessionFactory(title_en="Informal cooperation")

    response = member_client.get(reverse("crimex_sessions:detail", args=[crimex_session.pk]))

    assert response.status_code == 200
    assert "Informal cooperation" in response.content.decode()
    assert response.wsgi_request.user == member
    # The login lives in Django's session table, the meeting in ours.
    stored = DjangoSession.objects.get(session_key=member_client.session.session_key)
    assert stored.get_decoded()["_auth_user_id"] == str(member.pk)
    assert CrimexSession.objects.get() == crimex_session


def test_session_permissions_use_our_label(django_user_model):
    from django.contrib.auth.models import Permission

    codenames = set(
        Permission.objects.filter(content_type__app_label="crimex_sessions").values_list(
            "codename", flat=True
        )
    )
    assert {"add_session", "change_session", "delete_session", "view_session"} <= codenames

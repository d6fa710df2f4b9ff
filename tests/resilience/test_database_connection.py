"""The server's PostgreSQL connection dropped between two requests (a database restart, a
failover, a firewall): the next request checks it (CONN_HEALTH_CHECKS), finds it gone, opens a
new one and answers as usual."""

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from tests.resilience.conftest import needs_postgresql, new_user_login

pytestmark = [pytest.mark.resilience, needs_postgresql]


def server_backends(application_name: str) -> set[int]:
    """The PostgreSQL processes serving the server's connections."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE application_name = %s AND pid <> "
            "pg_backend_pid()",
            [application_name],
        )
        return {pid for (pid,) in cursor.fetchall()}


def test_a_dropped_database_connection_is_replaced_by_the_next_request(
    throwaway_redis, start_portal_server
):
    login = new_user_login(role_names=[roles.MEMBER])
    # One gunicorn worker, so that both requests meet the same kept connection (CONN_MAX_AGE).
    server = start_portal_server(redis_url=throwaway_redis.url, workers=1)
    visitor = server.visitor()
    visitor.log_in(login.email, login.password, login.totp_secret)
    with translation.override("en"):
        sessions_page = reverse("crimex_sessions:list")
    assert visitor.get(sessions_page).status == 200
    dropped = server_backends(server.database_application_name)
    assert len(dropped) == 1

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(pid) FROM unnest(%s) AS pid", [list(dropped)])
        assert all(terminated for (terminated,) in cursor.fetchall())

    answer = visitor.get(sessions_page)
    assert answer.status == 200, answer.text[:2000]
    assert "Sessions" in answer.text  # the page itself, still logged in: not a login form
    replacement = server_backends(server.database_application_name)
    assert len(replacement) == 1
    assert replacement.isdisjoint(dropped)

"""Permissions are read once per change, not twice a request; a change shows on the next
request, for the one it concerns and nobody else, whatever the cache holds or whether it
answers at all. Written as the attacks: a member keeps a role taken away, or gets another's."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from crimex_portal.accounts import roles
from tests.factories import UserFactory, enable_totp, log_in_with_two_factor

pytestmark = pytest.mark.django_db

PMT_ONLY = reverse("translations:to_update")


def two_factor_client(client, *role_names):
    user = UserFactory(roles=list(role_names))
    enable_totp(user)
    return log_in_with_two_factor(client, user), user


def permission_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return sum("auth_permission" in query["sql"] for query in captured.captured_queries)


def test_a_warm_request_reads_no_permission_from_the_database(client):
    member_client, _member = two_factor_client(client, roles.MEMBER)
    member_client.get(reverse("actionplans:index"))
    assert permission_queries(member_client, reverse("actionplans:index")) == 0


def test_a_role_taken_away_in_the_admin_ends_at_the_next_request(client, admin_client):
    pmt_client, pmt = two_factor_client(client, roles.MEMBER, roles.PMT_STAFF)
    assert pmt_client.get(PMT_ONLY).status_code == 200  # the set is cached now
    pmt.groups.remove(Group.objects.get(name=roles.PMT_STAFF))
    assert pmt_client.get(PMT_ONLY).status_code == 403


def test_a_role_given_shows_at_the_next_request(client):
    member_client, member = two_factor_client(client, roles.MEMBER)
    assert member_client.get(PMT_ONLY).status_code == 403
    Group.objects.get(name=roles.PMT_STAFF).user_set.add(member)
    assert member_client.get(PMT_ONLY).status_code == 200


def test_a_permission_taken_from_a_group_ends_for_its_members_at_once(client):
    pmt_client, _pmt = two_factor_client(client, roles.MEMBER, roles.PMT_STAFF)
    assert pmt_client.get(PMT_ONLY).status_code == 200
    app_label, codename = roles.UPDATE_TRANSLATIONS.split(".")
    permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    Group.objects.get(name=roles.PMT_STAFF).permissions.remove(permission)
    assert pmt_client.get(PMT_ONLY).status_code == 403


def test_a_deleted_group_takes_its_permissions_with_it(client):
    pmt_client, _pmt = two_factor_client(client, roles.MEMBER, roles.PMT_STAFF)
    assert pmt_client.get(PMT_ONLY).status_code == 200
    Group.objects.get(name=roles.PMT_STAFF).delete()
    assert pmt_client.get(PMT_ONLY).status_code == 403


def test_a_superuser_demoted_loses_everything_at_once(client):
    superuser_client, superuser = two_factor_client(client, roles.MEMBER)
    superuser.is_superuser = True
    superuser.save()
    assert superuser_client.get(PMT_ONLY).status_code == 200
    superuser.is_superuser = False
    superuser.save()
    assert superuser_client.get(PMT_ONLY).status_code == 403


def test_members_never_receive_each_others_cached_permissions(client):
    from django.test import Client

    pmt_client, _pmt = two_factor_client(client, roles.MEMBER, roles.PMT_STAFF)
    member_client, _member = two_factor_client(Client(), roles.MEMBER)
    assert pmt_client.get(PMT_ONLY).status_code == 200
    assert member_client.get(PMT_ONLY).status_code == 403
    assert pmt_client.get(PMT_ONLY).status_code == 200


def test_a_cache_that_missed_the_change_is_not_believed(client):
    """A change made while the cache was down or unreachable: the old set is still in the
    cache under the old version, and must not come back."""
    pmt_client, pmt = two_factor_client(client, roles.MEMBER, roles.PMT_STAFF)
    assert pmt_client.get(PMT_ONLY).status_code == 200
    stale = {key: cache.get(key) for key in [f"crimex:permissions:{pmt.pk}:0:01"]}
    pmt.groups.remove(Group.objects.get(name=roles.PMT_STAFF))
    cache.set_many(stale)  # as if the cache had never heard of the change
    assert pmt_client.get(PMT_ONLY).status_code == 403


def test_without_a_cache_permissions_come_from_the_database(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    pmt_client, pmt = two_factor_client(client, roles.MEMBER, roles.PMT_STAFF)
    assert pmt_client.get(PMT_ONLY).status_code == 200
    pmt.groups.remove(Group.objects.get(name=roles.PMT_STAFF))
    assert pmt_client.get(PMT_ONLY).status_code == 403

"""A member's permissions, read from the database once per change rather than twice a request.

The set is cached under the user's `permissions_version`, which every change to what the user
may do moves inside the same transaction (their groups, their own permissions, a group's
permissions, a group or permission deleted). The version lives on the user row, which every
request loads anyway: a cache that missed a change, was flushed or is down never serves an old
set, it only costs the two queries again."""

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db.models import F

CACHE_SECONDS = 24 * 3600  # a version is never reused: the timeout only frees memory


def _cache_key(user) -> str:
    # Superuser and active flags are on the row too: a change to either needs no version.
    return (
        f"crimex:permissions:{user.pk}:{user.permissions_version}:"
        f"{int(user.is_superuser)}{int(user.is_active)}"
    )


class CachedPermissionsBackend(ModelBackend):
    """Django's ModelBackend for permissions only, with its per-request `_perm_cache` filled
    from the cache. Listed first, so that ModelBackend and allauth's backend (a ModelBackend
    too) find the set already there. It authenticates nobody: logins and the sessions they
    name stay with those two."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        return None

    def get_all_permissions(self, user_obj, obj=None) -> set[str]:
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            key = _cache_key(user_obj)
            cached = cache.get(key)
            if cached is None:
                cached = super().get_all_permissions(user_obj)
                cache.set(key, frozenset(cached), CACHE_SECONDS)
            user_obj._perm_cache = set(cached)
        return user_obj._perm_cache


def permissions_changed(user_ids=None, *, group_ids=None, everybody: bool = False) -> None:
    """Moves the version of these users, of the members of these groups, or of everybody."""
    from django.contrib.auth import get_user_model

    users = get_user_model()._default_manager.all()
    if not everybody:
        if group_ids is not None:
            users = users.filter(groups__in=list(group_ids))
        else:
            users = users.filter(pk__in=list(user_ids or ()))
    users.update(permissions_version=F("permissions_version") + 1)


def on_user_groups_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if not reverse:  # user.groups.add(...) / user.user_permissions.add(...)
        permissions_changed([instance.pk])
    elif isinstance(instance, Group) and action == "pre_clear":
        permissions_changed(group_ids=[instance.pk])  # group.user_set.clear()
    elif isinstance(instance, Group):
        permissions_changed(pk_set)  # group.user_set.add(user, ...)
    else:  # permission.user_set / permission.group_set: rare, admin-only
        permissions_changed(everybody=True)


def on_group_permissions_changed(sender, instance, action, reverse, **kwargs) -> None:
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:  # permission.group_set.add(...)
        permissions_changed(everybody=True)
    else:
        permissions_changed(group_ids=[instance.pk])


def on_group_deleted(sender, instance, **kwargs) -> None:
    # pre_delete: the memberships are still there to say whose version moves.
    permissions_changed(group_ids=[instance.pk])


def on_permission_deleted(sender, instance, **kwargs) -> None:
    permissions_changed(everybody=True)


def connect() -> None:
    from django.contrib.auth import get_user_model
    from django.db.models.signals import m2m_changed, pre_delete

    user_model = get_user_model()
    connections = [
        (m2m_changed, on_user_groups_changed, user_model.groups.through),
        (m2m_changed, on_user_groups_changed, user_model.user_permissions.through),
        (m2m_changed, on_group_permissions_changed, Group.permissions.through),
        (pre_delete, on_group_deleted, Group),
        (pre_delete, on_permission_deleted, Permission),
    ]
    for signal, receiver, sender in connections:
        signal.connect(
            receiver,
            sender=sender,
            dispatch_uid=f"accounts.permissions.{receiver.__name__}.{sender.__name__}",
        )

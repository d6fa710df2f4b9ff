"""What a cached fragment's key is made of: the versions of the areas it shows, read once per
request, and its audience (who may see what, in which language)."""

import hashlib

from django.utils.translation import get_language

from crimex_portal.fragments.models import ContentVersion

REQUEST_ATTRIBUTE = "_crimex_content_versions"
AUDIENCE_ATTRIBUTE = "_crimex_fragment_audience"


def content_versions(request=None) -> dict[str, str]:
    """Every area's version, in one query, once per request."""
    versions = getattr(request, REQUEST_ATTRIBUTE, None) if request is not None else None
    if versions is None:
        versions = dict(ContentVersion.objects.values_list("area", "version"))
        if request is not None:
            setattr(request, REQUEST_ATTRIBUTE, versions)
    return versions


def audience(request) -> str:
    """Who the fragment is for, as the pages decide what to show: the language, whether the
    session passed both factors, the permissions, and the country and organisation that
    consent and visibility rules compare with. Two people with the same audience see the same
    fragment; anything that differs gives another key."""
    from sessions.selectors import can_see_members_content

    memo = getattr(request, AUDIENCE_ATTRIBUTE, None)
    if memo is not None and memo[0] == get_language():
        return memo[1]
    user = getattr(request, "user", None)
    parts = [get_language() or ""]
    if user is not None and user.is_authenticated:
        parts += [
            "members" if can_see_members_content(request) else "password-only",
            ",".join(sorted(user.get_all_permissions())),
            str(user.is_superuser),
            str(getattr(user, "country_id", "")),
            str(getattr(user, "organisation_id", "")),
        ]
    else:
        parts.append("anonymous")
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]
    setattr(request, AUDIENCE_ATTRIBUTE, (get_language(), digest))
    return digest


def fragment_key(request, name: str, areas: list[str], vary: list) -> str:
    versions = content_versions(request) if areas else {}  # no query for a fragment of none
    shown = "|".join(f"{area}={versions.get(area, '')}" for area in sorted(areas))
    details = "|".join(str(value) for value in vary)
    digest = hashlib.sha256(f"{shown}#{details}".encode()).hexdigest()[:32]
    return f"crimex:fragment:{name}:{audience(request)}:{digest}"

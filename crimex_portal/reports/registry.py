"""The report builders the domain apps register (in their AppConfig.ready): this package knows
no domain app; a Report names its builder by kind."""

from dataclasses import dataclass, field
from typing import Any

from django.db import models


@dataclass(frozen=True)
class ReportBuilder:
    """How to turn one target (a session, a plan, a fiche...) into a PDF's HTML.

    `target(key)` finds the object or raises LookupError; `title(target)` and `context(target)`
    run in the report's language; the template extends "reports/base.html".

    A report whose content depends on who reads it names its versions: `audience(user)` gives
    the user's ("" for the version anybody who may export gets), and `context(target, audience)`
    builds that version. Each version is a file of its own, never handed to another audience.
    """

    kind: str
    template_name: str
    target: Any  # Callable[[str], models.Model]
    title: Any  # Callable[[target], str]
    context: Any  # Callable[[target], dict]
    # Reports of members-only content carry a "Restricted" marking on every page.
    restricted: bool = True
    key_of: Any = field(default=lambda target: str(target.pk))  # Callable[[target], str]
    audience: Any = None  # Callable[[user], str] | None
    # A permission the requester needs besides exporting reports ("" for none): without it, the
    # kind is as if it did not exist.
    permission: str = ""
    # Who may ask for this target's report, when it is not "whoever may export reports":
    # Callable[[user, target], bool]. A private report (a draft request's) is then opened by
    # those who asked for it and nobody else, not even by staff who see every other report.
    may_request: Any = None
    private: bool = False


def report_context(builder: ReportBuilder, target, audience: str) -> dict[str, Any]:
    if builder.audience is None:
        return builder.context(target)
    return builder.context(target, audience)


def audience_of(builder: ReportBuilder, user) -> str:
    return builder.audience(user) if builder.audience is not None else ""


_builders: dict[str, ReportBuilder] = {}


def register(builder: ReportBuilder) -> ReportBuilder:
    _builders[builder.kind] = builder
    return builder


def builder_for(kind: str) -> ReportBuilder:
    try:
        return _builders[kind]
    except KeyError:
        raise LookupError(f"No report builder is registered for {kind!r}.") from None


def registered_kinds() -> list[str]:
    return sorted(_builders)


def private_kinds() -> list[str]:
    return sorted(kind for kind, builder in _builders.items() if builder.private)


def object_or_lookup_error(queryset: models.QuerySet, **lookup) -> models.Model:
    try:
        return queryset.get(**lookup)
    except (queryset.model.DoesNotExist, ValueError) as missing:
        raise LookupError(str(missing)) from missing

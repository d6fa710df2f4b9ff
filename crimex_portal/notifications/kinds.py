"""The kinds of notification, what members may choose for each, and the mandatory ones."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Kind:
    code: str
    label: str
    mandatory: bool = False  # security messages: always e-mailed at once, not in preferences


KINDS = {
    kind.code: kind
    for kind in (
        Kind("progress_submitted", _("A progress update waits for review")),
        Kind("progress_reviewed", _("My progress update was approved or returned")),
        Kind("period_closing", _("A reporting period closes in 14 days")),
        Kind("outdated_report", _("A directory entry is reported out of date")),
        Kind("followup_due", _("A follow-up I own is due or overdue")),
        Kind("fiche_due", _("A fiche I edit is due for review")),
        Kind("report_ready", _("A report I asked for is ready")),
        Kind("request_commented", _("A shared request was commented")),
        Kind("security", _("Security messages"), mandatory=True),
    )
}


def choosable_kinds() -> list[Kind]:
    return [kind for kind in KINDS.values() if not kind.mandatory]

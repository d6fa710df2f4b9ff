"""PMT staff hear of outdated-entry reports (through crimex_portal.notifications)."""

from django.utils.translation import gettext_lazy as _

from crimex_portal.notifications.notify import notify, users_with_perm
from directory.models import OutdatedReport

RESOLVES_REPORTS = "directory.change_contact"  # who resolves them (directory views)


def outdated_reported(report: OutdatedReport) -> None:
    notify(
        kind="outdated_report",
        key=f"outdated_report:{report.pk}",
        recipients=users_with_perm(RESOLVES_REPORTS),
        exclude=[report.reported_by_id],
        text=_("The directory entry of %(name)s was reported out of date."),
        params={"name": report.contact.name},
        url_name="directory:to_verify",
    )

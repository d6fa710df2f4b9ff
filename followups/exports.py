"""The follow-up tracking table (what, owner, due, status, by session) as XLSX, and the rows the
plan's exports add per action."""

from django.utils.translation import gettext as _

from actionplans.exports import Sheet, to_xlsx
from followups.models import FollowUp


def tracking_header() -> list[str]:
    return [*FollowUp.tracking_labels(), _("Actions")]


def tracking_row(followup: FollowUp) -> list:
    return [
        *followup.tracking_cells(),
        "; ".join(str(action) for action in followup.actions.all()),
    ]


def tracking_sheet(followups) -> Sheet:
    followups = followups.prefetch_related("actions__goal__plan")
    return Sheet(
        title=_("Follow-ups"), header=tracking_header(), rows=[*map(tracking_row, followups)]
    )


def tracking_xlsx(followups) -> bytes:
    return to_xlsx([tracking_sheet(followups)])

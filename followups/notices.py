"""Owners hear of follow-ups due within 7 days, and again once overdue."""

import datetime

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from crimex_portal.accounts.roles import MEMBERS_AREA
from crimex_portal.notifications.events import register_reminder
from crimex_portal.notifications.notify import notify, users_with_perm
from followups.models import FollowUp

DUE_NOTICE_DAYS = 7


def owners_of(followup: FollowUp):
    """The member who owns it, or the members of the owning country or organisation."""
    if followup.owner_member_id:
        return get_user_model().objects.filter(pk=followup.owner_member_id, is_active=True)
    owners = (
        Q(country_id=followup.owner_country_id)
        if followup.owner_country_id
        else Q(organisation_id=followup.owner_organisation_id)
    )
    return users_with_perm(MEMBERS_AREA).filter(owners)


@register_reminder
def followups_due(today: datetime.date | None = None) -> int:
    today = today or timezone.localdate()
    made = 0
    followups = FollowUp.objects.still_open().filter(
        due_date__lte=today + datetime.timedelta(DUE_NOTICE_DAYS),
        decision__session__is_published=True,
    )
    for followup in followups:
        overdue = followup.due_date < today
        made += len(
            notify(
                kind="followup_due",
                key=f"followup_{'overdue' if overdue else 'due'}:{followup.pk}:{followup.due_date}",
                recipients=owners_of(followup),
                text=_("The follow-up “%(what)s” is overdue: it was due on %(date)s.")
                if overdue
                else _("The follow-up “%(what)s” is due on %(date)s."),
                params={
                    "what": lambda followup=followup: followup.what,
                    "date": followup.due_date.isoformat(),
                },
                url_name="followups:detail",
                url_args=[followup.pk],
            )
        )
    return made

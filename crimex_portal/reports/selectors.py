from django.db.models import Q, QuerySet

from crimex_portal.reports.models import Report
from crimex_portal.reports.registry import private_kinds

# PMT staff (the admin's list of reports) open every report; others the ones they asked for.
VIEW_ANY_REPORT = "reports.view_report"


def reports_visible_to(user) -> QuerySet[Report]:
    # Private reports (drafts of requests) are their requesters' only, even for PMT staff.
    if user.has_perm(VIEW_ANY_REPORT):
        return Report.objects.filter(~Q(kind__in=private_kinds()) | Q(requesters=user)).distinct()
    return Report.objects.filter(requesters=user)

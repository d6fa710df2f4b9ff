from django.db.models import QuerySet

from crimex_portal.reports.models import Report

# PMT staff (the admin's list of reports) open every report; others the ones they asked for.
VIEW_ANY_REPORT = "reports.view_report"


def reports_visible_to(user) -> QuerySet[Report]:
    if user.has_perm(VIEW_ANY_REPORT):
        return Report.objects.all()
    return Report.objects.filter(requesters=user)

"""A fiche's editors hear when it is due for review (once per review cycle)."""

from django.utils.translation import gettext_lazy as _

from crimex_portal.notifications.events import register_reminder
from crimex_portal.notifications.notify import notify
from fiches.models import FicheEditorAssignment
from fiches.selectors import fiches_due_for_review


@register_reminder
def fiches_due() -> int:
    editors_by_country: dict[int, list] = {}
    for assignment in FicheEditorAssignment.objects.select_related("user"):
        editors_by_country.setdefault(assignment.country_id, []).append(assignment.user)
    made = 0
    for fiche in fiches_due_for_review().filter(country_id__in=list(editors_by_country)):
        made += len(
            notify(
                kind="fiche_due",
                key=f"fiche_due:{fiche.pk}:{fiche.last_reviewed_on or 'never'}",
                recipients=editors_by_country[fiche.country_id],
                text=_("The fiche of %(country)s on %(measure)s is due for review."),
                params={
                    "country": lambda fiche=fiche: fiche.country.name,
                    "measure": lambda fiche=fiche: fiche.measure.name,
                },
                url_name="fiches:due_for_review",
            )
        )
    return made

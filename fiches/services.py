from django.db import transaction
from django.utils import timezone

from crimex_portal.accounts.roles import EDIT_ANY_FICHE, EDIT_COUNTRY_FICHES
from crimex_portal.revisions import differences, snapshot
from fiches.models import Fiche, FicheRevision

MANY_TO_MANY_FIELDS = ("accepted_languages", "channels", "instruments")


def fiche_editable_by(user, fiche: Fiche) -> bool:
    """PMT staff edit every fiche; a country's editors the fiches of their own country."""
    if user.has_perm(EDIT_ANY_FICHE):
        return True
    return (
        user.has_perm(EDIT_COUNTRY_FICHES)
        and user.country_id is not None
        and user.country_id == fiche.country_id
    )


def _reviewer_label(user) -> str:
    organisation = getattr(user, "organisation", None)
    return str(organisation.name) if organisation else ""


@transaction.atomic
def fiche_update(*, fiche: Fiche, by, reviewed: bool = False, **fields) -> Fiche:
    """Saves the changes, keeps what changed (from what to what, by whom) and, when the editor
    says they reviewed the whole fiche, restarts its twelve-month review cycle."""
    if not fiche_editable_by(by, fiche):
        raise PermissionError("Only PMT staff and the country's fiche editors edit a fiche.")
    names = list(fields)
    # From the database: a model form has already written its values onto the instance.
    before = snapshot(Fiche.objects.get(pk=fiche.pk), names)
    related = {name: fields.pop(name) for name in MANY_TO_MANY_FIELDS if name in fields}
    for name, value in fields.items():
        setattr(fiche, name, value)
    if reviewed:
        fiche.last_reviewed_on = timezone.localdate()
        fiche.last_reviewed_by = by
        fiche.reviewer_label = _reviewer_label(by)
    fiche.full_clean()
    fiche.save()
    for name, items in related.items():
        getattr(fiche, name).set(items)
    changes = differences(before, snapshot(fiche, names))
    if changes or reviewed:
        FicheRevision.objects.create(fiche=fiche, changed_by=by, changes=changes, reviewed=reviewed)
    return fiche


@transaction.atomic
def fiche_mark_reviewed(*, fiche: Fiche, by) -> Fiche:
    """The editor read the fiche and found it still right."""
    return fiche_update(fiche=fiche, by=by, reviewed=True)

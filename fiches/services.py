from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from crimex_portal.accounts.models import Invitation
from crimex_portal.accounts.roles import EDIT_ANY_FICHE, EDIT_COUNTRY_FICHES
from crimex_portal.revisions import differences, snapshot
from fiches.models import Fiche, FicheEditorAssignment, FicheRevision
from fiches.selectors import countries_edited_by

MANY_TO_MANY_FIELDS = ("accepted_languages", "channels", "instruments")


def fiche_editable_by(user, fiche: Fiche) -> bool:
    """PMT staff edit every fiche; a country fiche editor the fiches of the countries PMT staff
    assigned them (FicheEditorAssignment), whatever their profile says."""
    if user.has_perm(EDIT_ANY_FICHE):
        return True
    return user.has_perm(EDIT_COUNTRY_FICHES) and fiche.country_id in countries_edited_by(user)


def _reviewer_label(user) -> str:
    # The organisation PMT staff recorded on the account: members cannot change it
    # (accounts.forms.ProfileForm), so a review is never signed by an organisation one chose.
    organisation = getattr(user, "organisation", None)
    return str(organisation.name) if organisation else ""


def fiche_editor_check(user) -> None:
    if not user.is_active or not user.has_perm(EDIT_COUNTRY_FICHES):
        raise ValidationError(_("Give this account the Country fiche editor role first."))


@transaction.atomic
def fiche_editor_assign(*, user, country, by=None) -> FicheEditorAssignment:
    """Makes `user` an editor of `country`'s fiches; assigning twice changes nothing."""
    fiche_editor_check(user)
    assignment, _created = FicheEditorAssignment.objects.get_or_create(
        user=user, country=country, defaults={"assigned_by": by}
    )
    return assignment


def assign_invited_fiche_editor(sender, *, invitation: Invitation, user, **kwargs) -> None:
    """An invitation as Country fiche editor gives the fiches of the invitation's country."""
    if invitation.role == Invitation.Role.FICHE_EDITOR and invitation.country_id:
        fiche_editor_assign(user=user, country=invitation.country, by=invitation.invited_by)


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

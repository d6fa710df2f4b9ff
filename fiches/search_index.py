"""What the portal-wide search finds of the EuroMed Fiches (members only, as their pages):
measures and each country's fiche."""

from crimex_portal.search.models import SearchDocument
from crimex_portal.search.registry import Indexer, language_entries, register
from fiches.models import Fiche, Measure
from fiches.translation import FICHE_TEXT_FIELDS

MEMBERS = SearchDocument.Visibility.MEMBERS


def _measure_entries(measure: Measure):
    return language_entries(
        measure,
        title=lambda: f"{measure.code} {measure.name}",
        fields=("name", "description"),
        url=measure.get_absolute_url(),
        visibility=MEMBERS,
    )


def _fiche_entries(fiche: Fiche):
    return language_entries(
        fiche,
        title=lambda: f"{fiche.measure.code} {fiche.measure.name} — {fiche.country.name}",
        fields=FICHE_TEXT_FIELDS,
        url=fiche.get_absolute_url(),
        visibility=MEMBERS,
        country=fiche.country.iso_code,
    )


register(
    Indexer(
        model=Measure,
        kind="fiches",
        queryset=lambda: Measure.objects.all(),
        entries=_measure_entries,
    )
)
register(
    Indexer(
        model=Fiche,
        kind="fiches",
        queryset=lambda: Fiche.objects.select_related("country", "measure"),
        entries=_fiche_entries,
    )
)

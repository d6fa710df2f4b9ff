"""The fiche PDFs: one fiche, and every fiche of a country. Registered in FichesConfig.ready()."""

import re

from django.utils.translation import gettext

from crimex_portal.reports.registry import ReportBuilder, object_or_lookup_error, register
from directory.models import Country
from fiches.models import Fiche, MeasureGroup
from fiches.selectors import country_fiches_by_group, fiche_for

# A country's key is its ISO code, "MA"; a fiche's adds the measure's code: "MA-501".
COUNTRY_KEY = re.compile(r"[A-Za-z]{2}")
FICHE_KEY = re.compile(r"(?P<iso_code>[A-Za-z]{2})-(?P<measure_code>\S{1,10})")


def fiche_key(fiche: Fiche) -> str:
    return f"{fiche.country.iso_code}-{fiche.measure.code}"


def fiche_target(key: str) -> Fiche:
    match = FICHE_KEY.fullmatch(key)
    if not match:
        raise LookupError(f"Not a fiche key (ISO code-measure code, e.g. MA-501): {key!r}.")
    try:
        return fiche_for(match["iso_code"], match["measure_code"])
    except Fiche.DoesNotExist as missing:
        raise LookupError(f"No fiche {key!r}.") from missing


def fiche_title(fiche: Fiche) -> str:
    return f"{fiche.country.name} · {fiche.measure.code} {fiche.measure.name}"


def fiche_context(fiche: Fiche) -> dict:
    return {"fiche": fiche}


def country_target(key: str) -> Country:
    if not COUNTRY_KEY.fullmatch(key):
        raise LookupError(f"Not a country's ISO code: {key!r}.")
    return object_or_lookup_error(Country.objects.all(), iso_code=key.upper())


def country_title(country: Country) -> str:
    return gettext("EuroMed Fiches: %(country)s") % {"country": country.name}


def country_context(country: Country) -> dict:
    """The groups that have fiches, each with its fiches in the order of the measures."""
    groups: list[tuple[MeasureGroup, list[Fiche]]] = []
    for group, rows in country_fiches_by_group(country):
        fiches = [fiche for _measure, fiche in rows if fiche]
        if fiches:
            groups.append((group, fiches))
    return {
        "country": country,
        "groups": groups,
        "has_demo": any(fiche.is_demo for _group, fiches in groups for fiche in fiches),
    }


register(
    ReportBuilder(
        kind="fiche",
        template_name="reports/fiche.html",
        target=fiche_target,
        title=fiche_title,
        context=fiche_context,
        restricted=True,
        key_of=fiche_key,
    )
)
register(
    ReportBuilder(
        kind="country_fiches",
        template_name="reports/country_fiches.html",
        target=country_target,
        title=country_title,
        context=country_context,
        restricted=True,
        key_of=lambda country: country.iso_code,
    )
)

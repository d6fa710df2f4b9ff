"""The pages the load benchmark drives: the portal's main pages (tests/browser/pages.py lists the
same ones), each at the address that reads most of the large dataset."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import translation

from actionplans.models import Action
from crimex_portal.benchmark.dataset import BENCHMARK_MEMBER_COUNTRY, benchmark_sessions
from directory.models import Contact, Organisation

BENCHMARK_URLCONF = "crimex_portal.benchmark.urls"
LANGUAGE = "en"


@dataclass(frozen=True)
class BenchmarkPage:
    slug: str
    path: str


def floor_page() -> BenchmarkPage:
    with translation.override(LANGUAGE):
        return BenchmarkPage("floor", reverse("benchmark_floor", urlconf=BENCHMARK_URLCONF))


def benchmark_pages() -> list[BenchmarkPage]:
    """Needs the seed content and the benchmark dataset."""
    session = benchmark_sessions().order_by("number").first()
    if session is None:
        raise LookupError("No benchmark session: build the benchmark dataset first.")
    action = Action.objects.filter(goal__plan__code="A").order_by("pk").first()
    national = Organisation.objects.get(acronym="PGOs")
    contact = Contact.objects.filter(organisation=national).order_by("pk").first()
    country = BENCHMARK_MEMBER_COUNTRY
    pages = [
        ("home", "pages:home", {}, ""),
        ("sessions", "crimex_sessions:list", {}, ""),
        (f"session-{session.number}", "crimex_sessions:detail", {"pk": session.pk}, ""),
        ("directory-search", "directory:index", {}, "?q=prosecutor"),
        ("directory-contact", "directory:contact", {"pk": contact.pk}, ""),
        ("directory-organisations", "directory:organisations", {}, ""),
        ("directory-organisation-pgos", "directory:organisation", {"pk": national.pk}, ""),
        ("action-plans", "actionplans:index", {}, ""),
        ("action-plan-a", "actionplans:plan", {"code": "A"}, ""),
        ("action-plan-a-dashboard", "actionplans:dashboard", {"code": "A"}, ""),
        ("action-plan-action", "actionplans:action", {"pk": action.pk}, ""),
        ("fiches", "fiches:index", {}, ""),
        (f"fiches-country-{country.lower()}", "fiches:country", {"iso_code": country}, ""),
        ("fiches-measure-501", "fiches:measure", {"code": "501"}, ""),
        (f"fiche-{country.lower()}-501", "fiches:fiche", {"iso_code": country, "code": "501"}, ""),
        (
            "fiches-compare",
            "fiches:compare",
            {"code": "501"},
            f"?country={country}&country=TN&country=DZ",
        ),
        ("fiches-search", "fiches:search", {}, "?language=fr"),
        ("atlas", "fiches:atlas", {}, f"?country={country}&measure=501"),
        ("search", "search:search", {}, "?q=mutual+legal+assistance"),
        ("library", "library:index", {}, ""),
    ]
    with translation.override(LANGUAGE):
        return [
            BenchmarkPage(slug, reverse(url_name, kwargs=kwargs) + query)
            for slug, url_name, kwargs, query in pages
        ]

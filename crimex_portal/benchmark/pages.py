"""The pages the load benchmark drives: the portal's main pages (tests/browser/pages.py lists the
same ones), each at the address that reads most of the large dataset."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import translation

from actionplans.models import Action
from crimex_portal.benchmark.dataset import BENCHMARK_MEMBER_COUNTRY, benchmark_sessions
from directory.models import Contact, Country, Organisation
from mla.selectors import STEPS

BENCHMARK_URLCONF = "crimex_portal.benchmark.urls"
LANGUAGE = "en"


@dataclass(frozen=True)
class BenchmarkPage:
    slug: str
    path: str
    anonymous: bool = False  # requested without the member's session cookie


def floor_page() -> BenchmarkPage:
    with translation.override(LANGUAGE):
        return BenchmarkPage("floor", reverse("benchmark_floor", urlconf=BENCHMARK_URLCONF))


def benchmark_mla_draft():
    """The benchmark member's request to Tunisia for measure 501, drafted once and kept."""
    from crimex_portal.benchmark.dataset import benchmark_member_ensure
    from crimex_portal.encryption import UnreadableValue
    from fiches.models import Measure
    from mla.models import MlaRequest
    from mla.services import request_create

    member = benchmark_member_ensure()
    drafts = MlaRequest.objects.filter(author=member).order_by("pk")
    try:
        draft = drafts.first()
    except UnreadableValue:  # drafted in a run with other keys (the script's random secret)
        drafts.only("pk").delete()
        draft = None
    if draft is None:
        draft = request_create(
            author=member,
            country=Country.objects.get(iso_code="TN"),
            measures=[Measure.objects.get(code="501")],
        )
    return draft


def login_page() -> BenchmarkPage:
    """The reference row: allauth's login page as an anonymous visitor gets it. Every member
    page should serve at least as many requests a second (issue 22)."""
    with translation.override(LANGUAGE):
        return BenchmarkPage("login (anonymous)", reverse("account_login"), anonymous=True)


def benchmark_pages() -> list[BenchmarkPage]:
    """Needs the seed content and the benchmark dataset."""
    session = benchmark_sessions().order_by("number").first()
    draft = benchmark_mla_draft()
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
        ("my-crimex", "mycrimex:home", {}, ""),
        ("mla-requests", "mla:index", {}, ""),
        *(
            (f"mla-composer-step-{step}", "mla:step", {"pk": draft.pk, "step": step}, "")
            for step, _name in STEPS
        ),
    ]
    with translation.override(LANGUAGE):
        return [
            BenchmarkPage(slug, reverse(url_name, kwargs=kwargs) + query)
            for slug, url_name, kwargs, query in pages
        ]

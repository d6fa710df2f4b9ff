from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.functional import SimpleLazyObject
from django.utils.timezone import localdate

from crimex_portal.accounts.decorators import members_only
from crimex_portal.pages.colours import text_pairs
from crimex_portal.pages.selectors import home_overview, pages_by_slug, police_strategy
from sessions.selectors import can_see_members_content

RECENT_SESSIONS_ON_HOME = 3


def home(request: HttpRequest) -> HttpResponse:
    members = can_see_members_content(request)
    overview = SimpleLazyObject(
        lambda: home_overview(request.user, members=members, recent_limit=RECENT_SESSIONS_ON_HOME)
    )
    # Read only when the home's fragment is not cached (pages/home.html); "coming" and "held"
    # depend on the day, which the fragment varies with.
    return render(request, "pages/home.html", {"overview": overview, "today": localdate()})


def about(request: HttpRequest) -> HttpResponse:
    pages = pages_by_slug("about", "euromed-justice")
    if "about" not in pages:
        raise Http404("The About page has not been loaded: run manage.py load_seed_content.")
    context = {"page": pages["about"], "project": pages.get("euromed-justice")}
    return render(request, "pages/about.html", context)


def police_strategy_page(request: HttpRequest) -> HttpResponse:
    context = police_strategy()
    if context["page"] is None:
        raise Http404("The strategy page has not been loaded: run manage.py load_seed_content.")
    return render(request, "pages/police_strategy.html", context)


def favicon(request: HttpRequest) -> HttpResponse:
    # Resolved per request: the manifest of hashed static names exists only after collectstatic.
    return HttpResponsePermanentRedirect(static("crimex/favicon.svg"))


@members_only
def style_guide(request: HttpRequest) -> HttpResponse:
    """The portal's look and feel for PMT and developers (docs/STYLE.md): colours with their
    measured contrast, the type scale and the components, live, in the page's direction."""
    if not request.user.is_staff:
        raise PermissionDenied
    return render(request, "pages/style.html", {"pairs": text_pairs()})

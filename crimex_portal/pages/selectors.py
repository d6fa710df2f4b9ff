from crimex_portal.pages.models import Page, StrategyObjective
from directory.models import CrimeArea


def page_by_slug(slug: str) -> Page | None:
    return Page.objects.filter(slug=slug).first()


def pages_by_slug(*slugs: str) -> dict[str, Page]:
    """Several pages in one query, by slug; a page not loaded is missing from the result."""
    return {page.slug: page for page in Page.objects.filter(slug__in=slugs)}


def police_strategy() -> dict:
    """The Euromed Police Strategy 2017 page: its texts, the crime areas by category, and the
    objectives with the area each serves, in three queries whatever their number."""
    objectives = list(StrategyObjective.objects.select_related("crime_area"))
    objective_of = {objective.crime_area_id: objective for objective in objectives}
    areas = list(CrimeArea.objects.order_by("order", "slug"))
    for area in areas:
        area.strategy_objective = objective_of.get(area.pk)
    by_category = {category: [] for category in CrimeArea.Category.values}
    for area in areas:
        by_category[area.category].append(area)
    pages = pages_by_slug("police-strategy", "police-strategy-objectives")
    return {
        "page": pages.get("police-strategy"),
        "objectives_page": pages.get("police-strategy-objectives"),
        "core_areas": by_category[CrimeArea.Category.CORE],
        "cross_cutting_areas": by_category[CrimeArea.Category.CROSS_CUTTING],
        "plan_areas": by_category[CrimeArea.Category.ACTION_PLAN],
        "objectives": objectives,
    }

from crimex_portal.pages.models import Page


def page_by_slug(slug: str) -> Page | None:
    return Page.objects.filter(slug=slug).first()


def pages_by_slug(*slugs: str) -> dict[str, Page]:
    """Several pages in one query, by slug; a page not loaded is missing from the result."""
    return {page.slug: page for page in Page.objects.filter(slug__in=slugs)}

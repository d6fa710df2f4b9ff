from crimex_portal.pages.models import Page


def page_by_slug(slug: str) -> Page | None:
    return Page.objects.filter(slug=slug).first()

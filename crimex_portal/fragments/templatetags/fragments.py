"""{% fragment "name" areas="sessions directory" vary=a,b %} ... {% endfragment %}

The enclosed HTML, cached under the versions of the areas it shows (all content areas when
none is named, none with areas=""), its audience and the values it varies with. Whatever the
view hands the block lazily (querysets, SimpleLazyObject) is not read on a hit.

A {% csrf_token %} inside is cached as a placeholder and filled with the request's own token
each time it is served: a fragment never carries one visitor's token to another. Never put
messages or anything else of one person's session inside unless the fragment varies with it."""

from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

from crimex_portal.fragments.selectors import fragment_key
from crimex_portal.fragments.triggers import CONTENT_AREAS

register = template.Library()

CACHE_SECONDS = 7 * 24 * 3600  # versions invalidate; the timeout only frees memory
CSRF_PLACEHOLDER = "crimex-fragment-csrf-placeholder"


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, areas, vary):
        self.nodelist, self.name, self.areas, self.vary = nodelist, name, areas, vary

    def render(self, context) -> str:
        request = context.get("request")
        if request is None:  # e-mails, PDFs: nothing to share, render as is
            return self.nodelist.render(context)
        name = self.name.resolve(context)
        areas = self.areas.resolve(context).split() if self.areas else list(CONTENT_AREAS.values())
        unknown = set(areas) - set(CONTENT_AREAS.values())
        if unknown:
            raise template.TemplateSyntaxError(f"Unknown content areas: {sorted(unknown)}")
        key = fragment_key(request, name, areas, [value.resolve(context) for value in self.vary])
        html = cache.get(key)
        if html is None:
            with context.push(csrf_token=CSRF_PLACEHOLDER):
                html = str(self.nodelist.render(context))
            cache.set(key, html, CACHE_SECONDS)
        if CSRF_PLACEHOLDER in html:
            html = html.replace(CSRF_PLACEHOLDER, str(context.get("csrf_token", "")))
        return mark_safe(html)  # noqa: S308 - rendered by the template engine, escaped there


@register.tag("fragment")
def do_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name.")
    name, areas, vary = parser.compile_filter(bits[1]), None, []
    for bit in bits[2:]:
        keyword, _, value = bit.partition("=")
        if keyword == "areas":
            areas = parser.compile_filter(value)
        elif keyword == "vary":
            vary = [parser.compile_filter(part) for part in value.split(",")]
        else:
            raise template.TemplateSyntaxError(f"{{% fragment %}}: unknown argument {bit!r}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, name, areas, vary)

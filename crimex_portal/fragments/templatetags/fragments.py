"""{% fragment "name" areas="sessions directory" vary=a,b %} ... {% endfragment %}

The enclosed HTML, cached under the versions of the areas it shows (all content areas when
none is named), its audience and the values it varies with. Whatever the view hands the block
lazily (querysets, SimpleLazyObject) is not read on a hit. Never put a form with a CSRF token,
messages or anything of one person's session inside: the fragment is shared by its audience."""

from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

from crimex_portal.fragments.selectors import fragment_key
from crimex_portal.fragments.triggers import CONTENT_AREAS

register = template.Library()

CACHE_SECONDS = 7 * 24 * 3600  # versions invalidate; the timeout only frees memory


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
            html = self.nodelist.render(context)
            cache.set(key, str(html), CACHE_SECONDS)
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

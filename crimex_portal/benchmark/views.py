from django.http import HttpRequest, HttpResponse


def floor(request: HttpRequest) -> HttpResponse:
    """No query, no template: what any page costs before it does anything of its own."""
    return HttpResponse("floor", content_type="text/plain; charset=utf-8")

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from crimex_portal.accounts.decorators import members_only
from directory.selectors import countries_with_organisations, international_organisations


@members_only
def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "directory/index.html",
        {
            "countries": countries_with_organisations(),
            "international_organisations": international_organisations(),
        },
    )

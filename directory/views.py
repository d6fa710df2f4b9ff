from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from directory.selectors import countries_with_organisations, international_organisations


@login_required
def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "directory/index.html",
        {
            "countries": countries_with_organisations(),
            "international_organisations": international_organisations(),
        },
    )

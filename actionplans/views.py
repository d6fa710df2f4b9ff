from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from crimex_portal.accounts.decorators import members_only


@members_only
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "actionplans/index.html")

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from sessions.selectors import session_overview, sessions_visible_to


def session_list(request: HttpRequest) -> HttpResponse:
    return render(request, "sessions/session_list.html", session_overview(request.user))


def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(sessions_visible_to(request.user), pk=pk)
    return render(request, "sessions/session_detail.html", {"session": session})

"""The published versions of an agenda: any release at its own address, the changes page and
its Atom feed. Nobody but PMT (in the admin) reads the working agenda."""

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from sessions.models import AgendaRelease, Session
from sessions.releases import change_lines, release_days
from sessions.selectors import sessions_visible_to


def _visible_session(request: HttpRequest, pk: int) -> Session:
    return get_object_or_404(sessions_visible_to(request.user), pk=pk)


def release_detail(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    session = _visible_session(request, pk)
    release = get_object_or_404(AgendaRelease, session=session, number=number)
    latest_number = session.releases.order_by("-number").values_list("number", flat=True)[0]
    return render(
        request,
        "sessions/release_detail.html",
        {
            "session": session,
            "release": release,
            "days": release_days(release),
            "changes": change_lines(release.changes),
            "is_latest": release.number == latest_number,
        },
    )


def changes_url(session_pk: int) -> str:
    return reverse("crimex_sessions:changes", kwargs={"pk": session_pk})


def release_changes(request: HttpRequest, pk: int) -> HttpResponse:
    session = _visible_session(request, pk)
    releases = list(session.releases.order_by("-number").select_related(None))
    entries = [(release, change_lines(release.changes)) for release in releases]
    return render(
        request,
        "sessions/release_changes.html",
        {"session": session, "entries": entries},
    )


class ReleaseChangesFeed(Feed):
    """The changes page as an Atom feed, in the language of its address."""

    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, pk: int) -> Session:
        try:
            return sessions_visible_to(request.user).get(pk=pk)
        except Session.DoesNotExist as missing:
            raise Http404 from missing

    def title(self, session: Session) -> str:
        return _("Changes to the agenda of the %(session)s") % {"session": session.label}

    def link(self, session: Session) -> str:
        return changes_url(session.pk)

    def subtitle(self, session: Session) -> str:
        return session.title

    def items(self, session: Session) -> list[AgendaRelease]:
        return list(session.releases.order_by("-number")[:50])

    def item_title(self, release: AgendaRelease) -> str:
        return _("Version %(number)s") % {"number": release.number}

    def item_description(self, release: AgendaRelease) -> str:
        lines = [release.comment, *(line.text for line in change_lines(release.changes))]
        return "\n".join(line for line in lines if line)

    def item_link(self, release: AgendaRelease) -> str:
        return f"{changes_url(release.session_id)}#v{release.number}"

    def item_pubdate(self, release: AgendaRelease):
        return release.published_at

    def item_updateddate(self, release: AgendaRelease):
        return release.published_at

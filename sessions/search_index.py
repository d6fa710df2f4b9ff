"""What the portal-wide search finds of sessions: published sessions, their published agenda
(the latest release) and their documents, as the session page shows them."""

from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext

from crimex_portal.search.models import SearchDocument
from crimex_portal.search.registry import Indexer, language_entries, register
from sessions.models import AgendaRelease, Session, SessionDocument
from sessions.releases import TEXT_FIELDS

PUBLIC = SearchDocument.Visibility.PUBLIC


def _session_entries(session: Session):
    return language_entries(
        session,
        title=lambda: f"{session} — {session.title}",
        fields=("title", "summary", "background", "methodology", "venue_city"),
        url=session.get_absolute_url(),
        visibility=PUBLIC,
        country=session.venue_country.iso_code if session.venue_country_id else "",
        date=session.start_date,
    )


def _release_entries(release: AgendaRelease):
    """The agenda as published (the latest release), never the working agenda PMT edit."""
    session = release.session
    items = release.items

    def texts(language: str) -> list[str]:
        return [
            item[name].get(language, "")
            for item in items
            for name in TEXT_FIELDS
            if isinstance(item.get(name), dict)
        ]

    return language_entries(
        release,
        title=lambda: f"{gettext('Agenda')} · {session} — {session.title}",
        extra=texts,
        url=session.get_absolute_url(),
        visibility=PUBLIC,
        date=session.start_date,
    )


def latest_releases():
    newest = AgendaRelease.objects.filter(session=OuterRef("session")).order_by("-number")
    return AgendaRelease.objects.filter(
        session__is_published=True, number=Subquery(newest.values("number")[:1])
    ).select_related("session__venue_country")


def _document_entries(document: SessionDocument):
    session = document.session
    return language_entries(
        document,
        title=lambda: f"{document.title} · {session}",
        fields=("title",),
        extra=lambda language: [gettext(document.get_kind_display())],
        url=session.get_absolute_url(),
        visibility=PUBLIC if document.is_public else SearchDocument.Visibility.MEMBERS,
        date=session.start_date,
    )


register(
    Indexer(
        model=Session,
        kind="sessions",
        queryset=lambda: Session.objects.published().select_related("venue_country"),
        entries=_session_entries,
    )
)
register(
    Indexer(
        model=AgendaRelease,
        kind="sessions",
        queryset=latest_releases,
        entries=_release_entries,
        depends_on={
            Session: lambda session: session.releases.all(),
            # A new release replaces the one before it in the index.
            AgendaRelease: lambda release: release.session.releases.exclude(pk=release.pk),
        },
    )
)
register(
    Indexer(
        model=SessionDocument,
        kind="documents",
        queryset=lambda: SessionDocument.objects.filter(session__is_published=True).select_related(
            "session__venue_country"
        ),
        entries=_document_entries,
        depends_on={Session: lambda session: session.documents.all()},
    )
)

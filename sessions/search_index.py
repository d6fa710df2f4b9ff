"""What the portal-wide search finds of sessions: published sessions, their agenda items and
their documents, as the session page shows them."""

from django.utils.translation import gettext

from crimex_portal.search.models import SearchDocument
from crimex_portal.search.registry import Indexer, language_entries, register
from sessions.models import AgendaItem, Session, SessionDocument

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


def _agenda_item_entries(item: AgendaItem):
    session = item.session
    return language_entries(
        item,
        title=lambda: f"{item.title} · {session}",
        fields=("title", "description", "sub_points", "speakers", "moderator"),
        url=f"{session.get_absolute_url()}#agenda-item-{item.pk}",
        visibility=PUBLIC,
        date=getattr(item, "date", None) or session.start_date,
    )


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
        model=AgendaItem,
        kind="sessions",
        queryset=lambda: AgendaItem.objects.filter(session__is_published=True).select_related(
            "session__venue_country"
        ),
        entries=_agenda_item_entries,
        depends_on={Session: lambda session: session.agenda_items.all()},
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

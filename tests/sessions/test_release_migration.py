"""At deployment, every published session keeps showing the agenda it showed: version 1."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("crimex_sessions", "0007_demo_flag")]
AFTER = [("crimex_sessions", "0008_agenda_releases")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_releases_the_agenda_of_each_published_session():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Session = old.get_model("crimex_sessions", "Session")
    AgendaItem = old.get_model("crimex_sessions", "AgendaItem")
    day = datetime.date(2031, 3, 10)
    published = Session.objects.create(
        number=41,
        title="Published",
        title_en="Published",
        start_date=day,
        end_date=day,
        is_published=True,
    )
    draft = Session.objects.create(number=42, title="Draft", title_en="Draft")
    for session in (published, draft):
        AgendaItem.objects.create(
            session=session,
            date=day,
            start_time=datetime.time(9),
            title="Opening",
            title_en="Opening",
            title_fr="Ouverture",
        )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    AgendaRelease = new.get_model("crimex_sessions", "AgendaRelease")

    release = AgendaRelease.objects.get(session_id=published.pk)
    assert release.number == 1
    assert [item["title"]["fr"] for item in release.items] == ["Ouverture"]
    assert release.changes["first"]
    assert not AgendaRelease.objects.filter(session_id=draft.pk).exists()  # PMT publish drafts

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

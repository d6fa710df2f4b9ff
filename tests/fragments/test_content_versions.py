"""An area's version moves with every write to its tables, however it is made (save, bulk
update, many-to-many, raw SQL), in the same transaction; a write rolled back leaves the old
version, which still describes the old content."""

import pytest
from django.db import connection, transaction

from crimex_portal.fragments.models import ContentVersion
from crimex_portal.fragments.selectors import content_versions
from crimex_portal.fragments.triggers import content_tables
from directory.models import Contact
from tests.factories import ContactFactory, GlossaryEntryFactory, SessionFactory

pytestmark = pytest.mark.django_db(transaction=False)


def version(area: str) -> str:
    return ContentVersion.objects.filter(area=area).values_list("version", flat=True).first()


def test_a_save_moves_the_version_of_its_area_only():
    ContactFactory()
    directory, glossary = version("directory"), version("glossary")
    GlossaryEntryFactory()
    assert version("directory") == directory
    assert version("glossary") != glossary


def test_a_bulk_update_without_signals_moves_the_version():
    ContactFactory()
    before = version("directory")
    Contact.objects.update(email="changed@example.org")
    assert version("directory") != before


def test_raw_sql_moves_the_version():
    ContactFactory()
    before = version("directory")
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {Contact._meta.db_table} SET phone = '+212 5 00'")  # noqa: S608
    assert version("directory") != before


def test_a_many_to_many_change_moves_the_version():
    session = SessionFactory()
    country = ContactFactory().organisation.country
    before = version("sessions")
    session.participating_countries.add(country)
    assert version("sessions") != before


def test_a_write_rolled_back_leaves_the_old_version():
    ContactFactory()
    before = version("directory")
    inside = []

    def write_then_fail():
        with transaction.atomic():
            Contact.objects.update(email="rolled-back@example.org")
            inside.append(version("directory"))
            raise RuntimeError

    with pytest.raises(RuntimeError):
        write_then_fail()
    assert inside[0] != before
    assert version("directory") == before


def test_every_content_table_has_its_trigger():
    tables = content_tables()
    assert {"directory_contact", "crimex_sessions_agendaitem", "fiches_fiche"} <= set(tables)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT DISTINCT event_object_table FROM information_schema.triggers "
                "WHERE trigger_name = 'crimex_content_changed'"
            )
        else:
            cursor.execute(
                "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'crimex_content_changed_%'"
            )
        with_trigger = {row[0] for row in cursor.fetchall()}
    assert set(tables) <= with_trigger


def test_versions_are_read_once_per_request(rf, django_assert_num_queries):
    request = rf.get("/")
    with django_assert_num_queries(1):
        content_versions(request)
        content_versions(request)

"""PMT prepare the next session from a past one, then write its agenda in the compact timetable
editor: one row per item, grouped by day, all saved or none."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from sessions.models import AgendaItem, Session
from sessions.preparation import day_number, session_prepare_next, to_be_written
from tests.factories import (
    AgendaItemFactory,
    RegistrationFactory,
    SessionDocumentFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
)

pytestmark = pytest.mark.django_db

MON, TUE = datetime.date(2031, 5, 5), datetime.date(2031, 5, 6)


def t(hour: int, minute: int = 0) -> datetime.time:
    return datetime.time(hour, minute)


@pytest.fixture
def fifth():
    session = SessionFactory(
        number=5, status=Session.Status.HELD, start_date=MON, end_date=TUE, title_en="Evidence"
    )
    AgendaItemFactory(
        session=session,
        date=MON,
        start_time=t(9),
        end_time=t(10),
        title_en="Opening",
        kind="opening",
    )
    AgendaItemFactory(
        session=session,
        date=MON,
        start_time=t(10),
        end_time=t(10, 30),
        title_en="Coffee break",
        title_fr="Pause café",
        kind="break",
    )
    AgendaItemFactory(
        session=session, date=MON, start_time=t(10, 30), end_time=t(12), title_en="Panel"
    )
    AgendaItemFactory(
        session=session,
        date=TUE,
        start_time=t(9),
        end_time=t(11),
        title_en="Debates",
        kind="debate",
    )
    SessionDocumentFactory(session=session)
    RegistrationFactory(session=session)
    return session


def editor_url(session: Session) -> str:
    return reverse("admin:crimex_sessions_session_timetable", args=[session.pk])


def editor_data(response) -> dict:
    """What the editor's form posts when nothing is touched."""
    formset = response.context["formset"]
    data = {
        formset.management_form.add_prefix(name): str(value)
        for name, value in formset.management_form.initial.items()
    }
    for form in formset.forms:
        for name in form.fields:
            value = form[name].value()
            if name == "delete":
                continue
            if isinstance(value, datetime.time):
                value = value.strftime("%H:%M")
            data[form.add_prefix(name)] = "" if value is None else str(value)
    return data


def row_of(response, title: str) -> str:
    """The prefix of the row whose English title is `title`."""
    for form in response.context["formset"].forms:
        if form["title_en"].value() == title:
            return form.prefix
    raise AssertionError(title)


def test_preparing_the_next_session_keeps_the_structure_not_the_content(fifth):
    sixth = session_prepare_next(session=fifth)

    assert (sixth.number, sixth.part, sixth.is_published, sixth.status) == (6, 0, False, "planned")
    assert (sixth.start_date, sixth.end_date) == (None, None)
    assert not sixth.registrations.exists()
    assert not sixth.documents.exists()
    items = list(sixth.agenda_items.order_by("date", "start_time"))
    assert [(day_number(sixth, i.date), i.start_time, i.end_time, i.kind) for i in items] == [
        (1, t(9), t(10), "opening"),
        (1, t(10), t(10, 30), "break"),
        (1, t(10, 30), t(12), "presentation"),
        (2, t(9), t(11), "debate"),
    ]
    # Titles to be written, each in its own language; the pauses keep theirs.
    assert items[0].title_en == to_be_written("en") == "[To be written]"
    assert items[0].title_ar == to_be_written("ar")
    assert items[0].title_fr == to_be_written("fr")
    assert (items[1].title_en, items[1].title_fr) == ("Coffee break", "Pause café")
    assert sixth.title_en == "[To be written]"
    # The 5th is untouched.
    assert fifth.agenda_items.count() == 4
    assert fifth.registrations.count() == 1


def test_prepare_the_next_session_from_the_admin(pmt_client, fifth):
    url = reverse("admin:crimex_sessions_session_prepare_next", args=[fifth.pk])
    change = pmt_client.get(reverse("admin:crimex_sessions_session_change", args=[fifth.pk]))
    assert url in change.content.decode()
    assert pmt_client.get(url).status_code == 200
    assert Session.objects.count() == 1  # a GET changes nothing

    response = pmt_client.post(url)

    sixth = Session.objects.get(number=6)
    assert response.status_code == 302
    assert response["Location"] == editor_url(sixth)


def test_prepare_the_next_session_as_a_list_action(pmt_client, fifth):
    response = pmt_client.post(
        reverse("admin:crimex_sessions_session_changelist"),
        {"action": "prepare_next", "_selected_action": [fifth.pk]},
    )
    sixth = Session.objects.get(number=6)
    assert response["Location"] == editor_url(sixth)
    assert sixth.agenda_items.count() == 4


def test_journey_pmt_write_the_sixth_sessions_agenda_in_three_languages(pmt_client, fifth):
    pmt_client.post(reverse("admin:crimex_sessions_session_prepare_next", args=[fifth.pk]))
    sixth = Session.objects.get(number=6)
    page = pmt_client.get(editor_url(sixth))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Day 1" in text
    assert "Day 2" in text
    data = editor_data(page)
    first = page.context["formset"].forms[0].prefix
    data.update(
        {
            f"{first}-title_en": "Opening of the 6th session",
            f"{first}-title_fr": "Ouverture de la 6e session",
            f"{first}-title_ar": "افتتاح الدورة السادسة",
            f"{first}-end_time": "09:45",
        }
    )

    response = pmt_client.post(editor_url(sixth), data)

    assert response.status_code == 302
    opening = sixth.agenda_items.get(start_time=t(9), kind="opening")
    assert (opening.title_en, opening.title_fr, opening.title_ar, opening.end_time) == (
        "Opening of the 6th session",
        "Ouverture de la 6e session",
        "افتتاح الدورة السادسة",
        t(9, 45),
    )
    # PMT add an item on day 2: the page comes back with a blank row there.
    data = editor_data(pmt_client.get(editor_url(sixth)))
    response = pmt_client.post(editor_url(sixth), {**data, "add": "2"})
    assert response["Location"] == editor_url(sixth) + "?add=2#new-row"
    page = pmt_client.get(response["Location"])
    new = next(f for f in page.context["formset"].forms if not f["item"].value())
    assert (new["day"].value(), new["start_time"].value()) == (2, t(11))
    data = editor_data(page)
    data[f"{new.prefix}-title_en"] = "Conclusions"
    data[f"{new.prefix}-kind"] = "conclusions"
    data[f"{new.prefix}-end_time"] = "12:00"
    assert pmt_client.post(editor_url(sixth), data).status_code == 302
    assert sixth.agenda_items.filter(title_en="Conclusions", start_time=t(11)).count() == 1
    # PMT set the dates in the change form: the days follow.
    change = reverse("admin:crimex_sessions_session_change", args=[sixth.pk])
    from tests.admin_forms import admin_form_as_shown

    shown = admin_form_as_shown(pmt_client.get(change))
    response = pmt_client.post(
        change, {**shown, "start_date": "2032-03-01", "end_date": "2032-03-02"}
    )
    assert response.status_code == 302
    assert sorted({i.date for i in sixth.agenda_items.all()}) == [
        datetime.date(2032, 3, 1),
        datetime.date(2032, 3, 2),
    ]
    # The preview shows the agenda as members will see it.
    preview = pmt_client.get(
        reverse("admin:crimex_sessions_session_timetable_preview", args=[sixth.pk])
    )
    assert "Opening of the 6th session" in preview.content.decode()
    with translation.override("fr"):
        preview = pmt_client.get(
            reverse("admin:crimex_sessions_session_timetable_preview", args=[sixth.pk])
        )
    assert "Ouverture de la 6e session" in preview.content.decode()


def test_bad_rows_change_nothing_and_say_what_is_wrong_per_row(pmt_client, fifth):
    page = pmt_client.get(editor_url(fifth))
    data = editor_data(page)
    panel, debates = row_of(page, "Panel"), row_of(page, "Debates")
    opening = row_of(page, "Opening")
    data.update(
        {
            f"{opening}-title_en": "Renamed",  # valid, but must not be saved either
            f"{panel}-start_time": "09:30",  # overlaps the opening
            f"{debates}-end_time": "08:00",  # ends before it starts
        }
    )

    response = pmt_client.post(editor_url(fifth), data)

    assert response.status_code == 200
    forms = {f.prefix: f for f in response.context["formset"].forms}
    assert "overlaps" in str(forms[panel].errors)
    assert "An item must end after it starts." in str(forms[debates].errors)
    assert not forms[opening].errors
    assert "Nothing was saved" in response.content.decode()
    assert not AgendaItem.objects.filter(title_en="Renamed").exists()
    assert fifth.agenda_items.get(title_en="Panel").start_time == t(10, 30)


def test_a_day_outside_the_sessions_dates_is_refused(pmt_client, fifth):
    page = pmt_client.get(editor_url(fifth))
    data = editor_data(page)
    data[f"{row_of(page, 'Panel')}-day"] = "7"
    response = pmt_client.post(editor_url(fifth), data)
    assert response.status_code == 200
    assert fifth.agenda_items.filter(date=MON).count() == 3


def test_up_and_down_swap_an_item_with_its_neighbour_keeping_lengths(pmt_client, fifth):
    page = pmt_client.get(editor_url(fifth))
    panel = page.context["formset"].forms.index(
        next(f for f in page.context["formset"].forms if f["title_en"].value() == "Panel")
    )

    response = pmt_client.post(editor_url(fifth), {**editor_data(page), "move": f"{panel}:up"})

    assert response.status_code == 302
    items = {i.title_en: (i.start_time, i.end_time) for i in fifth.agenda_items.all()}
    assert items["Panel"] == (t(10), t(11, 30))
    assert items["Coffee break"] == (t(11, 30), t(12))
    assert items["Opening"] == (t(9), t(10))


def test_deleting_a_row(pmt_client, fifth):
    page = pmt_client.get(editor_url(fifth))
    data = editor_data(page)
    data[f"{row_of(page, 'Panel')}-delete"] = "on"
    assert pmt_client.post(editor_url(fifth), data).status_code == 302
    assert not fifth.agenda_items.filter(title_en="Panel").exists()


def test_members_and_coordinators_cannot_open_the_editor_nor_prepare(fifth):
    for role in (roles.MEMBER, roles.COORDINATOR):
        client = Client()
        log_in_with_two_factor(client, UserFactory(roles=[role], two_factor=True))
        assert client.get(editor_url(fifth)).status_code == 302  # to the admin's login
        response = client.post(
            reverse("admin:crimex_sessions_session_prepare_next", args=[fifth.pk])
        )
        assert response.status_code == 302
    # Staff without the right to change sessions are refused too.
    client = Client()
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.MEMBER], is_staff=True, two_factor=True)
    )
    assert client.get(editor_url(fifth)).status_code == 403
    assert client.post(editor_url(fifth), {}).status_code == 403
    assert Session.objects.count() == 1


def test_a_row_of_another_sessions_item_cannot_be_edited_through_this_one(pmt_client, fifth):
    other = AgendaItemFactory(title_en="Not yours")
    page = pmt_client.get(editor_url(fifth))
    data = editor_data(page)
    data[f"{row_of(page, 'Panel')}-item"] = str(other.pk)
    data[f"{row_of(page, 'Panel')}-title_en"] = "Hijacked"
    response = pmt_client.post(editor_url(fifth), data)
    assert response.status_code == 200
    other.refresh_from_db()
    assert other.title_en == "Not yours"


# The session with its items (and their organisations), and the request's own (the session, the
# user, the two-factor gate, the menu...): the same for 18 items as for 180.
QUERIES = {"timetable": 5, "timetable_preview": 5}


@pytest.mark.parametrize("page", ["timetable", "timetable_preview"])
def test_query_counts_stay_flat_with_ten_times_the_items(pmt_client, page):
    url_name = f"admin:crimex_sessions_session_{page}"

    def count_for(items: int) -> int:
        session = SessionFactory()
        for index in range(items):
            AgendaItemFactory(
                session=session,
                date=session.start_date + datetime.timedelta(days=index % 2),
                start_time=t(7 + index // 2 // 6, (index // 2 % 6) * 10),
                end_time=None,
            )
        pmt_client.get(reverse(url_name, args=[session.pk]))  # warm caches
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert pmt_client.get(reverse(url_name, args=[session.pk])).status_code == 200
        return len(queries)

    counts = (count_for(18), count_for(180))
    assert counts == (QUERIES[page], QUERIES[page])


def test_a_draft_without_dates_shows_its_days_by_number_to_staff(pmt_client, fifth):
    sixth = session_prepare_next(session=fifth)
    # Members see released agendas only; PMT read the draft's days in the timetable preview.
    preview = reverse("admin:crimex_sessions_session_timetable_preview", args=[sixth.pk])
    page = pmt_client.get(preview).content.decode()
    assert "Day 1" in page
    assert "Day 2" in page
    assert "May 2031" not in page  # not the 5th session's dates


def test_an_item_added_meanwhile_by_someone_else_is_kept_and_counted(pmt_client, fifth):
    page = pmt_client.get(editor_url(fifth))
    AgendaItemFactory(session=fifth, date=TUE, start_time=t(11), end_time=t(12), title_en="New")
    data = editor_data(page)
    data[f"{row_of(page, 'Debates')}-end_time"] = "11:30"  # would now run into "New"

    response = pmt_client.post(editor_url(fifth), data)

    assert response.status_code == 200
    assert "overlaps" in str(response.context["formset"].forms[-1].errors)
    assert fifth.agenda_items.filter(title_en="New").exists()

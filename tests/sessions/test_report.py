import datetime

import pytest
from django.utils.html import escape

from crimex_portal.accounts import roles
from crimex_portal.reports.pdf import html_to_pdf
from crimex_portal.reports.registry import builder_for
from crimex_portal.reports.services import render_report_html
from sessions.models import AgendaItem, Session, SessionExpert
from sessions.reports import WITH_ATTENDEES
from tests.factories import (
    AgendaItemFactory,
    OrganisationFactory,
    RegistrationFactory,
    SessionDocumentFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
    release_agenda,
)
from tests.pdf import assert_arabic_font_embedded, pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def fifth(seeded) -> Session:
    return Session.objects.get(number=5, part=Session.Part.SECOND)


def report_html(session: Session, language: str, audience: str = WITH_ATTENDEES) -> str:
    builder = builder_for("session")
    _title, html = render_report_html(builder, builder.target(str(session.pk)), language, audience)
    return html


def test_the_report_lists_every_agenda_item_in_order_day_by_day(fifth):
    html = report_html(fifth, "en")

    titles = [
        item.title
        for item in AgendaItem.objects.filter(session=fifth).order_by("date", "start_time", "pk")
    ]
    assert len(titles) > 10
    positions, position = [], 0
    for title in titles:  # each after the one before: "Coffee Break" comes back
        position = html.index(f'<span class="agenda-title">{escape(title)}</span>', position + 1)
        positions.append(position)
    day_one = html.index("Day 1 · Wednesday 24 January 2018")
    day_two = html.index("Day 2 · Thursday 25 January 2018")
    assert day_one < positions[0] < day_two < positions[-1]
    assert '<td class="time"><bdi dir="ltr">09:00–09:45</bdi></td>' in html
    for text in ("CrimEx session report", "5th CrimEx session, Second Part", "Victoria Palau"):
        assert text in html
    assert html.count('<tr class="pause">') == 5  # three coffee breaks, two lunches


def test_the_organisations_are_in_two_columns_read_down_each(fifth):
    html = report_html(fifth, "en")

    names = [str(organisation) for organisation in fifth.participating_organisations.all()]
    assert len(names) > 3
    table = html[html.index('<table class="organisations">') :]
    table = table[: table.index("</table>")]
    columns = table.split("<td>")[1:]
    assert len(columns) == 2
    half = (len(names) + 1) // 2
    for column, expected in zip(columns, (names[:half], names[half:]), strict=True):
        assert [escape(name) for name in expected] == [
            item.split("</li>")[0] for item in column.split("<li>")[1:]
        ]


def test_the_report_is_in_the_language_asked_for(fifth):
    french = report_html(fifth, "fr")
    assert "mercredi 24 janvier 2018" in french
    assert "Moyens de renforcer la coopération informelle" in french
    arabic = report_html(fifth, "ar")
    assert 'dir="rtl"' in arabic
    assert "سبل تعزيز التعاون غير الرسمي" in arabic
    assert "الأربعاء" in arabic


def test_content_is_escaped():
    session = SessionFactory(summary_en='<script>alert("x")</script>')
    AgendaItemFactory(session=session, title_en='<img src="file:///etc/passwd">')
    release_agenda(session)

    html = report_html(session, "en")

    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
    assert "<img" not in html
    assert "<script" not in html


def test_members_only_parts_are_listed_and_the_report_is_restricted():
    session = SessionFactory()
    organisation = OrganisationFactory(name_en="Ministry of Justice")
    RegistrationFactory(
        session=session,
        user=UserFactory(first_name="Amal", last_name="Haddad", organisation=organisation),
        capacity="observer",
    )
    SessionDocumentFactory(session=session, title_en="Draft conclusions")

    html = report_html(session, "en")

    assert builder_for("session").restricted
    assert "Restricted: for CrimEx members only" in html
    for text in ("Amal Haddad", "Ministry of Justice", "Observer", "Draft conclusions"):
        assert text in html
    without_attendees = report_html(session, "en", audience="")
    assert "Draft conclusions" in without_attendees
    assert "Amal Haddad" not in without_attendees


def test_unpublished_and_unknown_sessions_have_no_report():
    builder = builder_for("session")
    with pytest.raises(LookupError):
        builder.target(str(SessionFactory(is_published=False).pk))
    with pytest.raises(LookupError):
        builder.target("not-a-number")


def session_with(items: int, registrations: int) -> Session:
    session = SessionFactory()
    for index in range(items):
        item = AgendaItemFactory(
            session=session,
            date=session.start_date + datetime.timedelta(days=index % 2),
            start_time=datetime.time(8 + index // 4 % 12, index % 4 * 15),
            end_time=None,
            speakers_en="A speaker",
            sub_points_en="First point\nSecond point",
        )
        item.organisations.add(OrganisationFactory())
    for _index in range(registrations):
        organisation = OrganisationFactory()
        RegistrationFactory(
            session=session,
            user=UserFactory(organisation=organisation, country=organisation.country),
        )
    SessionExpert.objects.create(session=session, name="An expert", organisation=organisation)
    SessionDocumentFactory(session=session)
    release_agenda(session)
    return session


def test_queries_stay_the_same_when_the_session_grows(django_assert_num_queries):
    small = session_with(items=4, registrations=2)
    large = session_with(items=40, registrations=20)

    # The session, then one query per related list: objectives, outcomes, countries,
    # organisations, experts, documents, registrations; and the agenda's latest release; the
    # decisions, and the follow-ups earlier sessions left open.
    with django_assert_num_queries(11):
        report_html(small, "en")
    with django_assert_num_queries(11):
        html = report_html(large, "en")
    assert html.count('<span class="agenda-title">') == 40
    assert html.count('<td class="number">') == 20


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Ways to enhance informal cooperation", "Coffee Break"]),
        ("fr", ["coopération", "janvier"]),
        ("ar", ["التعاون", "الخامسة"]),
    ],
)
def test_real_pdf_in_each_language(fifth, tmp_path, language, expected):
    pdf = html_to_pdf(report_html(fifth, language))

    assert pdf.startswith(b"%PDF-")
    text = pdf_text(pdf, tmp_path)
    for word in expected:
        assert word in text
    if language == "ar":
        assert_arabic_font_embedded(pdf, tmp_path)


def test_coordinators_see_the_export_form_on_published_sessions(client, fifth):
    coordinator = UserFactory(roles=[roles.COORDINATOR], two_factor=True)
    log_in_with_two_factor(client, coordinator)

    page = client.get(fifth.get_absolute_url()).content.decode()

    assert 'name="kind" value="session"' in page
    assert f'name="key" value="{fifth.pk}"' in page


def test_members_do_not_see_the_export_form(member_client, fifth):
    page = member_client.get(fifth.get_absolute_url()).content.decode()

    assert "Export PDF" not in page
    assert 'name="kind" value="session"' not in page


def test_unpublished_sessions_offer_no_export(client):
    session = SessionFactory(is_published=False)
    log_in_with_two_factor(client, UserFactory(roles=[roles.PMT_STAFF], two_factor=True))

    response = client.get(session.get_absolute_url())

    assert response.status_code == 200  # PMT staff preview it
    assert 'name="kind" value="session"' not in response.content.decode()

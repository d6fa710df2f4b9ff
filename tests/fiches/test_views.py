import re

import pytest
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from fiches.models import Fiche, FicheEditorAssignment, FicheRevision
from fiches.selectors import ATLAS_CONTACTS_SHOWN
from tests.factories import (
    ChannelFactory,
    ContactFactory,
    CountryFactory,
    FicheFactory,
    InstrumentFactory,
    MeasureFactory,
    MeasureGroupFactory,
    UserFactory,
    log_in_with_two_factor,
)


def grid(countries: int, measures: int, languages: dict) -> list[Fiche]:
    """Fiches for every country and measure, each accepting three languages, two channels and
    two instruments: the shape whose page costs must not grow with the data."""
    group = MeasureGroupFactory(code="5")
    channels = [ChannelFactory(code="central-authority"), ChannelFactory(code="interpol")]
    instruments = [InstrumentFactory(), InstrumentFactory()]
    measure_rows = [MeasureFactory(group=group) for _ in range(measures)]
    fiches = []
    for _ in range(countries):
        country = CountryFactory()
        for measure in measure_rows:
            fiche = FicheFactory(country=country, measure=measure)
            fiche.accepted_languages.set(languages.values())
            fiche.channels.set(channels)
            fiche.instruments.set(instruments)
            fiches.append(fiche)
    return fiches


def text_of(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def answers_of(response) -> str:
    """The measure page's table of countries, without the comparison form below it."""
    return text_of(response).split('id="answers-title"')[1].split('id="compare-title"')[0]


# Every members' page of the module, as a function of one fiche of the data.
PAGES = {
    "index": lambda fiche: reverse("fiches:index"),
    "country": lambda fiche: reverse("fiches:country", args=[fiche.country.iso_code]),
    "measure": lambda fiche: reverse("fiches:measure", args=[fiche.measure.code]),
    "measure filtered": lambda fiche: (
        reverse("fiches:measure", args=[fiche.measure.code]) + "?language=fr"
    ),
    "fiche": lambda fiche: fiche.get_absolute_url(),
    "search": lambda fiche: reverse("fiches:search") + "?language=fr&applicability=applicable",
    "atlas": lambda fiche: (
        reverse("fiches:atlas") + f"?country={fiche.country.iso_code}&measure={fiche.measure.code}"
    ),
}


@pytest.mark.parametrize("page", PAGES)
def test_query_counts_stay_flat_from_a_few_fiches_to_twelve_countries_by_forty_measures(
    member_client, languages, django_assert_max_num_queries, page
):
    first = grid(countries=2, measures=4, languages=languages)[0]
    with django_assert_max_num_queries(25) as few:
        assert member_client.get(PAGES[page](first)).status_code == 200
    grid(countries=10, measures=36, languages=languages)  # 12 countries, 40 measures
    assert Fiche.objects.count() == 2 * 4 + 10 * 36
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert member_client.get(PAGES[page](first)).status_code == 200


def test_comparison_query_count_is_flat(member_client, languages, django_assert_max_num_queries):
    fiches = grid(countries=3, measures=2, languages=languages)
    codes = [fiche.country.iso_code for fiche in fiches if fiche.measure == fiches[0].measure]
    url = (
        reverse("fiches:compare", args=[fiches[0].measure.code])
        + "?"
        + "&".join(f"country={code}" for code in codes)
    )
    # 27: the page's audit event (people listed) adds its INSERT, and its content type's lookup
    # when another test emptied Django's cache of them.
    with django_assert_max_num_queries(27) as few:
        assert member_client.get(url).status_code == 200
    grid(countries=9, measures=38, languages=languages)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert member_client.get(url).status_code == 200


def test_due_for_review_query_count_is_flat(client, languages, django_assert_max_num_queries):
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    FicheFactory(last_reviewed_on=None)
    with django_assert_max_num_queries(25) as few:
        client.get(reverse("fiches:due_for_review"))
    FicheFactory.create_batch(40, last_reviewed_on=None)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("fiches:due_for_review"))


def test_comparison_shows_the_chosen_countries_side_by_side_in_the_order_chosen(
    member_client, languages
):
    measure = MeasureFactory(name_en="Freezing of assets")
    first, second, third = (
        FicheFactory(measure=measure, country=CountryFactory(name_en=name), national_law_en=law)
        for name, law in (("Alphaland", "Law A"), ("Betaland", "Law B"), ("Gammaland", "Law C"))
    )
    second.applicability = Fiche.Applicability.NOT_APPLICABLE
    second.save()
    codes = [third.country.iso_code, first.country.iso_code, second.country.iso_code]
    response = member_client.get(reverse("fiches:compare", args=[measure.code]), {"country": codes})
    page = text_of(response)
    header = re.search(r"<thead>(.*?)</thead>", page).group(1)
    assert [re.sub("<[^>]+>", "", th).strip() for th in re.findall(r"<th.*?</th>", header)] == [
        "Gammaland",
        "Alphaland",
        "Betaland",
    ]
    law_row = re.search(r"National law</th>(.*?)</tr>", page).group(1)
    assert re.findall(r"Law [ABC]", law_row) == ["Law C", "Law A", "Law B"]
    assert "Not applicable" in page


@pytest.mark.parametrize("count", [1, 4])
def test_comparison_asks_for_two_or_three_countries(member_client, languages, count):
    measure = MeasureFactory()
    fiches = [FicheFactory(measure=measure) for _ in range(count)]
    response = member_client.get(
        reverse("fiches:compare", args=[measure.code]),
        {"country": [fiche.country.iso_code for fiche in fiches], "compare": "1"},
    )
    assert response.status_code == 200
    assert "Choose two or three countries to compare." in text_of(response)
    assert "<table" not in response.content.decode()


def test_measure_page_filters_by_accepted_language_and_applicability(member_client, languages):
    measure = MeasureFactory()
    french = FicheFactory(measure=measure, country=CountryFactory(name_en="Frenchland"))
    french.accepted_languages.set([languages["fr"], languages["ar"]])
    english = FicheFactory(
        measure=measure,
        country=CountryFactory(name_en="Englishland"),
        applicability=Fiche.Applicability.NOT_APPLICABLE,
    )
    english.accepted_languages.set([languages["en"]])
    url = reverse("fiches:measure", args=[measure.code])

    everything = answers_of(member_client.get(url))
    assert "Frenchland" in everything
    assert "Englishland" in everything
    in_french = answers_of(member_client.get(url, {"language": "fr"}))
    assert "Frenchland" in in_french
    assert "Englishland" not in in_french
    not_applicable = answers_of(member_client.get(url, {"applicability": "not_applicable"}))
    assert "Englishland" in not_applicable
    assert "Frenchland" not in not_applicable


def test_search_lists_where_a_measure_is_not_applicable_across_measures(member_client, languages):
    FicheFactory(measure=MeasureFactory(name_en="Visible measure"))
    hidden = FicheFactory(
        measure=MeasureFactory(name_en="Unavailable measure"),
        applicability=Fiche.Applicability.NOT_APPLICABLE,
    )
    page = text_of(member_client.get(reverse("fiches:search"), {"applicability": "not_applicable"}))
    assert "1 fiche" in page
    assert "Unavailable measure" in page
    assert hidden.country.name in page
    assert "Visible measure</a>" not in page


def test_search_with_an_unknown_filter_says_so_and_lists_nothing(member_client, languages):
    FicheFactory()
    response = member_client.get(reverse("fiches:search"), {"language": "xx"})
    assert "Check the filters." in text_of(response)
    assert response.context["page"] is None


def test_country_page_lists_every_measure_even_without_a_fiche(member_client, languages):
    group = MeasureGroupFactory(code="7", name_en="Witnesses")
    described = MeasureFactory(group=group, name_en="Hearing of witnesses")
    MeasureFactory(group=group, name_en="Hearing of children")
    fiche = FicheFactory(measure=described)
    page = text_of(member_client.get(reverse("fiches:country", args=[fiche.country.iso_code])))
    assert "Hearing of witnesses" in page
    assert "Hearing of children" in page
    assert "No fiche yet" in page


def test_fiche_page_escapes_its_texts(member_client, languages):
    fiche = FicheFactory(national_law_en='<script>alert("x")</script>\nsecond line')
    page = member_client.get(fiche.get_absolute_url()).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
    assert "<br>second line" in page


def test_unknown_fiche_is_404(member_client, languages):
    fiche = FicheFactory()
    assert (
        member_client.get(f"/en/fiches/countries/{fiche.country.iso_code}/999/").status_code == 404
    )


def test_demo_fiche_is_marked_illustrative_and_a_real_one_is_not(member_client, languages):
    demo = FicheFactory(is_demo=True)
    real = FicheFactory()
    assert "Illustrative content awaiting validation" in text_of(
        member_client.get(demo.get_absolute_url())
    )
    assert "Illustrative content awaiting validation" not in text_of(
        member_client.get(real.get_absolute_url())
    )


def editor_of(country) -> object:
    """A national expert PMT staff made the editor of this country's fiches."""
    editor = UserFactory(roles=[roles.FICHE_EDITOR], two_factor=True)
    FicheEditorAssignment.objects.create(user=editor, country=country)
    return editor


def edit_data(fiche: Fiche, **changes) -> dict:
    data = {
        "applicability": fiche.applicability,
        "dual_criminality": fiche.dual_criminality,
        "receiving_authority": fiche.receiving_authority_id,
        "national_description_en": fiche.national_description_en,
        "national_law_en": fiche.national_law_en,
        "execution_deadline_en": fiche.execution_deadline_en,
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_country_editor_edits_their_country_and_the_history_keeps_the_change(client, languages):
    fiche = FicheFactory(last_reviewed_on=None)
    fiche.accepted_languages.set([languages["en"]])
    editor = editor_of(fiche.country)
    log_in_with_two_factor(client, editor)
    response = client.post(
        reverse("fiches:edit", args=[fiche.country.iso_code, fiche.measure.code]),
        edit_data(
            fiche,
            national_law_en="Code of Criminal Procedure (test)",
            national_law_ar="قانون الإجراءات الجزائية (اختبار)",
            accepted_languages=[languages["fr"].pk, languages["ar"].pk],
            reviewed="on",
        ),
    )
    assert response.status_code == 302
    fiche.refresh_from_db()
    assert fiche.national_law_en == "Code of Criminal Procedure (test)"
    assert fiche.national_law_ar == "قانون الإجراءات الجزائية (اختبار)"
    assert sorted(fiche.accepted_languages.values_list("code", flat=True)) == ["ar", "fr"]
    assert fiche.last_reviewed_by == editor
    assert not fiche.is_due_for_review()
    revision = FicheRevision.objects.get(fiche=fiche)
    assert revision.reviewed
    assert revision.changes["accepted_languages"] == [["en"], ["ar", "fr"]]
    assert revision.changes["national_law_en"][1] == "Code of Criminal Procedure (test)"

    page = text_of(client.get(fiche.get_absolute_url()))
    assert "reviewed" in page
    # Issue 16: the fields as the reader names them, in the reader's language.
    assert "National law (English)" in page
    assert "national_law_en" not in page
    with translation.override("fr"):
        french = text_of(client.get(fiche.get_absolute_url()))
    assert "droit national (anglais)" in french.lower()
    assert "national_law_en" not in french
    with translation.override("ar"):
        arabic = text_of(client.get(fiche.get_absolute_url()))
    assert "national_law" not in arabic


def test_country_editor_cannot_edit_another_country(client, languages):
    fiche = FicheFactory()
    log_in_with_two_factor(client, editor_of(CountryFactory()))
    url = reverse("fiches:edit", args=[fiche.country.iso_code, fiche.measure.code])
    assert client.get(url).status_code == 403
    assert client.post(url, edit_data(fiche, national_law_en="Changed")).status_code == 403
    fiche.refresh_from_db()
    assert fiche.national_law_en == "Test text: the national law."


def test_invalid_edit_changes_nothing_and_says_why(client, languages):
    fiche = FicheFactory()
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    response = client.post(
        reverse("fiches:edit", args=[fiche.country.iso_code, fiche.measure.code]),
        edit_data(
            fiche,
            national_law_en="Should not be saved",
            executing_authority=fiche.receiving_authority_id,
        ),
    )
    assert response.status_code == 200
    assert "Leave this empty when the receiving authority also executes the request." in text_of(
        response
    )
    fiche.refresh_from_db()
    assert fiche.national_law_en == "Test text: the national law."
    assert not FicheRevision.objects.exists()


def test_mark_reviewed_restarts_the_cycle_and_leaves_the_due_list(client, languages):
    old = FicheFactory(last_reviewed_on=None)
    fresh = FicheFactory()
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    due = text_of(client.get(reverse("fiches:due_for_review")))
    assert old.measure.name in due
    assert fresh.measure.name not in due

    response = client.post(
        reverse("fiches:mark_reviewed", args=[old.country.iso_code, old.measure.code]),
        {"next": "due_for_review"},
    )
    assert response.url == reverse("fiches:due_for_review")
    old.refresh_from_db()
    assert not old.is_due_for_review()
    assert FicheRevision.objects.get(fiche=old).reviewed
    assert "Every fiche was reviewed within the last twelve months." in text_of(
        client.get(reverse("fiches:due_for_review"))
    )


def test_members_see_no_edit_button_and_cannot_mark_reviewed(member_client, languages):
    fiche = FicheFactory(last_reviewed_on=None)
    page = text_of(member_client.get(fiche.get_absolute_url()))
    assert "Edit this fiche" not in page
    assert "History" not in page
    response = member_client.post(
        reverse("fiches:mark_reviewed", args=[fiche.country.iso_code, fiche.measure.code])
    )
    assert response.status_code == 403
    fiche.refresh_from_db()
    assert fiche.last_reviewed_on is None


def test_atlas_query_count_is_flat_with_ten_times_the_contacts(
    member_client, seeded, django_assert_max_num_queries
):
    fiche = Fiche.objects.select_related("country", "measure").get(
        country__iso_code="MA", measure__code="501"
    )
    url = reverse("fiches:atlas") + "?country=MA&measure=501"
    ContactFactory.create_batch(
        2,
        country=fiche.country,
        organisation=fiche.executing_authority,
        with_codes={"roles": ["asset-recovery"], "languages": ["fr"]},
    )
    # 27: the page's audit event (people listed) adds its INSERT, and its content type's lookup
    # when another test emptied Django's cache of them.
    with django_assert_max_num_queries(27) as few:
        assert member_client.get(url).status_code == 200
    ContactFactory.create_batch(
        40,
        country=fiche.country,
        organisation=fiche.executing_authority,
        with_codes={"roles": ["central-authority"], "languages": ["ar", "fr"]},
    )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = member_client.get(url)
    # The measure's contact points first, then the first entries; the directory has the rest.
    contacts = [contact for contact, _personal in response.context["contacts"]]
    assert len(contacts) == ATLAS_CONTACTS_SHOWN
    assert response.context["contacts_total"] >= 42
    assert contacts[0].roles.filter(code="asset-recovery").exists()
    page = text_of(response)
    assert f"The first 12 of {response.context['contacts_total']} entries are shown." in page
    assert "Find the country's contact points in the directory" in page


def test_comparison_from_a_fiche_starts_with_its_country_ticked(member_client, languages):
    fiche = FicheFactory()
    FicheFactory(measure=fiche.measure)
    response = member_client.get(
        reverse("fiches:compare", args=[fiche.measure.code]), {"country": fiche.country.iso_code}
    )
    page = text_of(response)
    assert "Choose two or three countries to compare." not in page
    assert re.search(rf'value="{fiche.country.iso_code}"[^>]*checked', page)

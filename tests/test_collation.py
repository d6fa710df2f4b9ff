"""Lists sort as each language sorts (issue 16): French ignores accents at the first level,
Arabic follows its alphabet; the same in Python and in the database."""

import sqlite3
from functools import partial

import pytest
from django.utils import translation

from crimex_portal.collation import _compare, localized_order, sort_key, sorted_for_language
from directory.models import Country
from tests.factories import CountryFactory

# The Arabic alphabet's order: hamza forms with alef, taa marbuta with taa.
# (PostgreSQL's "ar-x-icu" gives the same order.)
ARABIC_IN_ORDER = [
    "إسرائيل",
    "الأردن",
    "الإمارات",
    "البحرين",
    "الجزائر",
    "المغرب",
    "تونس",
    "فلسطين",
    "لبنان",
    "مصر",
]
FRENCH_IN_ORDER = ["Algérie", "Égypte", "Espagne", "État de Palestine", "Israël", "Tunisie"]


def test_french_ignores_accents_at_the_first_level():
    shuffled = ["Tunisie", "État de Palestine", "Israël", "Égypte", "Espagne", "Algérie"]
    assert sorted_for_language(shuffled, language="fr") == FRENCH_IN_ORDER
    assert sort_key("egypte", "fr") < sort_key("Égypte", "fr") < sort_key("Tunisie", "fr")


def test_arabic_follows_its_alphabet():
    shuffled = list(reversed(ARABIC_IN_ORDER))
    assert sorted_for_language(shuffled, language="ar") == ARABIC_IN_ORDER
    assert sort_key("أحمد", "ar") < sort_key("بكر", "ar")  # hamza on alef: still alef
    assert sort_key("مدرسة", "ar") < sort_key("مدرسو", "ar")  # taa marbuta files as taa
    assert sort_key("كَتَب", "ar")[0] == sort_key("كتب", "ar")[0]  # vowel marks: second level


def test_each_script_first_in_its_own_language():
    assert sorted_for_language(["Zeta", "تونس"], language="ar") == ["تونس", "Zeta"]
    assert sorted_for_language(["تونس", "Zeta"], language="fr") == ["Zeta", "تونس"]


def test_the_sqlite_collations_sort_as_the_python_key():
    connection = sqlite3.connect(":memory:")
    connection.create_collation("fr-x-icu", partial(_compare, "fr"))
    connection.execute("create table country (name text)")
    connection.executemany("insert into country values (?)", [("Tunisie",), ("Égypte",)])
    rows = connection.execute('select name from country order by name collate "fr-x-icu"')
    assert [name for (name,) in rows] == ["Égypte", "Tunisie"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        # Jordan has no French name: the page shows the English, and sorts it as such.
        ("fr", ["Algérie", "Égypte", "Jordan", "Tunisie"]),
        ("ar", ["الأردن", "الجزائر", "تونس", "مصر"]),
        ("en", ["Algeria", "Egypt", "Jordan", "Tunisia"]),
    ],
)
def test_the_database_sorts_countries_as_the_language_does(language, expected):
    for iso, en, fr, ar in [
        ("QT", "Tunisia", "Tunisie", "تونس"),
        ("QE", "Egypt", "Égypte", "مصر"),
        ("QD", "Algeria", "Algérie", "الجزائر"),
        ("QJ", "Jordan", None, "الأردن"),
    ]:
        CountryFactory(iso_code=iso, name_en=en, name_fr=fr, name_ar=ar)
    with translation.override(language):
        countries = Country.objects.filter(iso_code__in=["QT", "QE", "QD", "QJ"])
        names = [country.name for country in countries.order_by(localized_order(Country, "name"))]
    assert names == expected
    assert names == sorted_for_language(names, language=language)


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [("fr", "Égypte", "Tunisie"), ("ar", "تونس", "مصر"), ("en", "Egypt", "Tunisia")],
)
def test_the_directory_and_the_fiches_list_countries_as_the_language_sorts(
    member_client, language, first, second
):
    from directory.models import Organisation
    from fiches.models import Fiche
    from tests.factories import FicheFactory, OrganisationFactory

    egypt = CountryFactory(iso_code="EG", name_en="Egypt", name_fr="Égypte", name_ar="مصر")
    tunisia = CountryFactory(iso_code="TN", name_en="Tunisia", name_fr="Tunisie", name_ar="تونس")
    for country in (tunisia, egypt):
        OrganisationFactory(country=country, name_en=f"Ministry of Justice of {country.name_en}")
        FicheFactory(country=country)
    assert Organisation.objects.count() >= 2
    assert Fiche.objects.count() >= 2

    for url in (f"/{language}/directory/organisations/", f"/{language}/fiches/"):
        page = member_client.get(url).content.decode()
        assert page.index(first) < page.index(second), url


@pytest.mark.django_db
def test_form_choices_follow_the_language_of_the_request_not_of_the_first_import():
    from directory.forms import ContactSearchForm

    CountryFactory(iso_code="QT", name_en="Tunisia", name_fr="Tunisie", name_ar="تونس")
    CountryFactory(iso_code="QE", name_en="Egypt", name_fr="Égypte", name_ar="مصر")
    with translation.override("en"):
        ContactSearchForm()  # a form made once in English first
    with translation.override("fr"):
        names = [c.name for c in ContactSearchForm().fields["country"].queryset]
    assert names.index("Égypte") < names.index("Tunisie")


@pytest.mark.django_db
def test_templates_sort_what_they_hold_without_a_query(django_assert_num_queries):
    from django.template import Context, Template

    class Named:
        def __init__(self, name: str) -> None:
            self.name = name

    template = Template(
        "{% load languages %}{% for c in countries|collated %}{{ c.name }};{% endfor %}"
    )
    countries = [Named("Tunisie"), Named("Égypte"), Named("Algérie")]
    with translation.override("fr"), django_assert_num_queries(0):
        assert template.render(Context({"countries": countries})) == "Algérie;Égypte;Tunisie;"

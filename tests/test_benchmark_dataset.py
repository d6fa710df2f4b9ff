"""The load benchmark's dataset builder, at a small size: what it adds, that all of it says it is
invented, and that a second build adds nothing. The benchmark itself is not a test."""

import pytest
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client, override_settings

from actionplans.models import Action, Indicator, ProgressUpdate, ReportingPeriod
from crimex_portal.accounts import roles
from crimex_portal.benchmark.dataset import (
    BENCHMARK_MEMBER_EMAIL,
    DatasetSize,
    benchmark_dataset_build,
    benchmark_member_ensure,
    benchmark_periods,
    benchmark_sessions,
)
from crimex_portal.benchmark.load import member_session_key
from crimex_portal.benchmark.pages import (
    BENCHMARK_URLCONF,
    benchmark_pages,
    floor_page,
    login_page,
)
from directory.demo import GENERATED_EMAIL_DOMAIN, generated_contacts
from directory.models import Contact
from fiches.models import Fiche, Measure
from fiches.translation import FICHE_TEXT_FIELDS
from sessions.models import AgendaItem, Session

SMALL = DatasetSize(
    sessions=2,
    agenda_items=3,
    contacts=30,
    countries=("MA", "TN", "ES", "FR"),
    measures=3,
    months=2,
)
INVENTED_OPENINGS = {
    "en": ("Illustrative",),
    "fr": ("Exemple illustratif", "À titre illustratif"),
    "ar": ("مثال توضيحي", "على سبيل التوضيح"),
}
# Every table the builder writes to.
BUILT_MODELS = (
    Session,
    AgendaItem,
    AgendaItem.organisations.through,
    Session.participating_countries.through,
    Action.sessions.through,
    Contact,
    Contact.roles.through,
    Fiche,
    Fiche.accepted_languages.through,
    Fiche.channels.through,
    Fiche.instruments.through,
    ReportingPeriod,
    ProgressUpdate,
    get_user_model(),
    Authenticator,
)


def row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in BUILT_MODELS}


@pytest.fixture
def small_dataset(seeded) -> None:
    benchmark_dataset_build(size=SMALL)


@pytest.mark.usefixtures("small_dataset")
def test_sessions_with_their_agenda_all_illustrative():
    sessions = list(benchmark_sessions())
    assert len(sessions) == 2
    assert all(session.title_en.startswith("Illustrative") for session in sessions)
    items = AgendaItem.objects.filter(session__in=sessions)
    assert items.count() == 6
    assert all(item.title_en.startswith("Illustrative") for item in items)
    assert all(item.session.start_date <= item.date <= item.session.end_date for item in items)


@pytest.mark.usefixtures("small_dataset")
def test_generated_contacts_are_demo_entries():
    assert generated_contacts().count() == 30
    assert not generated_contacts().filter(is_demo=False).exists()


@pytest.mark.usefixtures("small_dataset")
def test_a_fiche_for_every_country_and_measure_every_text_illustrative():
    measures = Measure.objects.order_by("group__order", "order", "code")[:3]
    fiches = Fiche.objects.filter(country__iso_code__in=SMALL.countries, measure__in=measures)
    assert fiches.count() == 4 * 3
    assert not Fiche.objects.filter(is_demo=False).exists()
    for fiche in fiches.filter(country__iso_code__in=("ES", "FR")):  # added by the builder
        for field in FICHE_TEXT_FIELDS:
            for language, openings in INVENTED_OPENINGS.items():
                text = getattr(fiche, f"{field}_{language}")
                assert not text or text.startswith(openings), (fiche, field, language, text)
        assert fiche.accepted_languages.exists()
        assert fiche.channels.filter(code="central-authority").exists()


@pytest.mark.usefixtures("small_dataset")
def test_monthly_updates_per_indicator_and_country_by_invented_people():
    assert list(benchmark_periods().values_list("name", flat=True)) == [
        "Illustrative 2024-01",
        "Illustrative 2024-02",
    ]
    updates = ProgressUpdate.objects.filter(period__in=benchmark_periods())
    # Each indicator, in each country and regionally, each month.
    assert updates.count() == Indicator.objects.count() * (len(SMALL.countries) + 1) * 2
    assert all(
        not narrative or narrative.startswith("Illustrative")
        for narrative in updates.values_list("narrative", flat=True)
    )
    people = get_user_model().objects.filter(pk__in=updates.values("author")) | (
        get_user_model().objects.filter(pk__in=updates.values("reviewed_by"))
    )
    assert people.exists()
    assert all(
        email.endswith(f"@{GENERATED_EMAIL_DOMAIN}")
        for email in people.values_list("email", flat=True)
    )
    assert all(not user.has_usable_password() for user in people)


@pytest.mark.usefixtures("small_dataset")
def test_building_twice_adds_nothing():
    before = row_counts()
    benchmark_dataset_build(size=SMALL)
    assert row_counts() == before


@pytest.mark.usefixtures("small_dataset")
def test_the_benchmark_member_passes_the_two_factor_gate_with_the_stored_session(client):
    member = benchmark_member_ensure()
    assert member.email == BENCHMARK_MEMBER_EMAIL
    assert member.has_perm(roles.MEMBERS_AREA)
    assert member.has_perm(roles.RECORD_PROGRESS)
    assert Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).exists()
    client.cookies[settings.SESSION_COOKIE_NAME] = member_session_key(member)
    with override_settings(ROOT_URLCONF=BENCHMARK_URLCONF):
        for page in [floor_page(), *benchmark_pages()]:
            assert client.get(page.path).status_code == 200, page
        reference = login_page()
        assert reference.anonymous
        assert Client().get(reference.path).status_code == 200

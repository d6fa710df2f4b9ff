import pytest
from django.urls import reverse
from django.utils import translation

from glossary.models import GlossaryEntry
from tests.factories import GlossaryEntryFactory, UserFactory, enable_totp, log_in_with_two_factor

pytestmark = pytest.mark.django_db


def slugs(response) -> list[str]:
    return [row["entry"].slug for row in response.context["rows"]]


def glossary_url(language: str = "en") -> str:
    with translation.override(language):
        return reverse("glossary:index")


def test_member_finds_letter_rogatory_typing_the_french_term_without_accents(member_client, seeded):
    response = member_client.get(glossary_url(), {"q": "COMMISSION rogatoire"})

    assert slugs(response) == ["letter-rogatory"]
    page = response.content.decode()
    assert "letter rogatory" in page
    assert '<span lang="ar" dir="rtl">الإنابة القضائية</span>' in page


def test_arabic_search_ignores_vowel_marks_and_hamza_forms(member_client, seeded):
    # "ازدواجية التجريم" typed with a vowel mark and a bare alef.
    response = member_client.get(glossary_url("ar"), {"q": "ازدواجيّة"})

    assert slugs(response) == ["dual-criminality"]


def test_a_variant_to_avoid_finds_the_entry_that_says_what_to_use(member_client, seeded):
    response = member_client.get(glossary_url("ar"), {"q": "فترة الإبلاغ"})

    assert slugs(response) == ["reporting-period"]
    page = response.content.decode()
    assert "الفترة المشمولة بالتقرير" in page
    assert "<s>فترة الإبلاغ</s>" in page


def test_filter_by_domain_lists_only_that_domain(member_client, seeded):
    response = member_client.get(glossary_url(), {"domain": "extradition"})

    domains = {row["entry"].domain for row in response.context["rows"]}
    assert domains == {"extradition"}
    assert "extradition" in slugs(response)


def test_arabic_page_defines_in_arabic_and_isolates_latin_terms(member_client, seeded):
    response = member_client.get(glossary_url("ar"), {"q": "double incrimination"})

    page = response.content.decode()
    assert '<bdi lang="en" dir="ltr">dual criminality</bdi>' in page
    assert '<bdi lang="fr" dir="ltr">double incrimination</bdi>' in page
    assert "شرط أن يكون الفعل مجرَّمًا" in page


def test_french_page_shows_the_french_definition(member_client, seeded):
    response = member_client.get(glossary_url("fr"), {"q": "gel"})

    assert "freezing" in slugs(response)
    assert "Interdiction temporaire du transfert" in response.content.decode()


def test_definition_missing_in_the_readers_language_is_marked_english(member_client):
    GlossaryEntryFactory(slug="only-english", definition_fr="", definition_en="Plain words.")

    page = member_client.get(glossary_url("fr")).content.decode()

    assert '<p lang="en" dir="ltr">Plain words.</p>' in page


def test_unknown_domain_lists_nothing_and_says_so(member_client, seeded):
    response = member_client.get(glossary_url(), {"domain": "nonsense"})

    assert response.status_code == 200
    assert response.context["rows"] == []
    assert response.context["form"].errors


def test_visitor_is_sent_to_log_in(client):
    response = client.get(glossary_url())

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_user_who_is_not_a_member_is_refused(client):
    outsider = UserFactory(roles=[])
    enable_totp(outsider)
    log_in_with_two_factor(client, outsider)

    assert client.get(glossary_url()).status_code == 403


def test_a_member_without_the_second_factor_this_session_is_sent_to_type_a_code(client, member):
    client.force_login(member)

    response = client.get(glossary_url())

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))


def test_members_navigation_links_to_the_glossary(member_client):
    page = member_client.get(reverse("pages:home")).content.decode()

    assert f'href="{glossary_url()}"' in page


def test_query_count_is_pinned_and_flat_with_ten_times_the_entries(
    member_client, django_assert_num_queries
):
    GlossaryEntryFactory.create_batch(20)
    member_client.get(glossary_url())  # sessions, permissions and the like are cached from now
    with django_assert_num_queries(3) as few:
        member_client.get(glossary_url())
    GlossaryEntryFactory.create_batch(180)
    with django_assert_num_queries(len(few.captured_queries)):
        response = member_client.get(glossary_url())
    assert len(response.context["rows"]) == 200


def test_the_seed_brings_at_least_150_trilingual_terms_and_keeps_pmt_edits(seeded):
    from django.core.management import call_command

    entries = GlossaryEntry.objects.all()
    assert entries.count() >= 150
    assert not entries.filter(term_fr="").exists()
    assert not entries.filter(term_ar="").exists()

    entry = GlossaryEntry.objects.get(slug="seizure")
    entry.definition_fr = "Définition revue par la PMT."
    entry.save()
    call_command("load_seed_content", stdout=__import__("io").StringIO())

    entry.refresh_from_db()
    assert entry.definition_fr == "Définition revue par la PMT."


@pytest.mark.parametrize(
    ("slug", "en", "fr", "ar"),
    [
        ("dual-criminality", "dual criminality", "double incrimination", "ازدواجية التجريم"),
        ("letter-rogatory", "letter rogatory", "commission rogatoire", "الإنابة القضائية"),
        (
            "mutual-legal-assistance",
            "mutual legal assistance",
            "entraide judiciaire",
            "المساعدة القانونية المتبادلة",
        ),
        ("central-authority", "central authority", "autorité centrale", "السلطة المركزية"),
        ("extradition", "extradition", "extradition", "تسليم المجرمين"),
        ("confiscation", "confiscation", "confiscation", "المصادرة"),
        ("freezing", "freezing", "gel", "التجميد"),
        ("controlled-delivery", "controlled delivery", "livraison surveillée", "التسليم المراقب"),
        (
            "joint-investigation-team",
            "joint investigation team",
            "équipe commune d’enquête",
            "فريق التحقيق المشترك",
        ),
        (
            "reporting-period",
            "reporting period",
            "période de référence",
            "الفترة المشمولة بالتقرير",
        ),
    ],
)
def test_the_field_terms_are_the_preferred_ones(seeded, slug, en, fr, ar):
    entry = GlossaryEntry.objects.get(slug=slug)

    assert entry.terms() == {"en": en, "fr": fr, "ar": ar}


def test_translation_status_prints_the_glossary_coverage(seeded):
    from io import StringIO

    from django.core.management import call_command

    output = StringIO()
    call_command("translation_status", stdout=output)
    total = GlossaryEntry.objects.count()
    assert total >= 150
    assert f"glossary ar: {total}/{total} terms" in output.getvalue()

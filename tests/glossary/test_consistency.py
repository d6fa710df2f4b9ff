"""The interface and the seeded content follow the glossary: no variant to avoid where the
glossary has a preferred term. A failure lists each place, the variant and the term to use."""

from pathlib import Path

import pytest

from glossary.consistency import (
    Text,
    catalogue_texts,
    glossary_rules,
    inconsistencies,
    rules,
    seeded_texts,
)
from tests.factories import GlossaryEntryFactory

pytestmark = pytest.mark.django_db


def report(findings) -> str:
    return f"{len(findings)} variants to avoid:\n" + "\n".join(str(item) for item in findings)


def test_message_catalogues_use_the_glossary_terms(seeded):
    findings = inconsistencies(catalogue_texts(), glossary_rules())

    assert findings == [], report(findings)


def test_seeded_content_uses_the_glossary_terms(seeded):
    texts = list(seeded_texts())
    assert len(texts) > 100  # the French and Arabic of countries, pages, sessions, plans...

    findings = inconsistencies(texts, glossary_rules())

    assert findings == [], report(findings)


def test_a_variant_to_avoid_fails_with_place_variant_and_preferred_term(seeded):
    planted = [
        Text(
            "locale/ar/LC_MESSAGES/django.po: msgid 'Reporting period'",
            "ar",
            "Reporting period",
            "فترة الإبلاغ",
        ),
        Text(
            "sessions.Session #1 title_fr", "fr", "My directory entry", "Ma fiche dans l’annuaire"
        ),
        Text("x", "ar", "Report of the Palermo Convention", "تقرير عن اتفاقيةِ باليرمو"),
        Text("y", "ar", "Actor", "الفاعل"),
        Text("z", "fr", "EJN contact points", "Points de contact de l’EJN"),
    ]

    findings = inconsistencies(planted, glossary_rules())

    lines = [str(item) for item in findings]
    assert any(
        "locale/ar" in line and "«فترة الإبلاغ»" in line and "«الفترة المشمولة بالتقرير»" in line
        for line in lines
    ), lines
    assert any(
        "title_fr" in line and "«fiche»" in line and "entrée de l’annuaire" in line
        for line in lines
    ), lines
    assert {item.entry for item in findings} >= {
        "reporting-period",
        "directory-entry",
        "untoc",
        "actor",
        "ejn",
    }


def test_a_variant_is_flagged_only_where_the_english_names_that_notion(seeded):
    # الفاعل is right for a perpetrator, wrong for the audit's actor.
    fine = Text("w", "ar", "The perpetrator fled", "فرّ الفاعل")

    assert inconsistencies([fine], glossary_rules()) == []


def test_arabic_variants_match_with_proclitics_and_without_vowel_marks(seeded):
    texts = [
        Text("a", "ar", "reporting periods", "حسب فترةِ الإبلاغِ"),
        Text("b", "ar", "members' area", "للوصول إلى الفضاء المحجوز"),
        Text("c", "ar", "INTERPOL", "عبر الانتربول"),
    ]

    assert {item.entry for item in inconsistencies(texts, glossary_rules())} == {
        "reporting-period",
        "members-area",
        "interpol",
    }


def test_an_entry_pmt_add_is_enforced_too():
    GlossaryEntryFactory(
        slug="listing", term_en="listing", term_fr="inscription sur la liste", avoid_fr="listage"
    )
    from glossary.models import GlossaryEntry

    texts = [Text("p", "fr", "Listing of persons", "Listage des personnes")]

    findings = inconsistencies(texts, rules(GlossaryEntry.objects.all()))

    assert [(item.variant, item.preferred) for item in findings] == [
        ("listage", "inscription sur la liste")
    ]


def test_catalogue_texts_name_the_file_and_msgid(tmp_path: Path):
    for language in ("fr", "ar"):
        folder = tmp_path / language / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "django.po").write_text(
            'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            'msgid "Reported by"\nmsgstr "X"\n',
            encoding="utf-8",
        )

    texts = list(catalogue_texts(tmp_path))

    assert texts[0].where.endswith("django.po: msgid 'Reported by'")

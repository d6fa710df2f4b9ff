"""Issue 16: each translation remembers the English it was made from; a changed English flags it."""

import pytest
from django.db.models import Q
from django.template import Context, Template
from django.utils import translation
from modeltranslation.translator import translator

from crimex_portal.translations.content import (
    TranslatedContent,
    digest,
    is_outdated,
    outdated_translations,
    record_existing,
    translated_fields,
)
from sessions.models import Session
from tests.factories import AgendaItemFactory, SessionFactory

pytestmark = pytest.mark.django_db


def test_every_model_with_translated_fields_remembers_its_english():
    missing = [
        model._meta.label
        for model in translator.get_registered_models(abstract=False)
        if not issubclass(model, TranslatedContent)
    ]
    assert not missing


def test_a_translation_saved_with_its_english_is_current():
    session = SessionFactory(title_en="Seizure of assets", title_fr="Saisie des avoirs")
    assert session.translation_sources["title"]["fr"] == [
        digest("Seizure of assets"),
        digest("Saisie des avoirs"),
    ]
    assert not list(outdated_translations(session))


def test_changing_the_english_flags_the_translations_until_they_are_saved_again():
    session = SessionFactory(title_en="Seizure", title_fr="Saisie", title_ar="الحجز")
    session.title_en = "Seizure and confiscation"
    session.save()
    session = Session.objects.get(pk=session.pk)
    assert set(outdated_translations(session)) == {("title", "fr"), ("title", "ar")}

    session.title_fr = "Saisie et confiscation"
    session.save()
    session = Session.objects.get(pk=session.pk)
    assert set(outdated_translations(session)) == {("title", "ar")}


def test_saving_with_update_fields_keeps_the_record():
    session = SessionFactory(title_en="Seizure", title_fr="Saisie")
    session.title_en = "Freezing"
    session.save(update_fields=["title_en"])
    session.title_fr = "Gel"
    session.save(update_fields=["title_fr"])
    assert not is_outdated(Session.objects.get(pk=session.pk), "title", "fr")


def test_an_english_saved_with_other_line_endings_is_the_same_english():
    item = AgendaItemFactory(description_en="One\nTwo", description_fr="Un\nDeux")
    item.description_en = "One\r\nTwo  "
    item.save()
    assert not item.translation_outdated("description", "fr")


def test_no_translation_no_flag_and_english_is_never_outdated():
    session = SessionFactory(title_en="Seizure")
    session.title_en = "Freezing"
    session.save()
    assert not list(outdated_translations(session))
    assert not is_outdated(session, "title", "en")


def test_a_translation_can_be_confirmed_without_rewording():
    session = SessionFactory(title_en="Seizure", title_fr="Saisie")
    session.title_en = "Seizure!"  # the translator finds the French still right
    session.save()
    assert session.translation_outdated("title", "fr")
    session.record_translation_sources(confirm=[("title", "fr")])
    session.save()
    assert not Session.objects.get(pk=session.pk).translation_outdated("title", "fr")


def test_the_data_migration_takes_existing_translations_as_current_except_flagged_rows():
    current = SessionFactory(title_en="A", title_fr="A fr")
    flagged = SessionFactory(title_en="B", title_fr="B fr")
    Session.objects.update(translation_sources={})
    record_existing(Session, ["title"], outdated=Q(pk=flagged.pk))
    assert not list(outdated_translations(Session.objects.get(pk=current.pk)))
    assert list(outdated_translations(Session.objects.get(pk=flagged.pk))) == [("title", "fr")]


FLAGGED = Template(
    '{% load translation_flags %}<p{% translation_flag s "title" %}>{{ s.title }}'
    '{% translation_note s "title" %}</p>'
)


@pytest.mark.parametrize(
    ("language", "flagged", "note"),
    [
        ("en", False, None),
        ("fr", True, "the translation may be outdated"),
        ("ar", False, None),
    ],
)
def test_the_page_marks_the_outdated_translation_in_its_language(language, flagged, note):
    session = SessionFactory(title_en="Seizure", title_fr="Saisie")
    session.title_en = "Freezing"
    session.save()
    with translation.override(language):
        html = FLAGGED.render(Context({"s": session}))
    assert ("data-translation-outdated" in html) is flagged
    if note:
        assert 'class="translation-outdated" role="note"' in html
    else:
        assert "translation-outdated" not in html


def test_rows_written_in_bulk_remember_their_english_too(seeded):
    import random

    from directory.demo import generated_contacts_create
    from directory.models import Contact

    generated_contacts_create(count=3, rng=random.Random(7))  # noqa: S311 (a repeatable demo)
    written = Contact.objects.order_by("-pk")[:3]
    assert all(contact.translation_sources for contact in written if contact.name_ar)
    assert any(contact.name_ar for contact in written)


def test_seeded_translations_remember_their_english(seeded):
    from crimex_portal.translations.selectors import translated_models

    for model in translated_models():
        for row in model.objects.all():
            for name in translated_fields(model):
                for language in ("fr", "ar"):
                    if getattr(row, f"{name}_{language}"):
                        assert language in row.translation_sources.get(name, {}), (row, name)
                        assert not row.translation_outdated(name, language)

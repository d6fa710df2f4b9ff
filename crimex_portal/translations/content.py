"""Stale translations: each French and Arabic text remembers the English it was translated from.

A translated row keeps, in its `translation_sources`, per field and language, the digest of the
English text the translation was written from and the digest of the translation itself:
`{"title": {"fr": ["<English digest>", "<French digest>"]}}`. Saving the row (admin, portal forms,
imports, seeds) records the current English for every translation that changed; an English text
that changes afterwards leaves the older record, and the translation reads as outdated until
someone saves it again (or confirms it, `translations_confirm`). The record travels with the row:
a page that shows the row already has it, without a query.
"""

import hashlib
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

SOURCE_LANGUAGE = "en"
DIGEST_LENGTH = 16


def digest(text: object) -> str:
    """The same digest for the same words, whatever line endings a browser sent."""
    normal = "\n".join(line.rstrip() for line in str(text or "").replace("\r\n", "\n").split("\n"))
    return hashlib.sha256(normal.strip().encode()).hexdigest()[:DIGEST_LENGTH]


def target_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


def translated_fields(model: type[models.Model]) -> tuple[str, ...]:
    """The fields registered with modeltranslation (the apps' translation.py)."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        return tuple(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return ()


def sources_for(
    values: dict[str, object], fields: Iterable[str], sources: dict | None, *, confirm=()
) -> dict:
    """The records for a row whose texts are `values` (`<field>_<language>` -> text): a
    translation that changed since its record, or that `confirm` names as (field, language), is
    recorded against the current English; an emptied one loses its record."""
    result: dict[str, dict[str, list[str]]] = {}
    sources = sources or {}
    for name in fields:
        english = digest(values.get(f"{name}_{SOURCE_LANGUAGE}"))
        for language in target_languages():
            text = values.get(f"{name}_{language}")
            if not text:
                continue
            own = digest(text)
            record = (sources.get(name) or {}).get(language)
            if not record or record[1] != own or (name, language) in confirm:
                record = [english, own]
            result.setdefault(name, {})[language] = list(record)
    return result


def is_outdated(instance: models.Model, name: str, language: str) -> bool:
    """The translation exists and was written from another English text than today's."""
    if language == SOURCE_LANGUAGE:
        return False
    text = getattr(instance, f"{name}_{language}", None)
    record = (getattr(instance, "translation_sources", None) or {}).get(name, {}).get(language)
    if not text or not record or record[1] != digest(text):
        return False  # no translation, or one written before records were kept
    return record[0] != digest(getattr(instance, f"{name}_{SOURCE_LANGUAGE}", ""))


def outdated_translations(instance: models.Model) -> Iterator[tuple[str, str]]:
    for name in translated_fields(type(instance)):
        for language in target_languages():
            if is_outdated(instance, name, language):
                yield name, language


class TranslatedContent(models.Model):
    """A row with texts registered with modeltranslation: its translations remember their
    English."""

    translation_sources = models.JSONField(
        _("English the translations were made from"),
        default=dict,
        blank=True,
        editable=False,
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        changed = self.record_translation_sources()
        if changed and kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "translation_sources"}
        super().save(*args, **kwargs)

    def record_translation_sources(self, *, confirm: Iterable[tuple[str, str]] = ()) -> bool:
        """Records the current English for the translations that changed; True if it did."""
        fields = translated_fields(type(self))
        names = [f"{name}_{code}" for name in fields for code, _n in settings.LANGUAGES]
        values = {name: getattr(self, name, None) for name in names}
        sources = sources_for(values, fields, self.translation_sources, confirm=set(confirm))
        if sources == self.translation_sources:
            return False
        self.translation_sources = sources
        return True

    def translation_outdated(self, name: str, language: str) -> bool:
        return is_outdated(self, name, language)


def record_existing(model, fields: Iterable[str], *, outdated: models.Q | None = None) -> None:
    """For data migrations: the translations already in the database are taken as made from
    today's English, except on rows `outdated` selects, whose translations are flagged."""
    fields = tuple(fields)
    rows = []
    stale = set(model.objects.filter(outdated).values_list("pk", flat=True)) if outdated else set()
    for row in model.objects.all().iterator(chunk_size=500):
        values = {
            f"{name}_{code}": getattr(row, f"{name}_{code}", None)
            for name in fields
            for code, _name in settings.LANGUAGES
        }
        sources = sources_for(values, fields, {})
        if row.pk in stale:
            for languages in sources.values():
                for record in languages.values():
                    record[0] = ""
        row.translation_sources = sources
        rows.append(row)
    model.objects.bulk_update(rows, ["translation_sources"], batch_size=500)


def record_existing_operation(app_label: str, fields_by_model: dict, *, outdated=None):
    """The data migration's step: record_existing() for each model of the app."""
    from django.db import migrations

    def forwards(apps, schema_editor) -> None:
        for name, fields in fields_by_model.items():
            record_existing(apps.get_model(app_label, name), fields, outdated=outdated)

    return migrations.RunPython(forwards, migrations.RunPython.noop)

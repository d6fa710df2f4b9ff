"""The translations to update: for PMT staff, every translated text whose English changed since."""

from dataclasses import dataclass, field

from django.contrib import admin
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language_info
from modeltranslation.translator import translator

from crimex_portal.translations.content import (
    TranslatedContent,
    is_outdated,
    target_languages,
    translated_fields,
)


@dataclass
class OutdatedField:
    name: str
    label: str
    languages: list[str]

    @property
    def choices(self) -> list[tuple[str, str]]:
        return [(code, get_language_info(code)["name_translated"]) for code in self.languages]


@dataclass
class ObjectToUpdate:
    instance: models.Model
    kind: str
    edit_url: str
    view_url: str
    fields: list[OutdatedField] = field(default_factory=list)


def translated_models() -> list[type[TranslatedContent]]:
    return sorted(
        (
            model
            for model in translator.get_registered_models(abstract=False)
            if issubclass(model, TranslatedContent)
        ),
        key=lambda model: model._meta.label,
    )


def admin_change_url(instance: models.Model) -> str:
    """Its admin page, or its parent's where it is edited inline (an agenda item, a goal); the
    parent's id is enough, it is not loaded."""
    candidates = [(type(instance), instance.pk)] + [
        (field.related_model, getattr(instance, field.attname))
        for field in instance._meta.concrete_fields
        if isinstance(field, models.ForeignKey) and getattr(instance, field.attname) is not None
    ]
    for model, pk in candidates:
        if admin.site.is_registered(model):
            meta = model._meta
            try:
                return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[pk])
            except NoReverseMatch:
                continue
    return ""


def objects_to_update() -> list[ObjectToUpdate]:
    """One query per translated model (with the parents its name and its links need), however
    many rows: the records are read from the rows themselves."""
    result = []
    for model in translated_models():
        names = translated_fields(model)
        rows = model._default_manager.exclude(translation_sources={}).select_related()
        for instance in rows:
            fields = []
            for name in names:
                languages = [
                    code for code in target_languages() if is_outdated(instance, name, code)
                ]
                if languages:
                    label = model._meta.get_field(name).verbose_name
                    fields.append(OutdatedField(name=name, label=str(label), languages=languages))
            if fields:
                view = getattr(instance, "get_absolute_url", None)
                result.append(
                    ObjectToUpdate(
                        instance=instance,
                        kind=str(model._meta.verbose_name),
                        edit_url=admin_change_url(instance),
                        view_url=view() if view else "",
                        fields=fields,
                    )
                )
    return result


def outdated_counts() -> dict[str, dict[str, dict[str, int]]]:
    """model label -> language -> {"translated": n, "outdated": n} (and "en" -> {"written": n}),
    for translation_status."""
    counts: dict[str, dict[str, dict[str, int]]] = {}
    for model in translated_models():
        names = translated_fields(model)
        columns = ["pk", "translation_sources"] + [
            f"{name}_{code}" for name in names for code in ("en", *target_languages())
        ]
        per_language = {code: {"translated": 0, "outdated": 0} for code in target_languages()}
        per_language["en"] = {"written": 0}
        for instance in model._default_manager.only(*columns).iterator(chunk_size=2000):
            for name in names:
                per_language["en"]["written"] += bool(getattr(instance, f"{name}_en", None))
                for code in target_languages():
                    if getattr(instance, f"{name}_{code}", None):
                        per_language[code]["translated"] += 1
                        per_language[code]["outdated"] += is_outdated(instance, name, code)
        counts[model._meta.label] = per_language
    return counts

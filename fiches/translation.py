from typing import ClassVar

from modeltranslation.translator import TranslationOptions, register

from fiches.models import Channel, Fiche, Instrument, Measure, MeasureGroup

# The fiche's free texts, in each language; English is the fallback.
FICHE_TEXT_FIELDS = (
    "national_description",
    "national_law",
    "legal_framework_remarks",
    "authority_remarks",
    "language_remarks",
    "channel_remarks",
    "formal_requirements",
    "costs",
    "urgent_procedure",
    "execution_deadline",
    "other_information",
)


@register(MeasureGroup)
class MeasureGroupTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Measure)
class MeasureTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages: ClassVar[dict] = {"en": ("name",)}


@register(Instrument)
class InstrumentTranslationOptions(TranslationOptions):
    fields = ("short_name", "name")
    required_languages = ("en",)


@register(Channel)
class ChannelTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Fiche)
class FicheTranslationOptions(TranslationOptions):
    fields = FICHE_TEXT_FIELDS

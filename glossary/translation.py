from modeltranslation.translator import TranslationOptions, register

from glossary.models import GlossaryEntry


@register(GlossaryEntry)
class GlossaryEntryTranslationOptions(TranslationOptions):
    fields = ("term", "definition", "avoid")
    required_languages = ("en",)

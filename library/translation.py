from modeltranslation.translator import TranslationOptions, register

from library.models import LibraryDocument


@register(LibraryDocument)
class LibraryDocumentTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("en",)

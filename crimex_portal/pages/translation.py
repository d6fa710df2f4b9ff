from modeltranslation.translator import TranslationOptions, register

from crimex_portal.pages.models import Page


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = ("en",)

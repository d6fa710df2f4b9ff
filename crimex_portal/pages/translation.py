from modeltranslation.translator import TranslationOptions, register

from crimex_portal.pages.models import Page, StrategyObjective


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = ("en",)


@register(StrategyObjective)
class StrategyObjectiveTranslationOptions(TranslationOptions):
    fields = ("title", "objective", "considerations")
    required_languages = ("en",)

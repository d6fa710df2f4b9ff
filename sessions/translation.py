from modeltranslation.translator import TranslationOptions, register

from sessions.models import Session


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "venue_city")
    required_languages = ("en",)

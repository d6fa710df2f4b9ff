from modeltranslation.translator import TranslationOptions, register

from crimex_portal.notifications.models import OutboxMessage


@register(OutboxMessage)
class OutboxMessageTranslationOptions(TranslationOptions):
    fields = ("subject", "body")
    required_languages = ("en",)

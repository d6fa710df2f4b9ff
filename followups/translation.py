from modeltranslation.translator import TranslationOptions, register

from followups.models import Decision, FollowUp


@register(Decision)
class DecisionTranslationOptions(TranslationOptions):
    fields = ("text",)
    required_languages = ("en",)


@register(FollowUp)
class FollowUpTranslationOptions(TranslationOptions):
    fields = ("what",)
    required_languages = ("en",)

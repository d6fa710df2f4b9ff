from modeltranslation.translator import TranslationOptions, register

from sessions.models import (
    AgendaItem,
    AgendaRelease,
    Session,
    SessionDocument,
    SessionExpert,
    SessionObjective,
    SessionOutcome,
)


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "venue_city", "moderation", "background", "methodology")
    required_languages = ("en",)


@register(SessionObjective)
class SessionObjectiveTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("en",)


@register(SessionExpert)
class SessionExpertTranslationOptions(TranslationOptions):
    fields = ("group", "role")


@register(SessionOutcome)
class SessionOutcomeTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("en",)


@register(AgendaItem)
class AgendaItemTranslationOptions(TranslationOptions):
    fields = ("title", "description", "sub_points", "speakers", "moderator")
    required_languages = ("en",)


@register(SessionDocument)
class SessionDocumentTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)


@register(AgendaRelease)
class AgendaReleaseTranslationOptions(TranslationOptions):
    fields = ("comment",)

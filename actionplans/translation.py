from modeltranslation.translator import TranslationOptions, register

from actionplans.models import Action, ActionPlan, Indicator, StrategicGoal


@register(ActionPlan)
class ActionPlanTranslationOptions(TranslationOptions):
    fields = ("title", "short_title")
    required_languages = ("en",)


@register(StrategicGoal)
class StrategicGoalTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)


@register(Action)
class ActionTranslationOptions(TranslationOptions):
    fields = ("description", "sub_points", "data_sources", "observation")
    required_languages = ("en",)


@register(Indicator)
class IndicatorTranslationOptions(TranslationOptions):
    fields = ("text", "editorial_note", "unit", "data_source")
    required_languages = ("en",)

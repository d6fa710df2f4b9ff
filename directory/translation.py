from modeltranslation.translator import TranslationOptions, register

from directory.models import Country, CrimeArea, Organisation


@register(Country)
class CountryTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(CrimeArea)
class CrimeAreaTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)

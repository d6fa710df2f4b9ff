from modeltranslation.translator import TranslationOptions, register

from directory.models import Contact, ContactRole, Country, CrimeArea, Language, Organisation


@register(Country)
class CountryTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "short_name")
    required_languages = ("en",)


@register(CrimeArea)
class CrimeAreaTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(ContactRole)
class ContactRoleTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Language)
class LanguageTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Contact)
class ContactTranslationOptions(TranslationOptions):
    # A name in Latin and in Arabic script; the title and the function in each language.
    fields = ("name", "title", "function")
    required_languages = ("en",)

"""The admin's translated fields: each language tab's inputs in that language's direction, and a
badge on the tab of a translation whose English changed since (static/crimex/js/translation-tabs.js
reads the inputs' data-translation-outdated; no inline script).

The apps' admin.py import these classes rather than modeltranslation's.
"""

from typing import ClassVar

from django import forms
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from modeltranslation import admin as mt_admin

from crimex_portal.translations.content import is_outdated, translated_fields


def language_direction(language: str) -> str:
    return "rtl" if get_language_info(language)["bidi"] else "ltr"


class OutdatedTranslationsForm(forms.BaseForm):
    """Marks the inputs of the translations whose English changed since they were made."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        instance = getattr(self, "instance", None)
        if instance is None or instance.pk is None:
            return
        for name in translated_fields(type(instance)):
            for field_name, field in self.fields.items():
                language = field_name.removeprefix(f"{name}_")
                if field_name.startswith(f"{name}_") and is_outdated(instance, name, language):
                    field.widget.attrs.update(
                        {
                            "data-translation-outdated": _(
                                "The English changed since this translation was made: check it "
                                "and save it again."
                            ),
                            "data-translation-outdated-label": _("outdated"),
                        }
                    )


def _flagging(form_class: type) -> type:
    return type(form_class.__name__, (OutdatedTranslationsForm, form_class), {})


class LanguageTabsMixin:
    """For TranslationAdmin and its inlines."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        language = getattr(db_field, "language", None)  # modeltranslation's TranslationField
        if formfield is not None and language:
            formfield.widget.attrs.update({"dir": language_direction(language), "lang": language})
        return formfield

    class Media:
        js = ("crimex/js/translation-tabs.js",)
        css: ClassVar[dict] = {"all": ("crimex/css/admin-translations.css",)}


class TabbedTranslationAdmin(LanguageTabsMixin, mt_admin.TabbedTranslationAdmin):
    def get_form(self, request, obj=None, **kwargs):
        return _flagging(super().get_form(request, obj, **kwargs))


class TranslationStackedInline(LanguageTabsMixin, mt_admin.TranslationStackedInline):
    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = _flagging(formset.form)
        return formset


class TranslationTabularInline(LanguageTabsMixin, mt_admin.TranslationTabularInline):
    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = _flagging(formset.form)
        return formset

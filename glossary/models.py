from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from crimex_portal.translations.content import TranslatedContent


class GlossaryEntry(TranslatedContent):
    """One notion of judicial cooperation in criminal matters: the term to use for it in each
    language, what it means, and the renderings to avoid. The interface, the seeded content and
    later features follow it; tests/glossary/test_consistency.py checks that they do."""

    class Domain(models.TextChoices):
        COOPERATION = "cooperation", _("Cooperation instruments")
        MLA = "mla", _("Mutual legal assistance measures")
        EXTRADITION = "extradition", _("Extradition and surrender")
        PROCEDURE = "procedure", _("Criminal procedure")
        ACTORS = "actors", _("Authorities and practitioners")
        OFFENCES = "offences", _("Offences")
        EVIDENCE = "evidence", _("Evidence and digital evidence")
        ASSETS = "assets", _("Asset recovery")
        ORGANISATIONS = "organisations", _("Organisations and networks")
        CONVENTIONS = "conventions", _("Conventions and instruments")
        PORTAL = "portal", _("Portal and reporting")

    slug = models.SlugField(_("key"), max_length=80, unique=True)
    domain = models.CharField(_("domain"), max_length=20, choices=Domain.choices)
    term = models.CharField(_("preferred term"), max_length=200)
    definition = models.TextField(_("definition"), blank=True)
    avoid = models.TextField(
        _("variants to avoid"),
        blank=True,
        help_text=_("One per line: renderings that are wrong or misleading for this notion."),
    )
    source = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("Where the term comes from, e.g. UNTOC art. 18, UNCAC art. 46, EJN, seed 003."),
    )
    # The terms and variants of every language, lower case and without accents or vowel marks:
    # what the search matches.
    search_text = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = _("glossary entry")
        verbose_name_plural = _("glossary entries")
        ordering = ("term_en",)

    def __str__(self) -> str:
        return self.term

    def save(self, *args, **kwargs) -> None:
        self.search_text = self.build_search_text()
        if "update_fields" in kwargs and kwargs["update_fields"] is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def build_search_text(self) -> str:
        from directory.search import normalise

        parts = []
        for code, _name in settings.LANGUAGES:
            parts += [
                getattr(self, f"term_{code}", "") or "",
                getattr(self, f"avoid_{code}", "") or "",
            ]
        return normalise(" | ".join(part for part in parts if part))

    def terms(self) -> dict[str, str]:
        """{"en": ..., "fr": ..., "ar": ...}: the preferred term in each language."""
        return {code: getattr(self, f"term_{code}", "") or "" for code, _name in settings.LANGUAGES}

    def variants_to_avoid(self, language: str) -> list[str]:
        text = getattr(self, f"avoid_{language}", "") or ""
        return [line.strip() for line in text.splitlines() if line.strip()]

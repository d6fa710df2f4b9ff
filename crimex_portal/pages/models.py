from django.db import models
from django.utils.translation import gettext_lazy as _


class Page(models.Model):
    """Editorial text of the public pages (home, about), translated like all content."""

    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(
        _("body"),
        blank=True,
        help_text=_(
            "Paragraphs are separated by a blank line; lines starting with “- ” form a list. "
            "HTML is shown as text."
        ),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ("slug",)

    def __str__(self) -> str:
        return self.title

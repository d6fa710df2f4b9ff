"""One normal form for searching names in Latin and Arabic script: the portal's own
(crimex_portal.text), which the portal-wide search uses too."""

from crimex_portal.text import normalise, search_terms

__all__ = ["normalise", "search_terms"]

"""The portal's URLs plus the floor view, for the load benchmark only (see settings.py here)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from crimex_portal import urls as portal_urls
from crimex_portal.benchmark import views

# Under the language prefix, as the portal's pages are: the floor goes through the same
# middleware and the same kind of URL resolution, and then does nothing.
urlpatterns = [
    *i18n_patterns(path("benchmark/floor/", views.floor, name="benchmark_floor")),
    *portal_urls.urlpatterns,
]

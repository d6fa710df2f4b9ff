from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from crimex_portal import health
from crimex_portal.pages import views as page_views

admin.site.site_header = _("CrimEx portal administration")
admin.site.site_title = _("CrimEx portal")
admin.site.index_title = _("PMT administration")

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("health/", health.health, name="health"),
    # Browsers ask for /favicon.ico whatever the page says, the admin's pages among them.
    path("favicon.ico", page_views.favicon),
]

urlpatterns += i18n_patterns(
    path("", include("crimex_portal.pages.urls")),
    path("accounts/", include("crimex_portal.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("sessions/", include("sessions.urls")),
    path("action-plans/", include("actionplans.urls")),
    path("directory/", include("directory.urls")),
    path("fiches/", include("fiches.urls")),
    path("library/", include("library.urls")),
    path("search/", include("crimex_portal.search.urls")),
    path("glossary/", include("glossary.urls")),
    path("mla/", include("mla.urls")),
    path("follow-ups/", include("followups.urls")),
    path("my/", include("mycrimex.urls")),
    path("reports/", include("crimex_portal.reports.urls")),
    path("translations/", include("crimex_portal.translations.urls")),
    path("admin/", admin.site.urls),
)

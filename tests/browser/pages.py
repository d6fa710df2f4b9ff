"""The portal's main pages, as one list: screenshots, axe-core and keyboard checks walk it."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import translation


@dataclass(frozen=True)
class MainPage:
    slug: str  # names the screenshot: <slug>-<language>.png
    url_name: str
    kwargs: dict
    query: str = ""
    anonymous: bool = False  # seen logged out (the login page)

    def path(self, language: str) -> str:
        with translation.override(language):
            return reverse(self.url_name, kwargs=self.kwargs) + self.query


def main_pages() -> list[MainPage]:
    """Needs the `seeded` content: the 5th session, Plan A, the directory's demo entries and the
    demo fiches. The pages after the log-in are seen by a user with the roles that see the most
    (member, coordinator, PMT staff); the report page is listed once a report exists."""
    from actionplans.models import Action, Indicator
    from crimex_portal.reports.models import Report
    from directory.models import Contact, Organisation
    from sessions.models import Session

    session = Session.objects.get(number=5)
    action = Action.objects.filter(goal__plan__code="A").order_by("pk").first()
    indicator = Indicator.objects.filter(action__goal__plan__code="A").order_by("pk").first()
    report = Report.objects.order_by("pk").first()
    contact = Contact.objects.filter(organisation__acronym="PGOs").order_by("pk").first()
    organisation = Organisation.objects.get(acronym="PGOs")
    pages = [
        MainPage("login", "account_login", {}, anonymous=True),
        MainPage("home", "pages:home", {}),
        MainPage("about", "pages:about", {}),
        MainPage("sessions", "crimex_sessions:list", {}),
        MainPage("session-5", "crimex_sessions:detail", {"pk": session.pk}),
        MainPage("session-5-attendees", "crimex_sessions:attendees", {"pk": session.pk}),
        MainPage("session-5-agenda-v1", "crimex_sessions:release", {"pk": session.pk, "number": 1}),
        MainPage("session-5-changes", "crimex_sessions:changes", {"pk": session.pk}),
        MainPage("directory-search", "directory:index", {}, query="?q=prosecutor"),
        MainPage("directory-organisations", "directory:organisations", {}),
        MainPage("directory-organisation", "directory:organisation", {"pk": organisation.pk}),
        MainPage("directory-my-entry", "directory:my_entry", {}),
        MainPage("directory-to-verify", "directory:to_verify", {}),
        MainPage("action-plans", "actionplans:index", {}),
        MainPage("action-plan-a", "actionplans:plan", {"code": "A"}),
        MainPage("action-plan-a-dashboard", "actionplans:dashboard", {"code": "A"}),
        MainPage("action-plan-action", "actionplans:action", {"pk": action.pk}),
        MainPage(
            "action-plan-progress-form", "actionplans:record_update", {"indicator_pk": indicator.pk}
        ),
        MainPage("action-plans-review", "actionplans:review_queue", {}),
        MainPage("fiches", "fiches:index", {}),
        MainPage("fiches-country-ma", "fiches:country", {"iso_code": "MA"}),
        MainPage("fiches-measure-501", "fiches:measure", {"code": "501"}),
        MainPage("fiche-ma-501", "fiches:fiche", {"iso_code": "MA", "code": "501"}),
        MainPage("fiche-ma-501-edit", "fiches:edit", {"iso_code": "MA", "code": "501"}),
        MainPage("fiches-due-for-review", "fiches:due_for_review", {}),
        MainPage(
            "fiches-compare",
            "fiches:compare",
            {"code": "501"},
            query="?country=MA&country=TN&country=DZ",
        ),
        MainPage("fiches-search", "fiches:search", {}, query="?country=MA"),
        MainPage("atlas", "fiches:atlas", {}, query="?country=MA&measure=501"),
        MainPage("profile", "accounts:profile", {}),
        MainPage("my-crimex", "mycrimex:home", {}),
        MainPage("search", "search:search", {}, query="?q=CARIN"),
        MainPage("library", "library:index", {}),
        MainPage("glossary", "glossary:index", {}),
        MainPage("my-notifications", "mycrimex:notifications", {}),
        MainPage("my-notification-preferences", "mycrimex:preferences", {}),
        MainPage("follow-ups", "followups:tracking", {}),
    ]
    if report is not None:
        pages.append(MainPage("report", "reports:detail", {"pk": report.pk}))
    if contact is not None:
        pages.insert(7, MainPage("directory-contact", "directory:contact", {"pk": contact.pk}))
    return pages

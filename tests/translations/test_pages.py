"""Issue 16: the main content pages and their PDFs mark an outdated translation, at no query."""

from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from crimex_portal.reports.registry import builder_for
from crimex_portal.reports.services import render_report_html
from tests.factories import (
    ActionFactory,
    FicheFactory,
    OrganisationFactory,
    SessionFactory,
)
from tests.pdf import pdf_text

pytestmark = pytest.mark.django_db
FLAG = "data-translation-outdated"


def change_english(instance, name: str, text: str) -> None:
    setattr(instance, f"{name}_en", text)
    instance.save()


def session_page():
    # The agenda members read is a release, frozen as published: its items are flagged in the
    # admin, where PMT edit the working agenda.
    session = SessionFactory(summary_en="A summary.", summary_fr="Un résumé.")
    return session.get_absolute_url, [(session, "summary")]


def action_page():
    action = ActionFactory(description_en="Train prosecutors", description_fr="Former")
    return action.get_absolute_url, [(action, "description")]


def fiche_page():
    fiche = FicheFactory(national_law_fr="Le droit national.")
    return fiche.get_absolute_url, [(fiche, "national_law")]


def organisation_page():
    organisation = OrganisationFactory(name_fr="Parquet de test")
    return (
        lambda: reverse("directory:organisation", args=[organisation.pk]),
        [(organisation, "name")],
    )


@pytest.mark.parametrize(
    "make", [session_page, action_page, fiche_page, organisation_page], ids=lambda f: f.__name__
)
def test_the_page_flags_the_outdated_translation_at_no_query(member_client, make: Callable):
    url_of, fields = make()
    with translation.override("fr"):
        url = url_of()
    member_client.get(reverse("pages:about"))  # the session's refresh, the permissions
    with CaptureQueriesContext(connection) as before:
        current = member_client.get(url).content.decode()
    assert FLAG not in current

    for instance, name in fields:
        change_english(instance, name, f"Changed {name}")
    with CaptureQueriesContext(connection) as after:
        flagged = member_client.get(url).content.decode()

    assert flagged.count(f"{FLAG}>") + flagged.count(f"{FLAG} ") >= len(fields)
    assert flagged.count('class="translation-outdated" role="note"') == len(fields)
    assert len(after.captured_queries) == len(before.captured_queries)
    with translation.override("en"):
        english = member_client.get(url_of()).content.decode()
    assert FLAG not in english


def test_pdfs_mark_the_outdated_translation(tmp_path):
    session = SessionFactory(title_en="Seizure", title_fr="Saisie", is_published=True)
    action = ActionFactory(description_en="Train prosecutors", description_fr="Former")
    fiche = FicheFactory(national_law_fr="Le droit national.")
    change_english(session, "title", "Freezing")
    change_english(action, "description", "Train judges")
    change_english(fiche, "national_law", "The national law, amended.")
    with translation.override("fr"):
        note = gettext("the translation may be outdated")

    for kind, target in (
        ("session", session),
        ("action_plan", action.goal.plan),
        ("fiche", fiche),
    ):
        builder = builder_for(kind)
        _title, html = render_report_html(builder, builder.target(builder.key_of(target)), "fr")
        assert 'class="translation-outdated"' in html, builder.kind
        assert note in html

    from crimex_portal.reports.pdf import html_to_pdf

    session_report = builder_for("session")
    _title, html = render_report_html(session_report, session_report.target(str(session.pk)), "fr")
    assert note in " ".join(pdf_text(html_to_pdf(html), tmp_path).split())

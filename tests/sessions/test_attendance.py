"""For the day of the session: PMT print the sign-in sheet; after it, each attendee downloads a
certificate of attendance in their language, and PMT get them all."""

import datetime
import subprocess

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from crimex_portal.accounts import roles
from crimex_portal.reports.models import Report
from crimex_portal.reports.pdf import html_to_pdf
from crimex_portal.reports.registry import builder_for
from crimex_portal.reports.services import render_report_html, report_request
from sessions.models import Session
from tests.factories import (
    CountryFactory,
    OrganisationFactory,
    RegistrationFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
)
from tests.pdf import assert_arabic_font_embedded, pdf_text

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


@pytest.fixture
def held():
    return SessionFactory(
        number=5,
        status=Session.Status.HELD,
        start_date=TODAY - 3 * DAY,
        end_date=TODAY - 2 * DAY,
        title_en="Digital evidence",
        title_ar="الأدلة الرقمية",
        title_fr="La preuve numérique",
        venue_city_en="Tunis",
        venue_city_ar="تونس",
    )


def attendee(session: Session, language: str = "en", **names):
    user = UserFactory(
        roles=[roles.MEMBER],
        two_factor=True,
        preferred_language=language,
        country=CountryFactory(),
        organisation=OrganisationFactory(),
        **names,
    )
    RegistrationFactory(session=session, user=user)
    return user


def pmt() -> Client:
    client = Client()
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    return client


def test_a_member_downloads_their_certificate_once_the_session_is_held(client, held):
    user = attendee(held, "fr", first_name="Amina", last_name="Ben Salah")
    log_in_with_two_factor(client, user)
    page = client.get(held.get_absolute_url()).content.decode()
    url = reverse("crimex_sessions:certificate", args=[held.pk])
    assert url in page

    response = client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "certificate-fr.pdf" in response["Content-Disposition"]
    # For an institution that reads Arabic; a language the portal does not have is not one.
    assert "certificate-ar.pdf" in client.get(url + "?language=ar")["Content-Disposition"]
    assert "certificate-fr.pdf" in client.get(url + "?language=xx")["Content-Disposition"]


def test_no_certificate_before_the_session_is_held_nor_for_the_waiting_list(client):
    upcoming = SessionFactory(start_date=TODAY + 5 * DAY, end_date=TODAY + 6 * DAY)
    user = attendee(upcoming)
    log_in_with_two_factor(client, user)
    url = reverse("crimex_sessions:certificate", args=[upcoming.pk])
    assert client.get(url).status_code == 404
    assert url not in client.get(upcoming.get_absolute_url()).content.decode()
    held = SessionFactory(
        status=Session.Status.HELD, start_date=TODAY - 9 * DAY, end_date=TODAY - 8 * DAY
    )
    RegistrationFactory(session=held, user=user, is_waiting=True)
    assert client.get(reverse("crimex_sessions:certificate", args=[held.pk])).status_code == 404


def test_a_member_cannot_get_another_members_certificate(client, held):
    """The no-leak test: another attendee's certificate exists to be had; nothing gives it."""
    other = attendee(held, first_name="Secret", last_name="Attendee")
    registration = other.session_registrations.get()
    outsider = UserFactory(roles=[roles.MEMBER], two_factor=True)
    log_in_with_two_factor(client, outsider)

    assert client.get(reverse("crimex_sessions:certificate", args=[held.pk])).status_code == 404
    # Through the reports: members do not export; coordinators do, but not certificates.
    response = client.post(
        reverse("reports:request"),
        {"kind": "attendance_certificate", "key": registration.pk, "language": "en"},
    )
    assert response.status_code == 403
    coordinator = UserFactory(roles=[roles.COORDINATOR], two_factor=True)
    log_in_with_two_factor(client, coordinator)
    for kind, key in (
        ("attendance_certificate", registration.pk),
        ("session_certificates", held.pk),
        ("session_signin_sheet", held.pk),
    ):
        response = client.post(
            reverse("reports:request"), {"kind": kind, "key": key, "language": "en"}
        )
        assert response.status_code == 404, kind
    assert not Report.objects.exists()
    with pytest.raises(LookupError):
        report_request(
            user=coordinator, kind="session_signin_sheet", key=str(held.pk), language="en"
        )


def test_a_member_cannot_get_the_signin_sheet(client, held):
    attendee(held, first_name="Secret", last_name="Attendee")
    log_in_with_two_factor(client, attendee(held))
    response = client.post(
        reverse("reports:request"),
        {"kind": "session_signin_sheet", "key": held.pk, "language": "en"},
    )
    assert response.status_code == 403
    assert client.get(reverse("crimex_sessions:attendees", args=[held.pk])).status_code == 403


def test_pmt_print_the_signin_sheet_with_names_organisations_countries(held, tmp_path):
    user = attendee(held, first_name="Karim", last_name="Haddad")
    attendee(held, first_name="Waiting", last_name="Person").session_registrations.update(
        is_waiting=True
    )
    client = pmt()
    page = client.get(reverse("crimex_sessions:attendees", args=[held.pk])).content.decode()
    assert 'value="session_signin_sheet"' in page
    assert 'value="session_certificates"' in page

    builder = builder_for("session_signin_sheet")
    _title, html = render_report_html(builder, builder.target(str(held.pk)), "en")
    text = pdf_text(html_to_pdf(html), tmp_path)

    assert "Karim Haddad" in text
    assert user.organisation.acronym in text
    assert str(user.country) in text
    assert "Signature" in text
    assert "Waiting Person" not in text
    assert "Page 2 / 2" in text  # a page per day


def test_pmt_get_all_certificates_each_in_the_attendees_language(held, tmp_path):
    attendee(held, "en", first_name="John", last_name="Smith")
    attendee(held, "fr", first_name="Claire", last_name="Martin")
    attendee(held, "ar", first_name="Amina", last_name="Haddad")
    client = pmt()
    response = client.post(
        reverse("reports:request"),
        {"kind": "session_certificates", "key": held.pk, "language": "en"},
    )
    report = Report.objects.get(kind="session_certificates")
    assert response["Location"] == reverse("reports:detail", args=[report.pk])
    assert "Certificate of attendance" in report.html
    assert 'lang="fr"' in report.html
    assert 'lang="ar"' in report.html
    assert "La preuve numérique" in report.html
    assert "الأدلة الرقمية" in report.html


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_certificate_in_arabic_and_french_renders(held, tmp_path, language):
    user = attendee(held, language, first_name="Amina", last_name="Haddad")
    builder = builder_for("attendance_certificate")
    registration = user.session_registrations.get()
    _title, html = render_report_html(builder, builder.target(str(registration.pk)), language)
    pdf = html_to_pdf(html)
    path = tmp_path / f"certificate-{language}.pdf"
    path.write_bytes(pdf)
    text = pdf_text(pdf, tmp_path)
    assert "Amina Haddad" in text
    if language == "ar":
        assert 'dir="rtl"' in html
        assert_arabic_font_embedded(pdf, tmp_path)
        assert "الأدلة الرقمية" in html
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-singlefile", str(path), str(tmp_path / language)],
        check=True,
    )
    assert (tmp_path / f"{language}.png").stat().st_size > 5000

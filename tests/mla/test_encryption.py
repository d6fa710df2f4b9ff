from django.db import connection

from crimex_portal.encryption import FERNET_PREFIX, decrypt_text, encrypt_text
from mla.models import MlaRequest, Offence, RequestedMeasure
from tests.mla.helpers import FACTS, complete_request


def test_round_trip():
    token = encrypt_text("حقائق القضية")
    assert token.startswith(FERNET_PREFIX)
    assert decrypt_text(token) == "حقائق القضية"


def test_raw_rows_do_not_contain_the_facts(prosecutor, tunisian_fiche):
    mla_request = complete_request(prosecutor, tunisian_fiche)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {MlaRequest._meta.db_table} WHERE id = %s", [mla_request.pk])  # noqa: S608 (table names)
        row = " ".join(str(value) for value in cursor.fetchone())
        cursor.execute(f"SELECT * FROM {Offence._meta.db_table}")  # noqa: S608 (table names)
        row += " ".join(str(value) for values in cursor.fetchall() for value in values)
        cursor.execute(f"SELECT * FROM {RequestedMeasure._meta.db_table}")  # noqa: S608 (table names)
        row += " ".join(str(value) for values in cursor.fetchall() for value in values)
    for secret in ("Testperson", "dirhams", "درهم", "RABAT/2026", "Article 248", "TN59"):
        assert secret not in row
    assert FERNET_PREFIX in row
    assert MlaRequest.objects.get(pk=mla_request.pk).facts.startswith(FACTS)


def test_the_pdf_html_is_encrypted_too(prosecutor, tunisian_fiche, settings):
    from crimex_portal.reports.models import Report
    from crimex_portal.reports.services import report_request

    mla_request = complete_request(prosecutor, tunisian_fiche)
    report, _reused = report_request(
        user=prosecutor, kind="mla_request", key=str(mla_request.pk), language="fr"
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT html FROM {Report._meta.db_table} WHERE id = %s", [report.pk])  # noqa: S608 (table names)
        (html,) = cursor.fetchone()
    assert "dirhams" not in html
    assert "dirhams" in Report.objects.get(pk=report.pk).html

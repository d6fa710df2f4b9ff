"""How long a four-page request takes to become a PDF (target: under a second).

    manage.py benchmark_mla_pdf [--runs 5] [--language ar] [--parallel]

Builds an invented request inside a transaction that is rolled back (nothing is kept), renders
its report HTML as the Celery task does, then times WeasyPrint alone, as the task runs it."""

import io
import statistics
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from crimex_portal.reports.registry import builder_for
from crimex_portal.reports.services import render_report_html
from directory.models import Country
from fiches.models import Fiche, Measure, MeasureGroup
from mla import services
from mla.reports import REPORT_KIND

PARAGRAPH = (
    "Illustrative benchmark text: between March and September the suspects moved the proceeds "
    "of the bribes through three companies and four bank accounts, then bought real estate. "
)


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Times the PDF of a four-page MLA request (nothing is written to the database)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--runs", type=int, default=5)
        parser.add_argument("--language", default="fr", choices=["en", "fr", "ar"])
        parser.add_argument("--parallel", action="store_true")
        parser.add_argument("--paragraphs", type=int, default=14)

    def handle(self, *args, runs: int, language: str, parallel: bool, paragraphs: int, **kwargs):
        try:
            with transaction.atomic():
                html = self._request_html(language, parallel, paragraphs)
                raise Rollback
        except Rollback:
            pass
        from pypdf import PdfReader

        from crimex_portal.reports.pdf import html_to_pdf

        timings, pdf = [], b""
        for _run in range(runs):
            start = time.perf_counter()
            pdf = html_to_pdf(html)
            timings.append(time.perf_counter() - start)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        self.stdout.write(
            f"{pages} pages, {len(pdf) // 1024} KiB; median {statistics.median(timings):.3f} s, "
            f"best {min(timings):.3f} s, worst {max(timings):.3f} s over {runs} runs"
        )

    def _request_html(self, language: str, parallel: bool, paragraphs: int) -> str:
        user = get_user_model().objects.create_user(
            email="benchmark@example.invalid", password=None
        )
        group = MeasureGroup.objects.create(code="B", name="Benchmark")
        measure = Measure.objects.create(code="B01", group=group, name="Freezing of assets")
        country = Country.objects.create(
            iso_code="QB", name="Benchland", group=Country.Group.SOUTH_PARTNER
        )
        Fiche.objects.create(country=country, measure=measure, applicability="applicable")
        mla_request = services.request_create(author=user, country=country, measures=[measure])
        facts = "\n".join(PARAGRAPH * 3 for _ in range(paragraphs))
        services.request_update(
            mla_request=mla_request,
            requesting_authority="Illustrative prosecution office",
            facts=facts,
            persons_and_places=PARAGRAPH * 4,
            contact_person="Illustrative contact",
            attachments="\n".join(f"Illustrative attachment {n}" for n in range(1, 9)),
            reciprocity=True,
            undertakes_speciality=True,
            undertakes_confidentiality=True,
            undertakes_costs=True,
            language=language,
        )
        services.offences_replace(
            mla_request=mla_request,
            offences=[
                {"qualification": f"Offence {n}", "provisions": PARAGRAPH, "penalties": "5 years"}
                for n in range(3)
            ],
        )
        builder = builder_for(REPORT_KIND)
        key = f"{mla_request.pk}-en" if parallel else str(mla_request.pk)
        _title, html = render_report_html(builder, builder.target(key), language)
        return html

"""`python -m tests.resilience.stalling_worker -A crimex_portal worker ...`: the `celery` command,
with one difference for the tests of a worker killed in the middle of a report. The first PDF
to render writes the rendering process's id to the file named by CRIMEX_TEST_RENDERING_STARTED,
then waits to be killed: the test knows the report is half-way. Later ones render as usual.
Test-only, so that production code needs no hook for it."""

import os
import time
from pathlib import Path

import django

django.setup()

from celery.__main__ import main  # noqa: E402 - after Django is set up

from crimex_portal.reports import pdf  # noqa: E402

RENDERING_STARTED = Path(os.environ["CRIMEX_TEST_RENDERING_STARTED"])
real_html_to_pdf = pdf.html_to_pdf


def html_to_pdf_stalling_once(html: str) -> bytes:
    if RENDERING_STARTED.exists():
        return real_html_to_pdf(html)
    RENDERING_STARTED.write_text(str(os.getpid()))
    time.sleep(600)
    raise AssertionError("the test was to kill this process before now")


# report_build() imports html_to_pdf when it runs: it gets this one, in the pool's processes too.
pdf.html_to_pdf = html_to_pdf_stalling_once

if __name__ == "__main__":
    main()

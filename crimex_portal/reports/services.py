import datetime
import hashlib
import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import DatabaseError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_lazy
from kombu.exceptions import OperationalError as KombuOperationalError

from crimex_portal.accounts.roles import EXPORT_REPORTS
from crimex_portal.reports.models import Report
from crimex_portal.reports.registry import (
    ReportBuilder,
    audience_of,
    builder_for,
    report_context,
)
from crimex_portal.text import list_separators

logger = logging.getLogger(__name__)

# What sending a task raises when Redis is down (after kombu's own short retries).
BROKER_ERRORS = (KombuOperationalError, ConnectionError, OSError)
# What a worker may meet and get past by trying again later: the database or the disk went away.
TRANSIENT_ERRORS = (DatabaseError, OSError, ConnectionError, TimeoutError)


class ReportsUnavailable(Exception):
    """The task queue cannot be reached: nothing can be generated right now."""


def render_report_html(
    builder: ReportBuilder, target, language: str, audience: str = ""
) -> tuple[str, str]:
    """(title, HTML) of the report, in its language, in the version for that audience."""
    with translation.override(language):
        title = str(builder.title(target))
        html = render_to_string(
            builder.template_name,
            {
                **list_separators(),  # {{ comma }} and {{ semicolon }} between list items
                **report_context(builder, target, audience),
                "title": title,
                "restricted": builder.restricted,
                "language": language,
                "direction": "rtl" if translation.get_language_bidi() else "ltr",
            },
        )
    return title, html


def _fingerprint(kind: str, key: str, language: str, audience: str, html: str) -> str:
    """The same for the same content only: the audience is part of it, so that a version made
    for one audience is never reused for another, even where their HTML happens to match."""
    return hashlib.sha256("\n".join((kind, key, language, audience, html)).encode()).hexdigest()


def _reusable(kind: str, key: str, language: str, fingerprint: str) -> Report | None:
    """A report of the same content in the same language: ready, or on its way."""
    candidates = Report.objects.filter(
        kind=kind,
        target_key=key,
        language=language,
        fingerprint=fingerprint,
        status__in=(Report.Status.DONE, *Report.IN_PROGRESS),
    ).order_by("-created_at")
    for report in candidates:
        if (
            report.status == Report.Status.DONE
            and report.file
            and report.file.storage.exists(report.file.name)
        ):
            return report
        if report.in_progress and not report.is_stuck():
            return report
    return None


def report_request(*, user, kind: str, key: str, language: str) -> tuple[Report, bool]:
    """The report of that target in that language: an existing one if the content has not
    changed since, else a new one, queued. Returns (report, reused).

    Raises PermissionError for users who may not export, LookupError for an unknown kind or
    target, and ReportsUnavailable when the queue cannot be reached (the report is then marked
    failed, with that reason)."""
    builder = builder_for(kind)
    if builder.may_request is None and not user.has_perm(EXPORT_REPORTS):
        raise PermissionError("Only coordinators and PMT staff export reports.")
    if language not in dict(settings.LANGUAGES):
        raise LookupError(f"Unknown language {language!r}.")
    builder = builder_for(kind)
    if builder.permission and not user.has_perm(builder.permission):
        raise LookupError(f"No {kind!r} report for this user.")
    target = builder.target(key)
    if builder.may_request is not None and not builder.may_request(user, target):
        raise PermissionError("This report is its author's only.")
    key = builder.key_of(target)
    audience = audience_of(builder, user)
    title, html = render_report_html(builder, target, language, audience)
    fingerprint = _fingerprint(kind, key, language, audience, html)
    with transaction.atomic():
        existing = _reusable(kind, key, language, fingerprint)
        if existing:
            existing.requesters.add(user)
            return existing, True
        report = Report.objects.create(
            kind=kind,
            target_key=key,
            language=language,
            title=title[:300],
            requested_by=user,
            html=html,
            fingerprint=fingerprint,
        )
        report.requesters.add(user)
    _enqueue(report)
    return report, False


def _enqueue(report: Report) -> None:
    from crimex_portal.reports.tasks import build_report

    try:
        build_report.delay(report.pk)
    except BROKER_ERRORS as error:
        logger.warning("Report %s not queued: %s", report.pk, error)
        report_fail(report_id=report.pk, error=gettext_unavailable())
        raise ReportsUnavailable from error


def gettext_unavailable() -> str:
    return gettext(
        "The report service is unavailable right now. Nothing was lost: ask for the report "
        "again in a few minutes."
    )


def report_build(*, report_id: int) -> Report:
    """Renders the report's PDF and stores it. Safe to run twice, and after a worker died
    half-way: a finished report is left as it is; an unfinished one is rendered again."""
    from crimex_portal.reports.pdf import html_to_pdf  # WeasyPrint: only where PDFs are made

    claimed = Report.objects.filter(pk=report_id, status__in=Report.IN_PROGRESS).update(
        status=Report.Status.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1
    )
    report = Report.objects.get(pk=report_id)
    if not claimed:
        return report  # done already, or failed and left for the user to ask again
    try:
        pdf = html_to_pdf(report.html)
    except TRANSIENT_ERRORS:
        raise
    except Exception as error:
        logger.exception("Report %s failed", report_id)
        return report_fail(report_id=report_id, error=f"{type(error).__name__}: {error}")
    report.file.save(report.filename, ContentFile(pdf), save=False)
    report.status = Report.Status.DONE
    report.size = len(pdf)
    report.finished_at = timezone.now()
    report.error = ""
    report.save(update_fields=["file", "status", "size", "finished_at", "error"])
    _notify_if_slow(report)
    return report


def _notify_if_slow(report: Report) -> None:
    """Whoever asked for a report that took longer than a few seconds hears it is ready."""
    from crimex_portal.notifications.notify import notify

    if (
        report.finished_at - report.created_at
    ).total_seconds() < settings.CRIMEX_REPORT_NOTICE_SECONDS:
        return
    notify(
        kind="report_ready",
        key=f"report_ready:{report.pk}:{report.fingerprint}",
        recipients=[
            *report.requesters.all(),
            *([report.requested_by] if report.requested_by else []),
        ],
        text=gettext_lazy("Your report “%(title)s” is ready to download."),
        params={"title": report.title},
        url_name="reports:detail",
        url_args=[report.pk],
    )


def report_fail(*, report_id: int, error: str) -> Report:
    Report.objects.filter(pk=report_id, status__in=Report.IN_PROGRESS).update(
        status=Report.Status.FAILED, finished_at=timezone.now(), error=error[:2000]
    )
    return Report.objects.get(pk=report_id)


def report_fail_if_stuck(report: Report) -> Report:
    """A report in progress for longer than any report takes will never finish: say so."""
    if report.is_stuck():
        return report_fail(
            report_id=report.pk,
            error=gettext("The report did not finish in time. Ask for it again."),
        )
    return report


def reports_delete_older_than(*, days: int) -> int:
    """Deletes reports (records and files) requested more than `days` ago; fails stuck ones."""
    limit = timezone.now() - datetime.timedelta(days=days)
    deleted = 0
    for report in Report.objects.filter(created_at__lt=limit):
        if report.file:
            report.file.delete(save=False)
        report.delete()
        deleted += 1
    for report in Report.objects.filter(status__in=Report.IN_PROGRESS):
        report_fail_if_stuck(report)
    return deleted

import datetime
import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.mail import portal_email
from crimex_portal.reports.models import Report
from directory.models import Contact, Country
from fiches.models import Measure
from mla.document import data_to_json, request_data
from mla.models import Comment, MlaRequest, Offence, RequestedMeasure, Share, SharedVersion
from mla.reports import REPORT_KIND
from mla.selectors import PORTAL_LANGUAGES, missing_essentials

RETENTION_WARNING_DAYS = 14


def _drafter_language(user) -> str:
    language = getattr(user, "preferred_language", "") or translation.get_language() or "en"
    return language if language in PORTAL_LANGUAGES else "en"


def touch(mla_request: MlaRequest) -> None:
    """Every change counts as activity: the retention clock starts again."""
    mla_request.updated_at = timezone.now()
    mla_request.retention_warned_at = None


@transaction.atomic
def request_create(*, author, country: Country, measures: list[Measure], **fields) -> MlaRequest:
    organisation = getattr(author, "organisation", None)
    mla_request = MlaRequest(
        author=author,
        requested_country=country,
        requesting_country=getattr(author, "country", None),
        requesting_authority=str(organisation) if organisation else "",
        drafter_language=_drafter_language(author),
    )
    for name, value in fields.items():
        setattr(mla_request, name, value)
    mla_request.full_clean()
    mla_request.save()
    request_set_measures(mla_request=mla_request, measures=measures)
    return mla_request


@transaction.atomic
def request_set_measures(*, mla_request: MlaRequest, measures: list[Measure]) -> None:
    """Keeps what was written for measures still requested; drops the others."""
    wanted = {measure.pk for measure in measures}
    mla_request.items.exclude(measure_id__in=wanted).delete()
    present = set(mla_request.items.values_list("measure_id", flat=True))
    RequestedMeasure.objects.bulk_create(
        RequestedMeasure(request=mla_request, measure_id=pk) for pk in wanted - present
    )


@transaction.atomic
def request_update(*, mla_request: MlaRequest, **fields) -> MlaRequest:
    if mla_request.is_final:
        mla_request.status = MlaRequest.Status.DRAFT  # a change reopens a finalised request
    for name, value in fields.items():
        setattr(mla_request, name, value)
    touch(mla_request)
    mla_request.full_clean()
    mla_request.save()
    return mla_request


@transaction.atomic
def request_switch_measure(*, mla_request: MlaRequest, old: Measure, new: Measure) -> None:
    """From a measure the country cannot execute to its alternative or a related one."""
    item = mla_request.items.filter(measure=old).first()
    if item is None or mla_request.items.filter(measure=new).exists():
        return
    item.measure = new
    item.details = "{}"
    item.save(update_fields=["measure", "details"])
    request_update(mla_request=mla_request)


@transaction.atomic
def measure_details_update(*, item: RequestedMeasure, link_to_facts: str, details: dict) -> None:
    item.link_to_facts = link_to_facts
    item.details = json.dumps(details, ensure_ascii=False)
    item.full_clean()
    item.save()


@transaction.atomic
def offences_replace(*, mla_request: MlaRequest, offences: list[dict]) -> None:
    mla_request.offences.all().delete()
    for offence in offences:
        Offence(request=mla_request, **offence).save()


@transaction.atomic
def request_finalise(*, mla_request: MlaRequest) -> list:
    """Finalises the request, or returns what is missing (and changes nothing)."""
    missing = missing_essentials(mla_request)
    if missing:
        return missing
    mla_request.status = MlaRequest.Status.FINAL
    mla_request.updated_at = timezone.now()
    mla_request.save(update_fields=["status", "updated_at"])
    return []


@transaction.atomic
def request_duplicate(*, mla_request: MlaRequest, country: Country) -> MlaRequest:
    """The same facts and offences, addressed to another country; the legal basis and the
    language, which depend on the country, are left to choose again."""
    copy = request_create(
        author=mla_request.author,
        country=country,
        measures=[item.measure for item in mla_request.items.all()],
        requesting_authority=mla_request.requesting_authority,
        reference=mla_request.reference,
        urgent=mla_request.urgent,
        urgency_reason=mla_request.urgency_reason,
        confidential=mla_request.confidential,
        facts=mla_request.facts,
        persons_and_places=mla_request.persons_and_places,
        procedures=mla_request.procedures,
        deadline=mla_request.deadline,
        deadline_reason=mla_request.deadline_reason,
        contact_person=mla_request.contact_person,
        attachments=mla_request.attachments,
        undertakes_speciality=mla_request.undertakes_speciality,
        undertakes_confidentiality=mla_request.undertakes_confidentiality,
        undertakes_costs=mla_request.undertakes_costs,
        drafter_language=mla_request.drafter_language,
    )
    for offence in mla_request.offences.all():
        Offence(
            request=copy,
            qualification=offence.qualification,
            provisions=offence.provisions,
            penalties=offence.penalties,
        ).save()
    originals = {item.measure_id: item for item in mla_request.items.all()}
    for item in copy.items.all():
        original = originals[item.measure_id]
        item.link_to_facts = original.link_to_facts
        item.details = original.details
        item.save()
    return copy


@transaction.atomic
def request_delete(*, mla_request: MlaRequest) -> None:
    """The draft, its shared versions and comments, and the PDFs made of it."""
    for report in Report.objects.filter(
        kind=REPORT_KIND, target_key__regex=rf"^{mla_request.pk}(-|$)"
    ):
        if report.file:
            report.file.delete(save=False)
        report.delete()
    mla_request.delete()


@transaction.atomic
def request_share(
    *, mla_request: MlaRequest, contacts: list[Contact], request: HttpRequest | None = None
) -> SharedVersion:
    """Freezes the request as a new version and shares it with these contact points."""
    number = (mla_request.versions.aggregate(last=Max("number"))["last"] or 0) + 1
    version = SharedVersion(
        request=mla_request, number=number, snapshot=data_to_json(request_data(mla_request))
    )
    version.full_clean()
    version.save()
    for contact in contacts:
        if contact.country_id != mla_request.requested_country_id or contact.user_id is None:
            raise ValidationError(
                _("Only contact points of the requested country with an account.")
            )
        share = Share(version=version, contact=contact, user_id=contact.user_id)
        share.full_clean()
        share.save()
    recipients = [contact.user for contact in contacts]
    transaction.on_commit(lambda: _tell_contact_points(version, recipients))
    record_event(
        action=AuditEvent.Action.MLA_SHARED,
        request=request,
        actor=mla_request.author,
        target=version,
        request_id=mla_request.pk,
        version=number,
        contacts=[contact.pk for contact in contacts],
    )
    return version


def _tell_contact_points(version: SharedVersion, recipients: list) -> None:
    """An e-mail naming the request by its number only, never by its content."""
    for user in recipients:
        language = _drafter_language(user)
        with translation.override(language):
            url = reverse("mla:shared", kwargs={"version_pk": version.pk})
            subject = _("A draft MLA request is shared with you for consultation")
            body = _(
                "A member drafting a mutual legal assistance request to your country asks "
                "for your comments before sending it. Read it in the portal: %(url)s"
            ) % {"url": f"{settings.CRIMEX_SITE_URL.rstrip('/')}{url}"}
        portal_email(subject=subject, body=body, to=[user.email], language=language).send()


@transaction.atomic
def share_revoke(*, share: Share, request: HttpRequest | None = None) -> None:
    if share.revoked_at:
        return
    share.revoked_at = timezone.now()
    share.save(update_fields=["revoked_at"])
    record_event(
        action=AuditEvent.Action.MLA_SHARE_REVOKED,
        request=request,
        target=share.version,
        request_id=share.version.request_id,
        contact=share.contact_id,
    )


def version_read(*, version: SharedVersion, request: HttpRequest) -> None:
    record_event(
        action=AuditEvent.Action.MLA_SHARED_READ,
        request=request,
        target=version,
        request_id=version.request_id,
    )


@transaction.atomic
def comment_add(*, version: SharedVersion, author, body: str, request: HttpRequest) -> Comment:
    comment = Comment(version=version, author=author, body=body)
    comment.full_clean()
    comment.save()
    record_event(
        action=AuditEvent.Action.MLA_COMMENTED,
        request=request,
        target=version,
        request_id=version.request_id,
        comment=comment.pk,
    )
    return comment


def snapshot_data(version: SharedVersion) -> dict:
    return json.loads(version.snapshot)


def retention_limit(now: datetime.datetime | None = None) -> datetime.datetime:
    now = now or timezone.now()
    return now - datetime.timedelta(days=settings.CRIMEX_MLA_RETENTION_DAYS)


def apply_retention(*, now: datetime.datetime | None = None) -> tuple[int, int]:
    """Warns the authors of drafts that will be deleted in 14 days (once), and deletes the
    drafts untouched for CRIMEX_MLA_RETENTION_DAYS. Returns (warned, deleted). The e-mail
    names the request by its number only, never by its content."""
    now = now or timezone.now()
    limit = retention_limit(now)
    deleted = 0
    for mla_request in MlaRequest.objects.filter(updated_at__lt=limit):
        request_delete(mla_request=mla_request)
        deleted += 1
    warn_before = limit + datetime.timedelta(days=RETENTION_WARNING_DAYS)
    warned = 0
    to_warn = MlaRequest.objects.filter(
        updated_at__lt=warn_before, retention_warned_at__isnull=True
    ).select_related("author")
    for mla_request in to_warn:
        claimed = MlaRequest.objects.filter(
            pk=mla_request.pk, retention_warned_at__isnull=True
        ).update(retention_warned_at=now)
        if not claimed:
            continue
        _send_retention_warning(mla_request)
        warned += 1
    return warned, deleted


def _send_retention_warning(mla_request: MlaRequest) -> None:
    author = mla_request.author
    language = _drafter_language(author)
    with translation.override(language):
        deletion = mla_request.updated_at + datetime.timedelta(
            days=settings.CRIMEX_MLA_RETENTION_DAYS
        )
        url = reverse("mla:step", kwargs={"pk": mla_request.pk, "step": 7})
        subject = _("Your draft MLA request #%(number)s will be deleted") % {
            "number": mla_request.pk
        }
        body = _(
            "Your draft request #%(number)s has not been changed for a long time. It will "
            "be deleted on %(date)s. Open it to keep it, or export it first: %(url)s"
        ) % {
            "number": mla_request.pk,
            "date": deletion.date().isoformat(),
            "url": f"{settings.CRIMEX_SITE_URL.rstrip('/')}{url}",
        }
    portal_email(subject=subject, body=body, to=[author.email], language=language).send()

"""The PDF of a request, through the portal's report machinery (a Celery task renders it). Its
key is the request's number, and for the parallel version the second language: "12-ar"."""

import re

from django.utils.translation import get_language, gettext, override

from crimex_portal.reports.registry import ReportBuilder, register
from mla.document import NOT_A_TRANSMISSION, document_blocks, parallel_rows, request_data
from mla.models import MlaRequest

KEY = re.compile(r"(?P<pk>\d{1,12})(-(?P<second>en|fr|ar))?")
REPORT_KIND = "mla_request"


class RequestDocument:
    """A request and which version of its document: alone, or beside a second language."""

    def __init__(self, mla_request: MlaRequest, second: str = ""):
        self.request = mla_request
        self.second = second
        self.pk = mla_request.pk


def request_target(key: str) -> RequestDocument:
    match = KEY.fullmatch(key)
    if not match:
        raise LookupError(f"Not a request key: {key!r}.")
    try:
        mla_request = MlaRequest.objects.select_related("requested_country").get(pk=match["pk"])
    except MlaRequest.DoesNotExist as missing:
        raise LookupError("No such request.") from missing
    return RequestDocument(mla_request, match["second"] or "")


def request_key(document: RequestDocument) -> str:
    return f"{document.pk}-{document.second}" if document.second else str(document.pk)


def request_title(document: RequestDocument) -> str:
    return gettext("Request for mutual legal assistance in criminal matters")


def request_context(document: RequestDocument) -> dict:
    data = request_data(document.request)
    language = get_language()
    if document.second:
        return {
            "rows": parallel_rows(data, language, document.second),
            "parallel": True,
            "second_language": document.second,
            "second_direction": "rtl" if document.second == "ar" else "ltr",
            "second_marking": _marking(document.second),
        }
    return {"blocks": document_blocks(data, language), "parallel": False}


def _marking(language: str) -> str:
    with override(language):
        return gettext(NOT_A_TRANSMISSION)


def may_request(user, document: RequestDocument) -> bool:
    return document.request.author_id == user.pk


register(
    ReportBuilder(
        kind=REPORT_KIND,
        template_name="reports/mla_request.html",
        target=request_target,
        title=request_title,
        context=request_context,
        restricted=False,
        key_of=request_key,
        may_request=may_request,
        private=True,
    )
)

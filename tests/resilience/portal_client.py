"""A visitor of the portal served by a real server, as a browser reaches it in production: over
HTTPS through the TLS proxy (played here by the X-Forwarded-Proto header), with the server's
secure cookies, CSRF tokens and the two-step login."""

import http.client
import json
import time
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

from django.urls import reverse
from django.utils import translation

from tests.factories import totp_code


@dataclass(frozen=True)
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    seconds: float  # from sending the request to the last byte of the answer

    @property
    def text(self) -> str:
        return self.body.decode()

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")


class PortalVisitor:
    def __init__(self, base_url: str, timeout: float = 60) -> None:
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.timeout = timeout
        # The server marks its cookies Secure: kept by hand, since http.cookiejar would not send
        # them over the plain HTTP between the "proxy" and the server.
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None) -> Response:
        headers = {
            "Host": f"{self.host}:{self.port}",
            "X-Forwarded-Proto": "https",
            "Accept-Language": "en",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if form is not None:
            # Django checks, on HTTPS, that a form comes from a page of the same site.
            headers["Referer"] = f"https://{self.host}:{self.port}{path}"
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urlencode({"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **form})
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        started = time.perf_counter()
        try:
            connection.request(method, path, body=body, headers=headers)
            answer = connection.getresponse()
            content = answer.read()
        finally:
            connection.close()
        seconds = time.perf_counter() - started
        for header in answer.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return Response(answer.status, answer.headers, content, seconds)

    def new_tab(self) -> "PortalVisitor":
        """Another tab of the same browser: the same session, its own requests."""
        tab = PortalVisitor(f"http://{self.host}:{self.port}", self.timeout)
        tab.cookies = dict(self.cookies)
        return tab

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def post(self, path: str, form: dict) -> Response:
        return self.request("POST", path, form)

    def log_in(self, email: str, password: str, totp_secret: str) -> None:
        """The login form, then the authenticator code, as a member types them."""
        with translation.override("en"):
            login, second_step = reverse("account_login"), reverse("mfa_authenticate")
            # Members land on My CrimEx; other accounts on the home page.
            landings = (reverse("mycrimex:home"), reverse("pages:home"))
        assert self.get(login).status == 200
        answer = self.post(login, {"login": email, "password": password})
        assert (answer.status, answer.location) == (302, second_step), answer.text[:2000]
        assert self.get(second_step).status == 200
        answer = self.post(second_step, {"code": totp_code(totp_secret)})
        assert answer.status == 302, answer.text[:2000]
        assert answer.location in landings, answer.location


def report_status(visitor: PortalVisitor, report_pk: int) -> dict:
    """What the report's page polls: {"status", "label", "download_url", "error"}."""
    with translation.override("en"):
        detail = reverse("reports:detail", args=[report_pk])
    answer = visitor.get(f"{detail}?format=json")
    assert answer.status == 200, answer.status
    return json.loads(answer.body)

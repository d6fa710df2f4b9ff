"""What every e-mail of the portal must be (issue 21), checked on a message from mail.outbox:
two parts, in the recipient's language and direction, signed "CrimEx portal" with
CRIMEX_SITE_URL, never "Hello from" or a host name, user content escaped in the HTML part."""

import html as html_entities
import re

from django.utils import translation
from django.utils.html import escape, strip_tags

SITE = "https://crimex.example.org"
# Attacks planted in names, titles and free text: they must arrive as text, never as markup.
SCRIPT = "<script>alert('x')</script>"
IMAGE = '<img src=x onerror="alert(1)">'
ISOLATES = re.compile("[\u2066-\u2069]")  # LRI ... PDI around Latin runs in Arabic text


def parts(message) -> dict[str, str]:
    """The MIME parts as a client reads them: content type -> decoded text."""
    found = {}
    for part in message.message().walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            found.setdefault(part.get_content_type(), []).append(
                part.get_payload(decode=True).decode(part.get_content_charset())
            )
    return {kind: texts[0] for kind, texts in found.items() if len(texts) == 1}


def assert_portal_email(message, *, language: str, says: str = "", escaped=()) -> str:
    """Checks the message; returns its HTML part. `says`: an English interface string the
    e-mail contains, expected in the recipient's language; `escaped`: user content in it."""
    by_type = parts(message)
    assert set(by_type) == {"text/plain", "text/html"}, by_type.keys()
    text, html = by_type["text/plain"], by_type["text/html"]
    assert text == message.body
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html dir="{direction}" lang="{language}">' in html
    with translation.override(language):
        signed = translation.gettext("CrimEx portal")
        said = translation.gettext(says) if says else ""
    if language != "en":
        assert signed != "CrimEx portal"  # the catalogue translates it
    for part in (text, html):  # the HTML's links included
        assert SITE in part
        assert "Hello from" not in part
        for host in ("testserver", "127.0.0.1", "localhost"):
            assert host not in part
    html_words = html_entities.unescape(strip_tags(html.replace("<br>", "\n")))
    for words in (text, html_words):
        readable = ISOLATES.sub("", words)
        assert signed in readable
        assert said in readable
    for content in escaped:
        assert content not in html
        assert escape(content) in ISOLATES.sub("", html)
    assert "<script" not in html
    assert "<img" not in html
    if language == "ar":
        assert f'<bdi dir="ltr"><a href="{SITE}">{SITE}</a></bdi>' in html  # the signature's
    return html

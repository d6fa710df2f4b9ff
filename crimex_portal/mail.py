"""Every e-mail the portal sends, in one shape: a text part signed "CrimEx portal" with
CRIMEX_SITE_URL, and an HTML part made from it, in the recipient's language (right to left in
Arabic). Senders (invitations, registrations, the outbox, MLA, allauth's adapter) write their
text in that language; `portal_email` adds the signature and the HTML part.

    portal_email(subject=subject, body=body, to=[user.email], language=language_of(user))
"""

import re
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import conditional_escape, urlize
from django.utils.safestring import SafeString, mark_safe

from crimex_portal.pages.templatetags.languages import latin_runs

# Addresses in the text part become links (not the isolation marks latin_runs put around them).
ADDRESS = re.compile(r"https?://[^\s\u2066-\u2069]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A link in the HTML part reads left to right inside Arabic text.
LINK = re.compile(r"(<a [^>]*>.*?</a>)")
ISOLATED_LINK = r'<bdi dir="ltr">\1</bdi>'
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def language_of(user) -> str:
    """The user's preferred language if the portal speaks it, else the portal's default."""
    known = {code for code, _name in settings.LANGUAGES}
    preferred = getattr(user, "preferred_language", "") or ""
    return preferred if preferred in known else settings.LANGUAGE_CODE


def site_url() -> str:
    return settings.CRIMEX_SITE_URL.rstrip("/")


def signature() -> str:
    """The sign-off of every e-mail, in the active language."""
    return render_to_string("email/signature.txt", {"site_url": site_url()}).strip()


def _words_html(text: str) -> str:
    """Escaped; in Arabic, each Latin run (a name, a title, "(.ics)") isolated left to right."""
    return conditional_escape(latin_runs(text))


def _line_html(line: str) -> str:
    html, last = [], 0
    for address in ADDRESS.finditer(line):
        html.append(_words_html(line[last : address.start()]))
        html.append(LINK.sub(ISOLATED_LINK, urlize(address.group(), autoescape=True)))
        last = address.end()
    html.append(_words_html(line[last:]))
    return "".join(html)


def text_to_html(text: str) -> SafeString:
    """Paragraphs of the text part as HTML, in the active language's direction: every
    character of the text escaped (names, titles and free text come from users), addresses
    made links."""
    paragraphs = (p for p in PARAGRAPH_BREAK.split(text.strip()) if p.strip())
    return mark_safe(  # noqa: S308 - every piece escaped by _words_html or urlize
        "".join(
            "<p>" + "<br>".join(_line_html(line) for line in paragraph.splitlines()) + "</p>"
            for paragraph in paragraphs
        )
    )


def portal_email(
    *,
    subject: str,
    body: str,
    to: list[str],
    language: str,
    attachments: Iterable[tuple[str, bytes | str, str]] = (),
    from_email: str | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMultiAlternatives:
    """The e-mail to send: `body` (already in `language`, unsigned) + the signature as the text
    part, the same words as the HTML part. `attachments` are (filename, content, mimetype)."""
    subject = " ".join(subject.split())
    with translation.override(language):
        sign_off = signature()
        html = render_to_string(
            "email/html_part.html",
            {
                "subject": subject,
                "body_html": text_to_html(body),
                "signature_html": text_to_html(sign_off),
            },
        )
    message = EmailMultiAlternatives(
        subject,
        f"{body.strip()}\n\n{sign_off}\n",
        from_email or settings.DEFAULT_FROM_EMAIL,
        to,
        headers=headers,
    )
    message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    return message

"""The sentences of a backlink check's result, and finding them again in what the store keeps.

Apart from ``nspdesk.web.backlink`` so that showing a stored result (the partner view's detail)
does not import the checker itself (http.client, the fetcher, the link parser).
"""

from __future__ import annotations

from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.web.errors import Failure

FAILURE_MESSAGES = {
    Failure.DNS: QT_TRANSLATE_NOOP("Backlink", "Adresse nicht gefunden (DNS)"),
    Failure.TIMEOUT: QT_TRANSLATE_NOOP("Backlink", "keine Antwort in der vorgegebenen Zeit"),
    Failure.TLS: QT_TRANSLATE_NOOP(
        "Backlink", "sichere Verbindung (TLS) fehlgeschlagen, z. B. ungültiges Zertifikat"
    ),
    Failure.HTTP_STATUS: QT_TRANSLATE_NOOP("Backlink", "der Server meldet einen Fehler"),
    Failure.CONNECTION: QT_TRANSLATE_NOOP("Backlink", "Verbindung fehlgeschlagen oder abgebrochen"),
    Failure.TOO_MANY_REDIRECTS: QT_TRANSLATE_NOOP("Backlink", "zu viele Weiterleitungen"),
    Failure.REDIRECT_LOOP: QT_TRANSLATE_NOOP("Backlink", "Weiterleitungsschleife"),
    Failure.BAD_REDIRECT: QT_TRANSLATE_NOOP(
        "Backlink", "Weiterleitung auf eine Adresse, die nicht geprüft wird"
    ),
    Failure.TOO_LARGE: QT_TRANSLATE_NOOP("Backlink", "Seite zu groß"),
    Failure.NOT_HTML: QT_TRANSLATE_NOOP("Backlink", "keine HTML-Seite"),
}
_FOLLOW = QT_TRANSLATE_NOOP("Backlink", "Follow-Link auf www.nospamproxy.de gefunden")
_FOLLOW_AT = QT_TRANSLATE_NOOP("Backlink", "Follow-Link auf www.nospamproxy.de gefunden: {href}")
_NOFOLLOW = QT_TRANSLATE_NOOP(
    "Backlink", "Link auf www.nospamproxy.de gefunden, aber nicht gefolgt ({why})"
)
_ROBOTS = QT_TRANSLATE_NOOP("Backlink", "robots-Angabe der Seite: nofollow")
_MISSING = QT_TRANSLATE_NOOP("Backlink", "kein Link auf www.nospamproxy.de gefunden")
_UNREACHABLE = QT_TRANSLATE_NOOP("Backlink", "nicht erreichbar: {reason}")
_UNREACHABLE_DETAIL = QT_TRANSLATE_NOOP("Backlink", "nicht erreichbar: {reason} ({detail})")


def stored_message(message: str) -> str:
    """A ``BacklinkResult.message`` as the store keeps it (German text) as that sentence again.

    The store keeps the German wording of a check's result; each of its forms is one of the
    templates above with data (an address, ``rel`` values, a technical detail) at fixed places,
    so the sentence is found again and can be shown in the UI's language. Any other text (from an
    older version, or typed into the demo data) comes back as it is.
    """
    for fixed in (_FOLLOW, _MISSING):
        if message == fixed:
            return fixed
    for template, name in ((_FOLLOW_AT, "href"), (_NOFOLLOW, "why")):
        head, _, tail = template.partition("{" + name + "}")
        if message.startswith(head) and message.endswith(tail) and len(message) > len(head + tail):
            value = message[len(head) : len(message) - len(tail)]
            return template.format(**{name: _ROBOTS if value == _ROBOTS else value})
    head = _UNREACHABLE.partition("{reason}")[0]
    if message.startswith(head):
        rest = message[len(head) :]
        for reason in FAILURE_MESSAGES.values():
            if rest == reason:
                return _UNREACHABLE.format(reason=reason)
            if rest.startswith(reason + " (") and rest.endswith(")"):
                detail = rest[len(reason) + 2 : -1]
                return _UNREACHABLE_DETAIL.format(reason=reason, detail=detail)
    return message

"""Why a web page could not be read, and the cancellation of a check."""

from __future__ import annotations

from enum import StrEnum


class Failure(StrEnum):
    """Why a page could not be read; every one leads to the verdict "unreachable"."""

    DNS = "dns"
    TIMEOUT = "timeout"
    TLS = "tls"
    HTTP_STATUS = "http-status"
    CONNECTION = "connection"
    TOO_MANY_REDIRECTS = "too-many-redirects"
    REDIRECT_LOOP = "redirect-loop"
    BAD_REDIRECT = "bad-redirect"
    TOO_LARGE = "too-large"
    NOT_HTML = "not-html"


class FetchError(Exception):
    """A page that could not be read, with the last address and HTTP status reached."""

    def __init__(
        self,
        failure: Failure,
        detail: str,
        *,
        final_url: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(f"{failure}: {detail}")
        self.failure = failure
        self.detail = detail
        self.final_url = final_url
        self.status = status


class FetchCancelledError(Exception):
    """The fetch was cancelled through its ``cancel`` event; there is no verdict."""

"""URL hygiene: one spelling per article, so two links to it store it once."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan

from newsdesk.errors import InputError

_SCHEMES = ("http", "https")


def canonicalize(url: str) -> str:
    """Normalise ``url``: lowercase host, default port and fragment dropped, query
    sorted, tracking parameters (utm_*, fbclid, gclid, ...) removed (courlan's list).

    Raises InputError when ``url`` is not an absolute http(s) URL.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is not a number in 0-65535
        host = parts.hostname
    except ValueError as exc:  # a broken [IPv6] host, a port out of range
        raise InputError(f"not a valid URL: {url!r} ({exc})") from None
    if parts.scheme.lower() not in _SCHEMES or not host:
        raise InputError(f"not an http(s) URL: {url!r}")
    try:
        normalised = courlan.normalize_url(courlan.scrub_url(url))
    except ValueError as exc:  # courlan raises it on unparsable ports and the like
        raise InputError(f"not a valid URL: {url!r} ({exc})") from exc
    # A fragment never names a different article; courlan keeps some.
    scheme, netloc, path, query, _ = urlsplit(normalised)
    return urlunsplit((scheme, netloc, path or "/", query, ""))


def is_web_url(url: str) -> bool:
    """Whether ``url`` is an absolute http(s) address (what may be stored and linked)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in _SCHEMES and bool(parts.netloc)


def try_canonicalize(url: str | None) -> str | None:
    """``canonicalize`` for optional, untrusted input: None when unusable."""
    if not url:
        return None
    try:
        return canonicalize(url)
    except InputError:
        return None


def absolute(base: str, link: str) -> str | None:
    """``link`` resolved against ``base`` and canonicalised, or None if it is not http(s)."""
    try:
        joined = urljoin(base, link.strip())
    except ValueError:  # a link with a broken [IPv6] host
        return None
    return try_canonicalize(joined)


def host_of(url: str) -> str:
    """The ``host[:port]`` a URL points at (the unit of politeness and robots.txt)."""
    return urlsplit(url).netloc.lower()


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of ``url``."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"

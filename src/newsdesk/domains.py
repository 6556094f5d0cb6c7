"""The country a site's address names: shared by the stages that weigh where a page is from
(the extractor's publisher day, the geocoder's home country)."""

from __future__ import annotations

from urllib.parse import urlsplit


def country_domain(url: str | None) -> str | None:
    """The upper-cased two-letter top-level domain of ``url`` ('.pk' -> 'PK', '.uk' -> 'GB'),
    or None for other domains, no host or a malformed one. Not checked against a country
    list: each caller keeps the codes it knows."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").rstrip(".")
    except ValueError:  # a malformed host ('http://[::1')
        return None
    tld = host.rsplit(".", 1)[-1].upper() if "." in host else ""
    if tld == "UK":
        return "GB"
    return tld if len(tld) == 2 and tld.isalpha() else None

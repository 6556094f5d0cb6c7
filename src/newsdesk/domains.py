"""The country a site's address names: shared by the stages that weigh where a page is from
(the extractor's publisher day, the geocoder's home country)."""

from __future__ import annotations

from urllib.parse import urlsplit

# Country-code domains sold for their letters ('.io', '.tv', '.co', '.me'...) and mostly
# registered from abroad: a site there may be published from anywhere, so the domain says
# nothing about the site's country. Not the domains that national newsrooms use even where
# some are sold abroad too ('.am' Armenia, '.ly' Libya, '.so' Somalia, '.cd' DR Congo, '.ml'
# Mali): news on them is that country's more often than not.
VANITY_DOMAINS = frozenset({
    "AC", "AD", "AG", "AI", "AS", "BZ", "CC", "CO", "CX", "FM", "GG", "GL", "GS", "IO",
    "ME", "MS", "NU", "PW", "SH", "ST", "TK", "TO", "TV", "VC", "VG", "WS",
})  # fmt: skip


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


def site_country(url: str | None) -> str | None:
    """The two-letter code of ``url``'s country-code domain when it says where the site is
    from: None for generic domains and for those in ``VANITY_DOMAINS`` ('.tv', '.io')."""
    code = country_domain(url)
    return None if code is None or code in VANITY_DOMAINS else code

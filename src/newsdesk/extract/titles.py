"""Choosing the headline: stated titles checked against the visible page, site names removed."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence

# Separators sites put between headline and site name ("Headline | Site", "Site - Headline").
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|«|/|~)\s+|\s+[:|]\s+(?=[^:|]*$)")
_MAX_SITE_WORDS = 6
_HOST_WORDS = {"www", "news", "blog", "blogs", "online", "home"}


_NON_WORD = re.compile(r"[\W_]+")


def norm(text: str) -> str:
    """Comparison key: case, punctuation and spacing ignored."""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip()


def _site_keys(site_names: Iterable[str]) -> set[str]:
    keys: set[str] = set()
    for name in site_names:
        key = norm(name)
        if not key:
            continue
        if "." in name and " " not in name.strip():  # a host: 'news.ledger.co.uk' -> 'ledger'
            keys |= {p for p in name.lower().split(".") if len(p) > 3 and p not in _HOST_WORDS}
        keys.add(key)
        keys.add(key.replace(" ", ""))
        # "example.com" -> "example"
        stem = re.sub(r"^(www|m|amp)\s+|\s+(com|org|net|co|uk|io|info|news)$", "", key)
        keys.add(stem)
        keys.add(stem.replace(" ", ""))
    keys.discard("")
    return keys


def _is_site(segment: str, keys: set[str]) -> bool:
    key = norm(segment)
    if not key:
        return True
    if key in keys or key.replace(" ", "") in keys:
        return True
    return any(
        len(k) > 3 and (key.startswith(k + " ") or key.endswith(" " + k)) for k in keys
    ) and (len(key.split()) <= _MAX_SITE_WORDS)


def strip_site_name(title: str, site_names: Iterable[str]) -> str:
    """Remove a leading or trailing site name: 'Talks resume | The Daily' -> 'Talks resume'."""
    title = " ".join(title.split())
    keys = _site_keys(site_names)
    parts = _SEPARATORS.split(title)
    if len(parts) < 2 or not keys:
        return title
    while len(parts) > 1 and _is_site(parts[-1], keys):
        parts.pop()
    while len(parts) > 1 and _is_site(parts[0], keys):
        parts.pop(0)
    if len(parts) == len(_SEPARATORS.split(title)):
        return title
    # re-cut the original string so the separators inside the headline survive
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else title


def _drop_unnamed_suffix(title: str, others: Sequence[str]) -> str:
    """'Headline | Brand' where no other candidate carries the '| Brand' part: drop it."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    head = title[: title.rfind(parts[-1])].rstrip(" |-–—:·•»/~")
    tail_words = len(parts[-1].split())
    if tail_words <= 4 and len(head.split()) >= 3:
        head_key = norm(head)
        if any(norm(o) == head_key for o in others):
            return head
    return title


def _tokens(text: str) -> set[str]:
    return set(norm(text).split())


def _overlap(heading: str, stated: str) -> float:
    """Share of the heading's words found in a stated title."""
    words = _tokens(heading)
    return len(words & _tokens(stated)) / len(words) if words else 0.0


def choose_title(
    stated: Sequence[str | None],
    headings: Sequence[str],
    site_names: Iterable[str],
) -> tuple[str, str]:
    """The headline and where it came from.

    ``stated`` are titles the page declares, best first (JSON-LD headline, og:title,
    twitter:title, <title>); ``headings`` are visible <h1> texts in page order. The
    visible heading wins when it agrees with a stated title or is the page's only real
    heading (it is what readers see, and stated titles are often SEO variants);
    otherwise the best stated title, with the site name stripped.
    """
    sites = [s for s in site_names if s]
    site_keys = _site_keys(sites)
    cleaned = [strip_site_name(html.unescape(t), sites) for t in stated if t and t.strip()]
    cleaned = [_drop_unnamed_suffix(t, [*cleaned, *headings]) for t in cleaned]
    real = [
        h
        for h in headings
        if norm(h) and not _is_site(h, site_keys) and (len(h.split()) >= 2 or not cleaned)
    ]
    keys = [norm(t) for t in cleaned]
    for heading in real:
        key = norm(heading)
        for stated_key in keys:
            if key == stated_key or (
                len(key) >= 15 and (stated_key.startswith(key) or key.startswith(stated_key))
            ):
                return heading, "h1"
    if real and cleaned:
        best = max(real, key=lambda h: max(_overlap(h, t) for t in cleaned))
        if max(_overlap(best, t) for t in cleaned) >= 0.5:
            return best, "h1"
    if len(real) == 1:
        return real[0], "h1"
    if cleaned:
        return cleaned[0], "meta"
    if real:
        return real[0], "h1"
    return "", "none"

"""A polite, defensive HTTP fetcher.

Politeness: an honest User-Agent, robots.txt (protego), a per-host minimum
interval (raised to the site's Crawl-delay), retries with exponential backoff on
429/5xx honouring Retry-After, conditional GET so an unchanged feed costs a 304.

Defence: connect/read timeouts plus a deadline per fetch, a body size limit
enforced while streaming (after decompression, so a gzip bomb is cut off too), a
redirect limit with loop detection, and no connections to private, loopback or
link-local addresses. That last check runs inside the connection itself, on the
addresses DNS returned, so it covers every redirect and cannot be dodged by a
name that resolves differently the second time.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import charset_normalizer
import httpcore
import httpx
from protego import Protego

from newsdesk.errors import FetchError

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "newsdesk/0.1 (news research crawler; +https://github.com/newsdesk/newsdesk)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 512 * 1024


class AddressRefused(FetchError):
    """The URL's host resolves to a private, loopback or link-local address."""


class RobotsDisallowed(FetchError):
    """robots.txt forbids the URL to our User-Agent."""


class ResponseTooLarge(FetchError):
    """The body exceeds the configured size limit."""


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class FetchConfig:
    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0
    """Seconds one fetch may take in all (redirects and retries included)."""
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 1.0
    """First retry waits this long, then twice as long each time."""
    max_retry_after: float = 120.0
    """A Retry-After longer than this is not waited for: the fetch fails."""
    host_interval: float = 1.0
    """Minimum seconds between two requests to the same host."""
    max_crawl_delay: float = 30.0
    respect_robots: bool = True
    robots_ttl: float = 3600.0
    allow_private: bool = False
    verify_tls: bool = True


@dataclass
class FetchResult:
    url: str
    """The URL finally answered (after redirects)."""
    requested_url: str
    status: int
    content: bytes
    fetched_at: datetime
    media_type: str = ""
    charset: str | None = None
    """The body's charset: the declared one if it decodes the body, else detected."""
    charset_note: str | None = None
    """Set when the declared charset was wrong (what was declared, what was used)."""
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


# --- refusing private addresses -----------------------------------------------------------


def is_public_address(address: str) -> bool:
    """True when ``address`` (an IP literal) is globally routable unicast."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve_checked(host: str, port: int, allow_private: bool) -> str:
    """Resolve ``host`` and return the address to connect to, refusing non-public ones."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpcore.ConnectError(f"cannot resolve host {host!r}: {exc}") from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise httpcore.ConnectError(f"host {host!r} has no address")
    if not allow_private:
        # One private answer is enough to refuse: mixed answers are how rebinding starts.
        for address in addresses:
            if not is_public_address(address):
                raise AddressRefused(
                    f"refused {host}: it resolves to the non-public address {address} "
                    "(use --allow-private or NEWSDESK_ALLOW_PRIVATE=1 to allow it)"
                )
    return addresses[0]


class _GuardedBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, connecting only to checked addresses."""

    def __init__(self, allow_private: bool) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        address = resolve_checked(host, port, self._allow_private)
        return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise AddressRefused(f"refused unix socket {path}")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with the guarded backend and no proxies from the environment."""

    def __init__(self, allow_private: bool, verify: bool) -> None:
        super().__init__(verify=verify, trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            max_connections=20,
            max_keepalive_connections=10,
            keepalive_expiry=5.0,
            network_backend=_GuardedBackend(allow_private),
        )


# --- helpers --------------------------------------------------------------------------------


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """('text/html', 'utf-8') from a Content-Type header value."""
    if not value:
        return "", None
    media_type, _, rest = value.partition(";")
    charset = None
    for param in rest.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'").lower() or None
    return media_type.strip().lower(), charset


def check_charset(content: bytes, declared: str | None) -> tuple[str | None, str | None]:
    """The charset to read ``content`` with, and a note when the declared one is wrong.

    Without a declaration we say nothing (the page's own meta charset decides).
    """
    if not declared or not content:
        return declared, None
    try:
        content.decode(declared)
        return declared, None
    except LookupError:
        reason = f"unknown charset {declared!r} declared"
    except UnicodeDecodeError:
        reason = f"declared charset {declared!r} does not decode the body"
    detected = _detect_charset(content[:200_000])
    return detected, f"{reason}; detected {detected or 'nothing usable'}"


def _detect_charset(content: bytes) -> str | None:
    """charset-normalizer's guess; among equally good guesses windows-1252, the web's
    legacy default (WHATWG), which is what a mislabelled Western page almost always is."""
    matches = list(charset_normalizer.from_bytes(content))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        same = (match.chaos, match.coherence) == (best.chaos, best.coherence)
        if same and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return str(best.encoding)


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def describe_transport_error(url: str, exc: Exception) -> str:
    """A one-line reason for a network failure."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        kind = type(exc).__name__.replace("Timeout", " timeout").lower().strip()
        return f"{url}: no answer in time ({kind})"
    if "SSL" in text or "CERTIFICATE" in text.upper() or "TLS" in text:
        return f"{url}: TLS error: {text}"
    return f"{url}: {type(exc).__name__}: {text}"


def _decoded_chunks(
    raw: Iterator[bytes], encoding: str, url: str, max_bytes: int
) -> Iterator[bytes]:
    """Decompress gzip/deflate bodies in bounded steps (a bomb never inflates in memory)."""
    if encoding in ("", "identity"):
        yield from raw
        return
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"{url}: unsupported Content-Encoding {encoding!r}")
    # wbits 47 reads gzip or zlib headers; raw deflate (-15) is tried if that fails.
    decoder = zlib.decompressobj(47)
    started = False
    for chunk in raw:
        data = chunk
        while data:
            try:
                out = decoder.decompress(data, max_bytes + 1)
            except zlib.error:
                if encoding == "deflate" and not started:
                    decoder, started = zlib.decompressobj(-15), True
                    continue
                raise FetchError(f"{url}: corrupt {encoding} body") from None
            started = True
            yield out
            data = decoder.unconsumed_tail
    yield decoder.flush()


# --- the fetcher ----------------------------------------------------------------------------


class Fetcher:
    """Fetch URLs politely; one instance per process (it keeps robots and host timing)."""

    def __init__(
        self,
        config: FetchConfig | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config or FetchConfig()
        self._clock = clock
        self._sleep = sleep
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, tuple[Protego | None, str | None, float]] = {}
        self._crawl_delay: dict[str, float] = {}
        c = self.config
        self._client = httpx.Client(
            transport=_GuardedTransport(c.allow_private, c.verify_tls),
            timeout=httpx.Timeout(c.read_timeout, connect=c.connect_timeout),
            follow_redirects=False,
            headers={"User-Agent": c.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # public API

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """GET ``url``; a 304 comes back as a result with ``not_modified``.

        Raises FetchError (or a subclass) with a one-line reason for everything else
        that is not a 2xx: refusal, robots, limits, network errors, error statuses.
        """
        return self._fetch(url, etag, last_modified, accept, max_bytes, check_robots=True)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets us fetch ``url`` (fetching robots.txt if needed)."""
        try:
            self._check_robots(url, self._clock() + self.config.deadline)
        except RobotsDisallowed:
            return False
        return True

    def declared_sitemaps(self, url: str) -> list[str]:
        """The ``Sitemap:`` lines of the robots.txt of ``url``'s site."""
        if not self.allowed(url):
            return []
        parts = urlsplit(url)
        cached = self._robots.get(f"{parts.scheme}://{parts.netloc.lower()}")
        rules = cached[0] if cached else None
        return list(rules.sitemaps) if rules is not None else []

    # internals

    def _fetch(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        accept: str | None,
        max_bytes: int | None,
        *,
        check_robots: bool,
    ) -> FetchResult:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"not an http(s) URL: {url!r}")
        limit = max_bytes if max_bytes is not None else self.config.max_bytes
        deadline = self._clock() + self.config.deadline
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        current, chain = url, [url]
        for _ in range(self.config.max_redirects + 1):
            if check_robots:
                self._check_robots(current, deadline)
            response = self._send_with_retries(current, headers, deadline)
            try:
                if response.status_code in REDIRECT_STATUSES:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"{current}: redirect without a Location header")
                    target = urljoin(current, location.strip())
                    if urlsplit(target).scheme not in ("http", "https"):
                        raise FetchError(f"{current}: redirect to a non-http URL {target!r}")
                    if target in chain:
                        raise FetchError(f"{url}: redirect loop ({' -> '.join([*chain, target])})")
                    chain.append(target)
                    current = target
                    continue
                return self._result(url, current, chain, response, limit, deadline)
            finally:
                response.close()
        raise FetchError(f"{url}: more than {self.config.max_redirects} redirects")

    def _result(
        self,
        url: str,
        final: str,
        chain: list[str],
        response: httpx.Response,
        limit: int,
        deadline: float,
    ) -> FetchResult:
        status = response.status_code
        if status != 304 and not 200 <= status < 300:
            raise HTTPStatusError(f"{final}: HTTP {status} {response.reason_phrase}", status)
        content = b"" if status == 304 else self._read_body(final, response, limit, deadline)
        media_type, declared = parse_content_type(response.headers.get("content-type"))
        charset, note = check_charset(content, declared)
        if note:
            log.warning("%s: %s", final, note)
        return FetchResult(
            url=final,
            requested_url=url,
            status=status,
            content=content,
            fetched_at=datetime.now(UTC),
            media_type=media_type,
            charset=charset,
            charset_note=note,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            headers={k.lower(): v for k, v in response.headers.items()},
            redirects=chain[1:],
        )

    def _read_body(self, url: str, response: httpx.Response, limit: int, deadline: float) -> bytes:
        declared = response.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > limit:
            raise ResponseTooLarge(
                f"{url}: Content-Length {int(declared)} bytes exceeds the limit of {limit} bytes"
            )
        encoding = response.headers.get("content-encoding", "").strip().lower()
        body = bytearray()
        try:
            for chunk in _decoded_chunks(response.iter_raw(), encoding, url, limit):
                body += chunk
                if len(body) > limit:
                    raise ResponseTooLarge(f"{url}: body exceeds the limit of {limit} bytes")
                if self._clock() > deadline:
                    raise FetchError(
                        f"{url}: body still arriving after {self.config.deadline:g}s, gave up"
                    )
        except httpx.HTTPError as exc:
            raise FetchError(describe_transport_error(url, exc)) from exc
        return bytes(body)

    def _send_with_retries(
        self, url: str, headers: dict[str, str], deadline: float
    ) -> httpx.Response:
        c = self.config
        for attempt in range(c.retries + 1):
            self._wait_for_host(url, deadline)
            try:
                request = self._client.build_request("GET", url, headers=headers)
                response = self._client.send(request, stream=True)
            except httpx.HTTPError as exc:
                raise FetchError(describe_transport_error(url, exc)) from exc
            status = response.status_code
            if status not in RETRY_STATUSES or attempt == c.retries:
                return response
            wait = retry_after_seconds(response.headers.get("retry-after"), datetime.now(UTC))
            wait = c.backoff * 2**attempt if wait is None else wait
            response.close()
            if wait > c.max_retry_after:
                raise HTTPStatusError(
                    f"{url}: HTTP {status}, asked to retry after {wait:g}s "
                    f"(more than the {c.max_retry_after:g}s we wait)",
                    status,
                )
            if self._clock() + wait > deadline:
                raise HTTPStatusError(f"{url}: HTTP {status}, retries exceed the deadline", status)
            log.info("%s: HTTP %s, retry %d in %.1fs", url, status, attempt + 1, wait)
            self._sleep(wait)
        raise AssertionError("unreachable")  # the loop always returns or raises

    def _wait_for_host(self, url: str, deadline: float) -> None:
        host = urlsplit(url).netloc.lower()
        interval = max(self.config.host_interval, self._crawl_delay.get(host, 0.0))
        last = self._last_request.get(host)
        if last is not None:
            wait = last + interval - self._clock()
            if wait > 0:
                if self._clock() + wait > deadline:
                    raise FetchError(f"{url}: host rate limit would exceed the deadline")
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _check_robots(self, url: str, deadline: float) -> None:
        if not self.config.respect_robots:
            return
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc.lower()}"
        cached = self._robots.get(origin)
        if cached is None or self._clock() - cached[2] > self.config.robots_ttl:
            rules, unreachable = self._load_robots(origin)
            cached = (rules, unreachable, self._clock())
            self._robots[origin] = cached
        rules, unreachable, _ = cached
        if unreachable:
            raise RobotsDisallowed(f"{url}: robots.txt unavailable ({unreachable}), not fetching")
        if rules is not None and not rules.can_fetch(url, self.config.user_agent):
            raise RobotsDisallowed(f"{url}: disallowed by {origin}/robots.txt")

    def _load_robots(self, origin: str) -> tuple[Protego | None, str | None]:
        """(rules or None for allow-all, reason when unavailable: RFC 9309 says stay out)."""
        url = origin + "/robots.txt"
        try:
            result = self._fetch(url, None, None, None, ROBOTS_MAX_BYTES, check_robots=False)
        except HTTPStatusError as exc:
            if 400 <= exc.status < 500:
                return None, None  # no robots.txt: everything is allowed
            return None, str(exc)
        except ResponseTooLarge as exc:
            return None, str(exc)
        # Other failures (refused address, DNS, timeouts, TLS) propagate: the page
        # would fail the same way, and the next fetch tries robots.txt again.
        rules = Protego.parse(result.content.decode("utf-8", errors="replace"))
        delay = rules.crawl_delay(self.config.user_agent)
        if delay:
            host = urlsplit(origin).netloc
            self._crawl_delay[host] = min(float(delay), self.config.max_crawl_delay)
        return rules, None

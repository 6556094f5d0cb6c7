from __future__ import annotations

import gzip
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.acquire.http import (
    AddressRefused,
    FetchConfig,
    Fetcher,
    HTTPStatusError,
    ResponseTooLarge,
    RobotsDisallowed,
    check_charset,
    is_public_address,
    parse_content_type,
)
from newsdesk.errors import FetchError
from tests.acquire.conftest import FakeClock
from tests.fixtures.httpserver import NewsServer

PAGE = "<html><head><title>Port reopens</title></head><body><p>Ships moved.</p></body></html>"


def test_fetch_page_with_honest_user_agent(news_server: NewsServer, fast_config: FetchConfig):
    news_server.add("/news/a.html", PAGE)
    with Fetcher(fast_config) as fetcher:
        result = fetcher.fetch(news_server.url("/news/a.html"))
    assert result.status == 200
    assert result.content == PAGE.encode()
    assert (result.media_type, result.charset) == ("text/html", "utf-8")
    assert result.etag and result.last_modified
    page_request = news_server.hits("/news/a.html")[0]
    assert page_request.headers["user-agent"] == "newsdesk-test/1.0"


def test_conditional_get_gets_304(news_server: NewsServer, fast_config: FetchConfig):
    news_server.add("/feed.xml", "<rss/>", content_type="application/rss+xml")
    with Fetcher(fast_config) as fetcher:
        first = fetcher.fetch(news_server.url("/feed.xml"))
        by_etag = fetcher.fetch(news_server.url("/feed.xml"), etag=first.etag)
        by_date = fetcher.fetch(news_server.url("/feed.xml"), last_modified=first.last_modified)
    assert by_etag.not_modified and by_etag.content == b""
    assert by_date.not_modified
    assert [r.status for r in news_server.hits("/feed.xml")] == [200, 304, 304]


def test_robots_disallow_is_obeyed(news_server: NewsServer, fast_config: FetchConfig):
    news_server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    news_server.add("/private/memo.html", PAGE)
    news_server.add("/public.html", PAGE)
    with Fetcher(fast_config) as fetcher:
        with pytest.raises(RobotsDisallowed, match=r"disallowed by .*/robots\.txt"):
            fetcher.fetch(news_server.url("/private/memo.html"))
        assert fetcher.fetch(news_server.url("/public.html")).status == 200
        assert not fetcher.allowed(news_server.url("/private/other.html"))
    assert news_server.hits("/private/memo.html") == []
    assert len(news_server.hits("/robots.txt")) == 1  # cached for the fetcher's lifetime


def test_missing_robots_allows_and_broken_robots_forbids(
    news_server: NewsServer, fast_config: FetchConfig
):
    news_server.add("/a.html", PAGE)
    with Fetcher(fast_config) as fetcher:
        assert fetcher.fetch(news_server.url("/a.html")).status == 200  # robots.txt is a 404
    news_server.add("/robots.txt", "oops", "text/plain", status=500)
    no_retry = replace(fast_config, retries=0)
    with Fetcher(no_retry) as fetcher, pytest.raises(RobotsDisallowed, match="unavailable"):
        fetcher.fetch(news_server.url("/a.html"))


def test_crawl_delay_and_host_interval(news_server: NewsServer, fast_config: FetchConfig):
    news_server.add("/robots.txt", "User-agent: *\nCrawl-delay: 3\n", "text/plain")
    news_server.add("/a.html", PAGE)
    clock = FakeClock()
    config = replace(fast_config, host_interval=0.5)
    with Fetcher(config, clock=clock, sleep=clock.sleep) as fetcher:
        fetcher.fetch(news_server.url("/a.html"))
        fetcher.fetch(news_server.url("/a.html"))
    # robots.txt, page, page: the Crawl-delay (3 s) beats our own interval (0.5 s).
    assert clock.sleeps == [3.0, 3.0]


def test_private_addresses_refused_unless_allowed(
    news_server: NewsServer, fast_config: FetchConfig
):
    news_server.add("/a.html", PAGE)
    strict = replace(fast_config, allow_private=False)
    with Fetcher(strict) as fetcher:
        for url in (news_server.url("/a.html"), f"http://localhost:{news_server.port}/a.html"):
            with pytest.raises(AddressRefused, match=r"non-public address .*--allow-private"):
                fetcher.fetch(url)
    assert news_server.requests == []  # refused before connecting
    with Fetcher(fast_config) as fetcher:
        assert fetcher.fetch(news_server.url("/a.html")).status == 200


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.10", False),
        ("169.254.169.254", False),
        ("::1", False),
        ("fe80::1", False),
        ("::ffff:127.0.0.1", False),
        ("224.0.0.1", False),
        ("93.184.215.14", True),
        ("2606:4700::1111", True),
    ],
)
def test_is_public_address(address: str, public: bool):
    assert is_public_address(address) is public


def test_redirects_followed_and_loops_stopped(news_server: NewsServer, fast_config: FetchConfig):
    news_server.add("/final.html", PAGE)
    news_server.redirect("/old.html", "/moved.html", 301)
    news_server.redirect("/moved.html", news_server.url("/final.html"))
    news_server.redirect("/loop-a", "/loop-b")
    news_server.redirect("/loop-b", "/loop-a")
    for i in range(8):
        news_server.redirect(f"/hop{i}", f"/hop{i + 1}")
    with Fetcher(fast_config) as fetcher:
        result = fetcher.fetch(news_server.url("/old.html"))
        assert result.url == news_server.url("/final.html")
        assert result.requested_url == news_server.url("/old.html")
        assert len(result.redirects) == 2
        with pytest.raises(FetchError, match="redirect loop"):
            fetcher.fetch(news_server.url("/loop-a"))
        with pytest.raises(FetchError, match="more than 5 redirects"):
            fetcher.fetch(news_server.url("/hop0"))


def test_server_that_never_answers_times_out(news_server: NewsServer, fast_config: FetchConfig):
    news_server.hang("/slow")
    with Fetcher(fast_config) as fetcher, pytest.raises(FetchError, match="no answer in time"):
        fetcher.fetch(news_server.url("/slow"))


def test_endless_body_is_cut_at_the_limit(news_server: NewsServer, fast_config: FetchConfig):
    news_server.endless("/endless")
    too_large = pytest.raises(ResponseTooLarge, match="exceeds the limit of 1000000 bytes")
    with Fetcher(fast_config) as fetcher, too_large:
        fetcher.fetch(news_server.url("/endless"))


def test_huge_content_length_refused_before_reading(
    news_server: NewsServer, fast_config: FetchConfig
):
    news_server.endless("/ten-gb", content_length=10 * 1024**3)
    too_large = pytest.raises(ResponseTooLarge, match="Content-Length 10737418240 bytes")
    with Fetcher(fast_config) as fetcher, too_large:
        fetcher.fetch(news_server.url("/ten-gb"))


def test_gzip_body_decoded_and_gzip_bomb_cut(news_server: NewsServer, fast_config: FetchConfig):
    news_server.add(
        "/small.html", gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"}
    )
    bomb = gzip.compress(b"\0" * 50_000_000)
    news_server.add("/bomb.html", bomb, headers={"Content-Encoding": "gzip"})
    with Fetcher(fast_config) as fetcher:
        assert fetcher.fetch(news_server.url("/small.html")).content == PAGE.encode()
        with pytest.raises(ResponseTooLarge):
            fetcher.fetch(news_server.url("/bomb.html"))
    assert len(bomb) < fast_config.max_bytes  # only decompression can exceed the limit


def test_retries_honour_retry_after_then_backoff(news_server: NewsServer, fast_config: FetchConfig):
    answers = [(503, {"Retry-After": "7"}), (429, {}), (200, {})]

    def flaky(handler):  # type: ignore[no-untyped-def]
        status, headers = answers.pop(0)
        handler.send_response(status)
        for key, value in {**headers, "Content-Length": "2"}.items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(b"ok")

    news_server.behave("/flaky", flaky)
    clock = FakeClock()
    config = replace(fast_config, backoff=1.0, retries=3, deadline=60.0)
    with Fetcher(config, clock=clock, sleep=clock.sleep) as fetcher:
        assert fetcher.fetch(news_server.url("/flaky")).content == b"ok"
    assert clock.sleeps == [7.0, 2.0]  # Retry-After, then the second backoff step


def test_retry_after_too_long_and_persistent_errors_fail(
    news_server: NewsServer, fast_config: FetchConfig
):
    news_server.add("/busy", "busy", "text/plain", status=503, headers={"Retry-After": "3600"})
    news_server.add("/broken", "err", "text/plain", status=500)
    news_server.add("/gone", "gone", "text/plain", status=404)
    with Fetcher(fast_config) as fetcher:
        with pytest.raises(HTTPStatusError, match="retry after 3600s"):
            fetcher.fetch(news_server.url("/busy"))
        with pytest.raises(HTTPStatusError, match="HTTP 500") as broken:
            fetcher.fetch(news_server.url("/broken"))
        with pytest.raises(HTTPStatusError, match="HTTP 404") as gone:
            fetcher.fetch(news_server.url("/gone"))
    assert (broken.value.status, gone.value.status) == (500, 404)
    assert len(news_server.hits("/broken")) == 3  # first try + 2 retries
    assert len(news_server.hits("/gone")) == 1


def test_tls_error_reported(news_server: NewsServer, fast_config: FetchConfig):
    url = f"https://127.0.0.1:{news_server.port}/a.html"  # a plain-HTTP server
    with Fetcher(fast_config) as fetcher, pytest.raises(FetchError, match="TLS error"):
        fetcher.fetch(url)


def test_wrong_charset_header_is_detected(news_server: NewsServer, fast_config: FetchConfig):
    text = (
        "<html><body><p>Le café de la gare a été fermé après la grève. Les élèves "
        "sont allés à pied jusqu'à l'hôtel de ville, où le maire a parlé.</p></body></html>"
    )
    news_server.add("/fr.html", text.encode("cp1252"), "text/html; charset=utf-8")
    with Fetcher(fast_config) as fetcher:
        result = fetcher.fetch(news_server.url("/fr.html"))
    assert result.charset != "utf-8"
    assert result.charset_note and "does not decode" in result.charset_note
    assert result.charset is not None
    assert "café de la gare a été fermé" in result.content.decode(result.charset)


def test_not_http_url_rejected(fast_config: FetchConfig):
    with Fetcher(fast_config) as fetcher, pytest.raises(FetchError, match="not an http"):
        fetcher.fetch("file:///etc/passwd")


def test_content_type_and_charset_helpers():
    assert parse_content_type('text/HTML; Charset="ISO-8859-1"') == ("text/html", "iso-8859-1")
    assert parse_content_type(None) == ("", None)
    assert check_charset(b"plain ascii", "utf-8") == ("utf-8", None)
    assert check_charset(b"abc", None) == (None, None)
    _, note = check_charset("naïve".encode(), "no-such-charset")
    assert note and "unknown charset" in note


def test_private_address_refused_after_dns_and_after_redirect(
    news_server: NewsServer, fast_config: FetchConfig, monkeypatch: pytest.MonkeyPatch
):
    """127.0.0.1 plays a public server here; 'intranet.test' resolves to 127.0.0.2."""
    import socket

    from newsdesk.acquire import http

    real_getaddrinfo = socket.getaddrinfo

    def fake_getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        return real_getaddrinfo("127.0.0.2" if host == "intranet.test" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(http, "is_public_address", lambda address: address == "127.0.0.1")
    news_server.add("/secret", "internal data", "text/plain")
    news_server.redirect("/go", f"http://intranet.test:{news_server.port}/secret")
    strict = replace(fast_config, allow_private=False, respect_robots=False)
    with Fetcher(strict) as fetcher:
        assert fetcher.fetch(news_server.url("/secret")).content == b"internal data"
        with pytest.raises(AddressRefused, match=r"intranet\.test: .* 127\.0\.0\.2"):
            fetcher.fetch(news_server.url("/go"))
    assert len(news_server.hits("/secret")) == 1  # only the direct, allowed request


def test_slow_drip_body_stopped_at_the_deadline(news_server: NewsServer, fast_config: FetchConfig):
    def drip(handler):  # type: ignore[no-untyped-def]
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        for _ in range(50):  # a byte every 0.2 s: never idle long enough for a read timeout
            if handler.server.news.stopping.wait(0.2):
                return
            handler.wfile.write(b"x")
            handler.wfile.flush()

    news_server.behave("/drip", drip)
    config = replace(fast_config, deadline=1.0)
    with Fetcher(config) as fetcher, pytest.raises(FetchError, match="still arriving after 1s"):
        fetcher.fetch(news_server.url("/drip"))


def test_untrusted_certificate_is_a_tls_error(tmp_path: Path, fast_config: FetchConfig):
    """A real HTTPS server with a self-signed certificate (made with the openssl tool)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    request = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    subprocess.run(
        [openssl, *request, "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    with NewsServer(tls=(cert, key)) as server:
        server.add("/a.html", PAGE)
        with Fetcher(fast_config) as fetcher, pytest.raises(FetchError, match="TLS error"):
            fetcher.fetch(server.url("/a.html"))
        unverified = replace(fast_config, verify_tls=False)
        with Fetcher(unverified) as fetcher:
            assert fetcher.fetch(server.url("/a.html")).content == PAGE.encode()


def test_redirect_to_a_malformed_url_is_a_fetch_error(
    news_server: NewsServer, fast_config: FetchConfig
):
    news_server.redirect("/broken", "http://[::1/elsewhere")
    with Fetcher(fast_config) as fetcher, pytest.raises(FetchError, match=r"(?i)location"):
        fetcher.fetch(news_server.url("/broken"))

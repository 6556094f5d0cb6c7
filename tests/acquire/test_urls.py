from __future__ import annotations

import pytest

from newsdesk.acquire.urls import absolute, canonicalize, host_of, origin_of, try_canonicalize
from newsdesk.errors import InputError


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            "HTTPS://News.Example.COM:443/world/story.html?utm_source=rss&utm_medium=feed",
            "https://news.example.com/world/story.html",
        ),
        ("https://news.example.com/a?id=7&fbclid=abc&gclid=x", "https://news.example.com/a?id=7"),
        ("https://news.example.com/a?b=2&a=1#comments", "https://news.example.com/a?a=1&b=2"),
        ("http://news.example.com", "http://news.example.com/"),
        ("http://news.example.com:8080/x", "http://news.example.com:8080/x"),
    ],
)
def test_canonicalize(given: str, expected: str):
    assert canonicalize(given) == expected


def test_two_spellings_of_one_article_agree():
    a = canonicalize("https://ledger.example/news/x.html?utm_campaign=social#top")
    b = canonicalize("https://LEDGER.example:443/news/x.html")
    assert a == b


@pytest.mark.parametrize("bad", ["ftp://example.com/x", "not a url", "/relative/path", ""])
def test_canonicalize_rejects_non_http(bad: str):
    with pytest.raises(InputError):
        canonicalize(bad)
    assert try_canonicalize(bad) is None


def test_absolute_and_hosts():
    assert absolute("https://a.example/news/", "../b.html?ref=home") == "https://a.example/b.html"
    assert absolute("https://a.example/", "mailto:x@a.example") is None
    assert host_of("https://A.example:8443/x") == "a.example:8443"
    assert origin_of("HTTPS://A.example/x?y") == "https://a.example"


@pytest.mark.parametrize(
    "bad", ["http://[::1", "http://[not-ipv6]/x", "https://x.example:99999999/a"]
)
def test_malformed_urls_are_input_errors_not_crashes(bad: str):
    with pytest.raises(InputError, match="URL"):
        canonicalize(bad)
    assert try_canonicalize(bad) is None
    # a hostile feed's link: resolved against the feed, it is simply not used
    assert absolute("https://news.example/feed.xml", bad) is None

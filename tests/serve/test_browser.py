"""The pages in headless Chromium (Debian's `chromium`, driven by Playwright).

Walks what a new user does: latest page -> the sample article (highlighted entities,
attributed quotes, provenance) -> its story -> an entity -> a search. Screenshots go to
test-output/ so a person can look at the pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.serve.conftest import Server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: `make test` installs Debian's chromium as root")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, server: Server) -> Iterator[Page]:
    context = browser.new_context(base_url=server.url, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    # No page may reach out of the server: no CDN, no external asset.
    outside: list[str] = []
    opened.on(
        "request",
        lambda r: outside.append(r.url) if not r.url.startswith(server.url) else None,
    )
    yield opened
    context.close()
    assert outside == []


def test_latest_to_article_to_story_to_entity(
    page: Page, server: Server, sample_id: int, output_dir: Path
) -> None:
    p = page
    p.goto("/")
    expect(p.get_by_role("heading", name="Latest", level=1)).to_be_visible()
    expect(p.locator("time").first).to_have_text(re.compile(r"ago$"))
    p.screenshot(path=str(output_dir / "latest.png"), full_page=True)

    p.get_by_role("link", name=re.compile("^Final bid underway to salvage")).first.click()
    expect(p).to_have_url(re.compile(rf"/articles/{sample_id}$"))
    expect(p.get_by_role("heading", level=1)).to_contain_text("Final bid underway")
    body = p.locator(".article .body")
    expect(body.locator("p")).to_have_count(6)
    expect(body).to_contain_text("WEB DESK:")
    provenance = p.locator("table.prov")
    expect(provenance).to_contain_text("relative, precision hour, from '3 Hours ago'")
    p.screenshot(path=str(output_dir / "article.png"), full_page=True)

    # Highlights and attributions come from the analysis and events stages.
    entities = body.locator("a.ent")
    for name in ("Khawaja Asif", "Istanbul", "Doha", "Kabul"):
        expect(entities.filter(has_text=name).first).to_be_visible()
    expect(body.locator(".quote").first).to_be_visible()
    expect(body.locator("mark.trigger").first).to_be_visible()
    quotes = p.locator("li.attributed")
    expect(quotes.filter(has_text="Khawaja Asif").first).to_contain_text("consequences")
    expect(quotes.filter(has_text="Officials").first).to_contain_text("needlessly difficult")

    story_link = p.locator(".story-link a").first
    expect(story_link).to_be_visible()
    story_link.click()
    expect(p).to_have_url(re.compile(r"/stories/\d+$"))
    expect(p.locator(".timeline")).to_be_visible()
    expect(p.get_by_role("link", name=re.compile("^Final bid underway")).first).to_be_visible()
    p.screenshot(path=str(output_dir / "story.png"), full_page=True)

    expect(p.get_by_role("list", name="Main entities")).to_contain_text("Khawaja Asif")
    p.go_back()
    p.locator(".article .body a.ent", has_text="Khawaja Asif").first.click()
    expect(p).to_have_url(re.compile(r"/entities/"))
    expect(p.get_by_role("heading", level=1)).to_contain_text("Khawaja Asif")
    expect(p.get_by_role("link", name=re.compile("^Final bid underway")).first).to_be_visible()
    p.screenshot(path=str(output_dir / "entity.png"), full_page=True)


def test_search_from_the_header(page: Page, output_dir: Path, sample_id: int) -> None:
    p = page
    p.goto("/")
    p.get_by_label("Search articles").fill("Istanbul talks")
    p.get_by_label("Search articles").press("Enter")
    expect(p).to_have_url(re.compile(r"/search\?q=Istanbul\+talks"))
    expect(p.locator("#results-h")).to_contain_text(re.compile(r"match(es)? “Istanbul talks”"))
    hit = p.locator("li.item", has_text="Final bid underway")
    expect(hit.locator(".snippet mark").first).to_be_visible()
    expect(p.locator("aside.facets")).to_contain_text("demo")
    p.screenshot(path=str(output_dir / "search.png"), full_page=True)
    hit.get_by_role("link").first.click()
    expect(p).to_have_url(re.compile(rf"/articles/{sample_id}$"))


def test_keyboard_and_phone(browser: Browser, server: Server, output_dir: Path) -> None:
    context = browser.new_context(base_url=server.url, viewport={"width": 390, "height": 844})
    p = context.new_page()
    try:
        p.goto("/")
        p.keyboard.press("Tab")
        skip = p.get_by_role("link", name="Skip to content")
        expect(skip).to_be_focused()
        p.keyboard.press("Enter")
        expect(p).to_have_url(re.compile(r"#main$"))
        # Nothing wider than the phone screen.
        width = p.evaluate("document.documentElement.scrollWidth")
        assert width <= 390
        p.screenshot(path=str(output_dir / "latest-phone.png"), full_page=True)
        p.goto("/articles/987654")
        expect(p.get_by_role("heading", level=1)).to_have_text("Not found")
    finally:
        context.close()


def test_every_link_of_the_pages_works(server: Server, sample_id: int) -> None:
    """No broken link from the latest page, the sample article, its story and entities."""
    seen: set[str] = set()
    queue = ["/", f"/articles/{sample_id}", "/stories", "/entities", "/sources", "/search?q=talks"]
    with httpx.Client(base_url=server.url) as client:
        while queue and len(seen) < 120:
            path = queue.pop(0)
            if path in seen:
                continue
            seen.add(path)
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            if "text/html" in response.headers["content-type"]:
                for href in re.findall(r'href="(/[^"#]*)"', response.text):
                    href = href.replace("&amp;", "&")
                    if href not in seen and not href.startswith("/static/"):
                        queue.append(href)
    assert any(p.startswith("/stories/") for p in seen)

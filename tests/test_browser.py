"""The dashboard in a real browser (Playwright driving Debian's chromium) over a store of real articles.

Screenshots of each view are kept under artifacts/screenshots/ (not committed).
"""
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEED, corpus_store

from peristiwa.records import Article

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "artifacts" / "screenshots"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() and not os.environ.get("CI"),
                                reason="Debian's chromium is not installed (CI installs it)")

HOSTILE = Article(id="hostile", title="Judul <script>alert('x')</script>", date="2023-09-07",
                  text="<script>window.__pwned = 1</script> Amerika Serikat mengecam Korea Utara, Kamis (7/9/2023).")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, coder):
    import uvicorn

    from peristiwa.api import create_app

    db = corpus_store(tmp_path_factory.mktemp("web"), coder, 150, extra=[HOSTILE])
    port = _port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    p = context.new_page()
    p.console_errors = []
    p.on("console", lambda msg: msg.type == "error" and p.console_errors.append(msg.text))
    p.on("pageerror", lambda exc: p.console_errors.append(str(exc)))
    p.goto(server + "/")
    p.wait_for_selector("[data-testid=event-row]")
    yield p
    context.close()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_dashboard_loads_without_console_errors_and_renders_charts(page):
    page.wait_for_selector("[data-testid=timeline] canvas")
    page.wait_for_function("document.querySelector('[data-testid=network]').peristiwaGraph?.nodes().length > 0")
    assert page.locator("[data-testid=event-row]").count() > 0
    _shot(page, "dashboard")
    assert page.console_errors == []


def test_clicking_an_actor_in_the_network_filters_the_table(page):
    page.wait_for_function("document.querySelector('[data-testid=network]').peristiwaGraph?.nodes().length > 0")
    box = page.locator("[data-testid=network]").bounding_box()
    node = page.evaluate("""() => { const cy = document.querySelector('[data-testid=network]').peristiwaGraph;
        const n = cy.nodes().filter(x => x.id() === 'PRK').first().length ? cy.getElementById('PRK') : cy.nodes()[0];
        const p = n.renderedPosition(); return {id: n.id(), x: p.x, y: p.y}; }""")
    page.mouse.click(box["x"] + node["x"], box["y"] + node["y"])
    page.wait_for_function(f"location.search.includes('actor={node['id']}')")
    page.wait_for_timeout(500)
    rows = page.locator("[data-testid=event-row]")
    assert rows.count() > 0
    for i in range(rows.count()):
        assert node["id"] in rows.nth(i).inner_text()
    _shot(page, "network-filter")
    assert page.console_errors == []


def test_event_view_highlights_the_evidence(page):
    page.locator("[data-testid=filter-actor]").fill("PRK")
    page.locator("[data-testid=filter-apply]").click()
    page.wait_for_function("location.search.includes('actor=PRK')")
    page.wait_for_timeout(300)
    page.locator("[data-testid=event-row]").first.click()
    mark = page.locator("[data-testid=evidence-mark]")
    mark.wait_for()
    assert len(mark.inner_text()) > 20
    assert page.locator("[data-testid=event-detail]").is_visible()
    _shot(page, "event-detail")


def test_article_markup_is_shown_as_text(page):
    page.locator("[data-testid=filter-q]").fill("pwned")
    page.locator("[data-testid=filter-apply]").click()
    page.wait_for_timeout(500)
    page.locator("[data-testid=event-row]").first.click()
    page.locator("[data-testid=evidence-mark]").wait_for()
    assert "<script>" in page.locator("[data-testid=event-detail]").inner_text()
    assert page.evaluate("window.__pwned") is None
    _shot(page, "escaped")


def test_paste_box_codes_the_seed_article(page):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    page.locator("[data-testid=paste-title]").fill(lines[0])
    page.locator("[data-testid=paste-text]").fill("\n".join(lines[1:]))
    page.locator("[data-testid=paste-submit]").click()
    results = page.locator("[data-testid=paste-results]")
    page.wait_for_selector("[data-testid=paste-row]")
    text = results.inner_text()
    assert "USA" in text and "PRK" in text
    _shot(page, "paste")
    assert page.console_errors == []


def test_english_interface(page):
    page.locator("[data-testid=lang-switch]").select_option("en")
    page.wait_for_timeout(300)
    assert "Apply" in page.locator("[data-testid=filter-apply]").inner_text()

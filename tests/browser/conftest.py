"""Headless Chromium with every request blocked except the page, over a store with a hostile name."""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph.load import load_seed
from graph.store.embedded import EmbeddedStore
from tests.conftest import FIXTURE_SEED

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGE_URL = "http://citygraph.test/map.html"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# Suwon renamed: its name must show as text on the map and never run.
HOSTILE_ID = "kr-suwon"
HOSTILE_NAME = "<script>alert(1)</script><img src=x onerror=alert(2)>Suwon"


@pytest.fixture(scope="session")
def hostile_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The API over the fixture seed, with one city's name made of markup."""
    seed = tmp_path_factory.mktemp("hostile-seed")
    shutil.copytree(FIXTURE_SEED, seed, dirs_exist_ok=True)
    cities = seed / "cities.csv"
    with cities.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    for row in rows:
        if row["id"] == HOSTILE_ID:
            row["name"] = HOSTILE_NAME
    with cities.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    store = EmbeddedStore(tmp_path_factory.mktemp("hostile-store") / "citygraph.kgl")
    load_seed(store, seed)
    with TestClient(create_app(store=store)) as client:
        yield client
    store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run tests/browser/ensure-chromium.sh (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    """A page showing one map, and what it tried to do."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def open_map(browser: Any, html: str) -> Opened:
    """Serve ``html`` at PAGE_URL, block every other request, and wait for the first drawing."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    opened = Opened(page)

    def route(request_route: Any) -> None:
        opened.requests.append(request_route.request.url)
        if request_route.request.url == PAGE_URL:
            request_route.fulfill(body=html, content_type="text/html; charset=utf-8")
        else:
            request_route.abort()

    page.route("**/*", route)
    page.on("console", lambda message: message.type == "error" and opened.errors.append(message.text))
    page.on("pageerror", lambda error: opened.errors.append(str(error)))
    page.on("requestfailed", lambda request: opened.requests.append(request.url))

    def dismiss(dialog: Any) -> None:
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.goto(PAGE_URL)
    page.wait_for_function("() => window.citygraph && window.citygraph.firstDrawn", timeout=15_000)
    return opened


# A point of the map (page coordinates) with no city under it, so a drag pans the view.
EMPTY_POINT_JS = """() => {
  const network = window.citygraph.network;
  const box = document.getElementById('map').getBoundingClientRect();
  for (let y = 40; y < box.height - 40; y += 23) {
    for (let x = 40; x < box.width - 40; x += 29) {
      if (network.getNodeAt({x, y}) === undefined) return {x: box.left + x, y: box.top + y};
    }
  }
  return null;
}"""


def drag_view(page: Any, dx: float = -200, dy: float = -100) -> None:
    """Drag the map from an empty point by (dx, dy) pixels."""
    point = page.evaluate(EMPTY_POINT_JS)
    assert point, "no empty point on the map to drag from"
    page.mouse.move(point["x"], point["y"])
    page.mouse.down()
    page.mouse.move(point["x"] + dx, point["y"] + dy, steps=4)
    page.mouse.up()

"""Real Chromium for the browser tests, through Selenium with the system's chromedriver.

``chromium_paths`` finds Debian's ``chromium`` and ``chromium-driver``; ``require_chromium``
skips a test without them on a developer's machine and fails it under CI's
``SPACE_ACCORD_REQUIRE_TOOLS=1`` (``tests.external``); ``open_browser`` starts a headless
window of a given size. Nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
from typing import Any

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
DRIVERS = ("chromedriver",)
PHONE = (390, 844)  # CSS pixels of a common phone


def chromium_paths() -> tuple[str, str] | None:
    browser = next((p for p in map(shutil.which, BROWSERS) if p), None)
    driver = next((p for p in map(shutil.which, DRIVERS) if p), None)
    return (browser, driver) if browser and driver else None


def require_chromium() -> tuple[str, str]:
    """Chromium and its driver, or skip (fail under CI's requirement) without them."""
    from tests.external import program

    paths = chromium_paths()
    if paths is not None:
        return paths
    return program("chromium"), program("chromedriver")


def wanted() -> bool:
    """Whether the tests should drive Chromium: it is here, or CI requires it."""
    from tests.external import REQUIRE

    return chromium_paths() is not None or bool(os.environ.get(REQUIRE))


def open_browser(size: tuple[int, int] = PHONE, scale: float = 1.0) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    paths = chromium_paths()
    if paths is None:
        raise RuntimeError("Chromium and chromedriver are not installed")
    browser, driver = paths
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--window-size={size[0]},{size[1]}",
        f"--force-device-scale-factor={scale}",
        "--no-first-run",
        "--disable-extensions",
    ):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(driver), options=options)

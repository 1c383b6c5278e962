"""How tests are selected and reported, as a pytest plugin (``tests/conftest.py`` loads
it): the ``postgis`` and ``slow`` markers given at collection, and with ``CI`` set every
skip turned into a failure. ``browser`` and ``server`` are written on the tests
themselves; all four are registered in ``pyproject.toml``.
"""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest

SLOW_MODULES = {
    "test_any_corpus": 207, "test_api_writes": 36, "test_cli": 25, "test_export": 24,
    "test_cli_geocode": 21, "test_maps": 20, "test_coverage": 19, "test_build": 18,
    "test_api": 13, "test_geocoders": 10, "test_api_edits": 31, "test_workbench": 6,
}  # fmt: skip
"""Modules marked ``slow``, with the seconds their tests that are neither ``browser``,
``postgis`` nor ``server`` took (wall clock, 2 shared cores, 2026-12-06): they build
atlases, run the command line or wait out rate limits. Together 393 s of the 420 s
those tests took; the other 715 take 35-50 s (31-34 s of CPU; ``make test-fast``)."""


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark ``postgis`` every test that needs the PostGIS server: those using the
    ``postgis_url`` fixture (directly or through another fixture) and those run with the
    ``postgis`` backend (``tests/backends.py``, which asks for the fixture at run time);
    mark ``slow`` the tests of ``SLOW_MODULES``."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        backends = callspec.params.values() if callspec else ()
        if "postgis_url" in getattr(item, "fixturenames", ()) or "postgis" in backends:
            item.add_marker(pytest.mark.postgis)
        if item.path.stem in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item,
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """With ``CI`` set (CI runs ``make test``, which installs every tool), a skipped test
    is a failure that says why it was skipped: nothing is left out silently there."""
    report = yield
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped with CI set: {reason}"
    return report

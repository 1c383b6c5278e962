"""The selection plugin (``tests/markers.py``) on small test files run by pytest itself:
what ``make test-fast`` leaves out, and that with ``CI`` set nothing skips silently."""

from __future__ import annotations

import sys

import pytest

FILES = {
    "conftest": """
        import pytest

        @pytest.fixture(scope="session")
        def postgis_url():
            return "postgresql://stand-in"

        @pytest.fixture
        def database(postgis_url):
            return postgis_url
    """,
    "test_plain": """
        import pytest

        def test_plain():
            pass

        def test_through_a_fixture(database):
            pass

        @pytest.mark.parametrize("backend", ["geopackage", "postgis"])
        def test_each_backend(backend):
            pass

        def test_skips():
            pytest.skip("chromium not installed")

        @pytest.mark.xfail(reason="known")
        def test_known_failure():
            assert False
    """,
    "test_api": """
        def test_in_a_slow_module():
            pass
    """,
}
REGISTERED = ["-p", "markers", "-o", "markers=postgis\nslow\nbrowser\nserver", "--strict-markers"]


@pytest.fixture
def files(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    # This session may have imported tests/test_api.py as ``test_api``: the small file of
    # that name is imported in its place until the test ends.
    monkeypatch.delitem(sys.modules, "test_api", raising=False)
    pytester.makeconftest(FILES["conftest"])
    pytester.makepyfile(test_plain=FILES["test_plain"], test_api=FILES["test_api"])
    return pytester


def test_tests_needing_the_postgis_server_are_marked_however_they_ask_for_it(
    files: pytest.Pytester,
) -> None:
    result = files.runpytest(*REGISTERED, "-m", "postgis", "--collect-only", "-q")
    assert sorted(line for line in result.outlines if "::" in line) == [
        "test_plain.py::test_each_backend[postgis]",
        "test_plain.py::test_through_a_fixture",
    ]


def test_the_fast_selection_leaves_out_postgis_and_slow_modules(
    files: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    fast = "not browser and not postgis and not server and not slow"
    result = files.runpytest(*REGISTERED, "-m", fast)
    result.assert_outcomes(passed=2, skipped=1, xfailed=1, deselected=3)


def test_with_ci_set_a_skip_fails_and_says_why(
    files: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    result = files.runpytest(*REGISTERED, "test_plain.py")
    result.assert_outcomes(passed=4, failed=1, xfailed=1)
    result.stdout.fnmatch_lines(["*skipped with CI set: Skipped: chromium not installed*"])

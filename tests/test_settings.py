"""The settings table (``geo.settings``): every setting documented in the README,
overridable by its variable, and no variable named anywhere that is not a setting."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from geo import settings

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
ROW = re.compile(
    r"^\| `(?P<name>\w+)` \| (?P<variables>[^|]+) \| (?P<default>[^|]+) \| (?P<type>\w+) \| (?P<help>.+) \|$"
)
VARIABLE = re.compile(r"\bCLUSTERMAP_[A-Z][A-Z0-9_]*[A-Z0-9]\b")
"""A variable of the prefix every setting has (the old aliases are checked by name)."""
ALIASES = {a for s in settings.SETTINGS.values() for a in s.aliases}
PACKAGES = ("extract", "geo", "layers", "maps", "api", "clustermap", "bench", "tests", "docs")


def readme_rows() -> dict[str, dict[str, str]]:
    """The rows of the README's settings table, by setting name."""
    text = README.read_text(encoding="utf-8")
    start = text.index(settings.TABLE_START)
    block = text[start : text.index(settings.TABLE_END, start)]
    rows = [m.groupdict() for line in block.splitlines() if (m := ROW.match(line))]
    return {row["name"]: row for row in rows}


def setting_values(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Import the settings in a fresh interpreter with ``env`` added to the environment
    and print every value (they are read once, at import)."""
    clean = {k: v for k, v in os.environ.items() if not VARIABLE.fullmatch(k) and k not in ALIASES}
    code = (
        "from geo import settings\nfor n in settings.SETTINGS: print(n, repr(getattr(settings, n)))"
    )
    return subprocess.run(
        [sys.executable, "-c", code], env={**clean, **env}, cwd=ROOT,
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_every_setting_is_in_the_readme_with_its_variable_default_type_and_help() -> None:
    rows = readme_rows()
    for s in settings.SETTINGS.values():
        assert s.name in rows, (
            f"{s.name} is not in the README's settings table: run python -m geo.settings README.md"
        )
        row = rows[s.name]
        variables = re.findall(r"`([^`]+)`", row["variables"])
        assert variables == [s.variable, *s.aliases], f"{s.name}: README says {variables}"
        shown = row["default"].strip()
        assert shown == (f"`{s.default}`" if s.default else "(empty)"), (
            f"{s.name}: README default {shown}"
        )
        assert row["type"] == s.type, f"{s.name}: README type {row['type']}"
        assert row["help"] == s.help, f"{s.name}: README help differs from the module's"


def test_the_readme_lists_no_setting_that_does_not_exist() -> None:
    unknown = set(readme_rows()) - set(settings.SETTINGS)
    assert not unknown
    assert list(readme_rows()) == list(settings.SETTINGS), "the README's order is the module's"


def test_no_environment_variable_is_named_anywhere_that_is_not_a_setting() -> None:
    """README, docs and code name only variables the table reads (a renamed or removed
    setting leaves no stale instruction behind)."""
    known = {v for s in settings.SETTINGS.values() for v in (s.variable, *s.aliases)}
    files = [README, *ROOT.glob("data/*.md")]
    for package in PACKAGES:
        files += [p for p in (ROOT / package).rglob("*") if p.suffix in (".py", ".md")]
    named = {
        (name, str(path.relative_to(ROOT)))
        for path in files
        for name in VARIABLE.findall(path.read_text(encoding="utf-8"))
    }
    unknown = sorted(pair for pair in named if pair[0] not in known)
    assert not unknown, f"variables that are no setting: {unknown}"


def test_only_the_settings_module_reads_a_setting_from_the_environment() -> None:
    reads = re.compile(r"os\.environ(?:\.get)?[\[(]\s*\"(?:CLUSTERMAP|ATLAS)_")
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("extract", "geo", "layers", "maps", "api", "clustermap", "bench")
        for path in (ROOT / package).rglob("*.py")
        if path.name != "settings.py" and reads.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_every_setting_is_a_module_attribute_of_its_type() -> None:
    kinds = {
        "path": Path,
        "integer": int,
        "number": float,
        "text": str,
        "choice": str,
        "list": tuple,
        "mapping": dict,
    }
    for s in settings.SETTINGS.values():
        assert isinstance(getattr(settings, s.name), kinds[s.type]), s.name
    assert all(s.variable.startswith("CLUSTERMAP_") for s in settings.SETTINGS.values())


def test_every_setting_is_overridden_by_its_variable() -> None:
    given = {
        "path": "/tmp/atlas-elsewhere", "integer": "7", "number": "2.5", "text": "given",
        "list": "amap, nominatim", "mapping": "amap:0.5",
    }  # fmt: skip
    env = {
        s.variable: s.choices[-1] if s.choices else given[s.type]
        for s in settings.SETTINGS.values()
    }
    proc = setting_values(env)
    assert proc.returncode == 0, proc.stderr
    values = dict(line.split(" ", 1) for line in proc.stdout.splitlines())
    assert values["MAX_INPUT_BYTES"] == "7"
    assert values["HTTP_TIMEOUT"] == "2.5"
    assert values["GEOCODERS"] == "('amap', 'nominatim')"
    assert values["MIN_INTERVAL"] == "{'nominatim': 1.0, 'amap': 0.5, 'tianditu': 0.2}"
    assert values["CORPUS_DIR"] == "PosixPath('/tmp/atlas-elsewhere')"
    for s in settings.SETTINGS.values():
        if s.type in ("integer", "number", "text"):
            assert values[s.name].strip("'") == given[s.type], s.name
        if s.type == "choice":
            assert values[s.name].strip("'") == s.choices[-1], s.name


def test_a_path_under_the_data_folder_moves_with_it() -> None:
    proc = setting_values({"CLUSTERMAP_DATA_DIR": "/srv/atlas-data"})
    values = dict(line.split(" ", 1) for line in proc.stdout.splitlines())
    assert values["CORPUS_DIR"] == "PosixPath('/srv/atlas-data/corpus')"
    assert values["ATLAS_DIR"] == "PosixPath('/srv/atlas-data/atlas')"
    assert values["NODE_MODULES"] == repr(ROOT / "node_modules")


def test_the_old_database_variable_is_still_read_and_a_disagreement_is_an_error() -> None:
    url = "postgresql://gis@db.example/atlas"
    proc = setting_values({"ATLAS_DATABASE_URL": url})
    assert f"ATLAS_DATABASE_URL {url!r}" in proc.stdout.splitlines()
    same = setting_values({"ATLAS_DATABASE_URL": url, "CLUSTERMAP_ATLAS_DATABASE_URL": url})
    assert same.returncode == 0
    blanked = setting_values({"ATLAS_DATABASE_URL": "", "CLUSTERMAP_ATLAS_DATABASE_URL": url})
    assert f"ATLAS_DATABASE_URL {url!r}" in blanked.stdout.splitlines()
    other = setting_values({"ATLAS_DATABASE_URL": url, "CLUSTERMAP_ATLAS_DATABASE_URL": url + "2"})
    assert other.returncode != 0
    assert "CLUSTERMAP_ATLAS_DATABASE_URL and ATLAS_DATABASE_URL disagree" in other.stderr


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        (
            "CLUSTERMAP_MAX_INPUT_BYTES",
            "20MB",
            "CLUSTERMAP_MAX_INPUT_BYTES='20MB' is not a whole number",
        ),
        (
            "CLUSTERMAP_HTTP_TIMEOUT",
            "-1",
            "CLUSTERMAP_HTTP_TIMEOUT='-1': expected a number of 0 or more",
        ),
        ("CLUSTERMAP_MIN_INTERVAL", "amap", "CLUSTERMAP_MIN_INTERVAL: 'amap' is not name:number"),
        ("CLUSTERMAP_DATA_DIR", "", "CLUSTERMAP_DATA_DIR is set but empty"),
        (
            "CLUSTERMAP_TRADITIONAL_CONVERSION",
            "bogus",
            "CLUSTERMAP_TRADITIONAL_CONVERSION='bogus': expected one of t2s, tw2s, tw2sp, hk2s",
        ),
    ],
)
def test_a_bad_value_stops_the_import_with_an_error_naming_the_variable(
    variable: str, value: str, message: str
) -> None:
    proc = setting_values({variable: value})
    assert proc.returncode != 0
    assert f"SettingError: {message}" in proc.stderr


def test_the_readme_table_is_what_the_module_prints() -> None:
    printed = subprocess.run(
        [sys.executable, "-m", "geo.settings"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert printed == settings.markdown()
    assert printed in README.read_text(encoding="utf-8")


def test_the_command_says_a_bad_setting_in_one_line_and_exits_2() -> None:
    clean = {k: v for k, v in os.environ.items() if not VARIABLE.fullmatch(k)}
    command = Path(sys.executable).with_name("clustermap")
    proc = subprocess.run(
        [str(command), "extract"], env={**clean, "CLUSTERMAP_HTTP_RETRIES": "three"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr == "clustermap: CLUSTERMAP_HTTP_RETRIES='three' is not a whole number\n"
    assert proc.stdout == ""


def test_writing_the_table_into_a_stale_readme_restores_it(tmp_path: Path) -> None:
    current = README.read_text(encoding="utf-8")
    stale = tmp_path / "README.md"
    row = next(line for line in current.splitlines() if line.startswith("| `HTTP_RETRIES`"))
    stale.write_text(current.replace(row + "\n", ""), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "geo.settings", str(stale)], cwd=ROOT, check=False
    )  # fmt: skip
    assert proc.returncode == 0
    assert stale.read_text(encoding="utf-8") == current
    stale.write_text("# A README with no settings table\n", encoding="utf-8")
    with pytest.raises(settings.SettingError, match="has no '<!-- settings"):
        settings.write_table(stale)

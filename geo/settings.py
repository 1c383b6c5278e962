"""Settings: every path, limit, key and address the steps read, in one table.

Each setting is a module attribute (``settings.MAX_INPUT_BYTES``) read once, when this
module is imported, from the environment variable of its name with the one prefix
``CLUSTERMAP_`` (``CLUSTERMAP_MAX_INPUT_BYTES``), else its default. ``SETTINGS`` holds
the table: name, variable, default, type and help of each, in the order the README's
settings table lists them; ``python -m geo.settings README.md`` writes that table, and
``tests/test_settings.py`` checks the README against it.

The module lives in ``geo`` and imports nothing of the project. ``extract`` and ``geo``
import each other's modules (``extract.units`` reads ``geo.admin``, ``geo.resolve`` reads
``extract.model``), so the settings every step reads must sit in one of the two; and
``extract``'s package imports its whole pipeline (``geo.admin`` importing
``extract.settings`` would run ``extract.units``, which reads the half-imported
``geo.admin``), while ``geo``'s package imports nothing.

A bad value fails the import with :class:`SettingError`, which names the variable and
says what it takes: a typo in a limit never silently becomes the default.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

PREFIX = "CLUSTERMAP_"
"""The prefix of every setting's environment variable."""

REPO_DIR = Path(__file__).resolve().parents[1]
"""The repository (or installed source tree) this module sits in: not a setting, a fact."""


class SettingError(ValueError):
    """A setting's environment variable holds a value of the wrong kind."""


@dataclass(frozen=True)
class Setting:
    """One setting: what it is called, where it is read from and what it holds."""

    name: str
    """The module attribute (``MAX_INPUT_BYTES``)."""
    type: str
    """What the value is: ``path``, ``integer``, ``number``, ``text``, ``choice`` (one of
    ``choices``), ``list`` (comma separated) or ``mapping`` (``name:value,…``)."""
    default: str
    """The default as the README shows it (``$CLUSTERMAP_DATA_DIR/corpus`` for a path
    under another setting's folder)."""
    help: str
    """What it is for, in one paragraph."""
    aliases: tuple[str, ...] = ()
    """Older variables still read (documented; the prefixed one is the name to use)."""
    choices: tuple[str, ...] = ()
    """The values a ``choice`` may take."""

    @property
    def variable(self) -> str:
        """The environment variable: the prefix and the name."""
        return PREFIX + self.name


SETTINGS: dict[str, Setting] = {}
"""Every setting by name, in the order they are defined (the README's order)."""

_PATHS: dict[str, Path] = {}
"""The path settings read so far, for the paths defined under them."""


def _read(setting: Setting) -> str | None:
    """Add ``setting`` to ``SETTINGS``; the value the environment gives it, or None when
    it gives none. Of the variable and its aliases, one set to something wins over those
    set empty (a child process's environment may blank the old name); two that disagree
    are an error, not a silent choice."""
    SETTINGS[setting.name] = setting
    given = {v: os.environ[v] for v in (setting.variable, *setting.aliases) if v in os.environ}
    values = {v: value for v, value in given.items() if value.strip()}
    if len(set(values.values())) > 1:
        raise SettingError(
            f"{' and '.join(values)} disagree ({', '.join(map(repr, values.values()))}): "
            f"set {setting.variable} alone"
        )
    return next(iter(values.values()), "" if given else None)


def _number(name: str, raw: str, kind: type[int] | type[float]) -> float:
    """``raw`` as a ``kind`` of 0 or more (sizes, counts, seconds), else SettingError."""
    words = "a whole number" if kind is int else "a number"
    try:
        value = kind(raw)
    except ValueError:
        raise SettingError(f"{PREFIX}{name}={raw!r} is not {words}") from None
    if value < 0 or value != value:  # NaN compares unequal to itself
        raise SettingError(f"{PREFIX}{name}={raw!r}: expected {words} of 0 or more")
    return value


def _path(name: str, relative: str, help: str, *, under: str | None = None) -> Path:
    """A folder or file: ``relative`` under the repository, or under the folder of the
    setting ``under`` (so ``CLUSTERMAP_DATA_DIR`` moves every file in it)."""
    base = REPO_DIR if under is None else _PATHS[under]
    shown = f"<repository>/{relative}" if under is None else f"${PREFIX}{under}/{relative}"
    raw = _read(Setting(name, "path", shown, help))
    if raw == "":
        raise SettingError(f"{PREFIX}{name} is set but empty: give a path or unset it")
    value = Path(raw) if raw is not None else base / relative
    _PATHS[name] = value
    return value


def _int(name: str, default: int, help: str) -> int:
    raw = _read(Setting(name, "integer", str(default), help))
    return default if raw is None else int(_number(name, raw, int))


def _float(name: str, default: float, help: str) -> float:
    raw = _read(Setting(name, "number", str(default), help))
    return default if raw is None else float(_number(name, raw, float))


def _text(name: str, default: str, help: str, *, aliases: tuple[str, ...] = ()) -> str:
    raw = _read(Setting(name, "text", default, help, aliases))
    return default if raw is None else raw.strip()


def _choice(name: str, default: str, choices: tuple[str, ...], help: str) -> str:
    raw = _read(Setting(name, "choice", default, help, choices=choices))
    value = default if raw is None else raw.strip()
    if value not in choices:
        raise SettingError(f"{PREFIX}{name}={value!r}: expected one of {', '.join(choices)}")
    return value


def _list(name: str, default: tuple[str, ...], help: str) -> tuple[str, ...]:
    raw = _read(Setting(name, "list", ",".join(default), help))
    return default if raw is None else tuple(p.strip() for p in raw.split(",") if p.strip())


def _mapping(name: str, default: dict[str, float], help: str) -> dict[str, float]:
    shown = ",".join(f"{k}:{v}" for k, v in default.items())
    raw = _read(Setting(name, "mapping", shown, help))
    if raw is None:
        return dict(default)
    value = dict(default)
    for item in filter(None, (p.strip() for p in raw.split(","))):
        key, sep, number = item.partition(":")
        if not sep or not key.strip():
            raise SettingError(f"{PREFIX}{name}: {item!r} is not name:number")
        value[key.strip()] = _number(name, number.strip(), float)
    return value


# --- shipped data -------------------------------------------------------------------------

DATA_DIR = _path(
    "DATA_DIR",
    "data",
    "Shipped data: the built-in corpus, the sector taxonomy, the gazetteer, the "
    "administrative units; the paths whose default starts `$CLUSTERMAP_DATA_DIR` move with it.",
)
CORPUS_DIR = _path(
    "CORPUS_DIR",
    "corpus",
    "The built-in corpus: what `extract` reads when given no input and a new atlas is built from.",
    under="DATA_DIR",
)
SECTORS_FILE = _path(
    "SECTORS_FILE",
    "sectors.csv",
    "The sector taxonomy (canonical sectors, names, synonyms, "
    "national classes; `data/SECTORS.md`).",
    under="DATA_DIR",
)

# --- ingestion: limits and conversions -----------------------------------------------

MAX_INPUT_BYTES = _int(
    "MAX_INPUT_BYTES",
    20 * 1024 * 1024,
    "Largest input file read (20 MB); a larger one is refused before it is loaded.",
)
MAX_INFLATED_BYTES = _int(
    "MAX_INFLATED_BYTES",
    50 * 1024 * 1024,
    "Largest total a `.docx` (a zip) may inflate to "
    "(50 MB), by the sizes its archive declares; zipfile never inflates a member past its "
    "declared size, so the check, made before anything is inflated, bounds the real size.",
)
MAX_INFLATE_RATIO = _float(
    "MAX_INFLATE_RATIO",
    200.0,
    "Largest ratio of inflated to packed size of a `.docx` that "
    "inflates to over 1 MB: Word's own files stay under ~20, a zip bomb of repeated XML "
    "reaches 300 and more.",
)
MAX_READ_SECONDS = _float(
    "MAX_READ_SECONDS",
    60.0,
    "Longest time reading one file may take (decoding, parsing, "
    "cleaning, tables); past it the file is refused with an error naming it. A 20 MB text "
    "reads in ~2 s.",
)
TRADITIONAL_CONVERSION = _choice(
    "TRADITIONAL_CONVERSION",
    "tw2s",
    ("t2s", "tw2s", "tw2sp", "hk2s"),
    "The OpenCC configuration that turns traditional "
    "paragraphs into simplified ones for extraction (`tw2s`: also reads the variant 著 as 着 "
    "in 隨著, 接著 while 著名 stays, which `t2s` leaves as 随著; `tw2sp` and `hk2s` also "
    "convert Taiwan or Hong Kong usage). Quotes stay verbatim whatever it is.",
)
NAME_LIKELIHOOD_MIN = _float(
    "NAME_LIKELIHOOD_MIN",
    0.1,
    "Extracted names the name model (extract/likelihood.py) finds less likely than this "
    "to name a carrier are set aside, not mapped; `clustermap extract --json` lists them "
    "under `set_aside`. 0 keeps every name the rules find.",
)


# --- geocoding --------------------------------------------------------------------------

GAZETTEER_FILE = _path(
    "GAZETTEER_FILE",
    "gazetteer.csv",
    "The offline gazetteer: places in WGS-84 with their provenance (`data/GAZETTEER.md`).",
    under="DATA_DIR",
)
OVERRIDES_FILE = _path(
    "OVERRIDES_FILE",
    "overrides.csv",
    "GIS staff's corrections of locations: they win over every other source and survive rebuilds.",
    under="DATA_DIR",
)
BOUNDARIES_FILE = _path(
    "BOUNDARIES_FILE",
    "districts.geojson",
    "Chongqing's district and county boundaries (WGS-84) and its approximate functional areas.",
    under="DATA_DIR",
)
CACHE_DIR = _path(
    "CACHE_DIR",
    "cache",
    "Disk cache of online geocoders' answers, by provider and query.",
    under="DATA_DIR",
)
GEOCODERS = _list(
    "GEOCODERS",
    (),
    "Online geocoders to ask, in order (`nominatim`, `amap`, `tianditu`); "
    "none by default, so the default path works offline.",
)
AMAP_KEY = _text("AMAP_KEY", "", "Amap (高德) web-service key, needed by `amap`.")
AMAP_URL = _text(
    "AMAP_URL", "https://restapi.amap.com/v3/geocode/geo", "Amap's geocoding endpoint."
)
TIANDITU_KEY = _text(
    "TIANDITU_KEY", "", "Tianditu (天地图) key, needed by `tianditu` and its basemap."
)
TIANDITU_URL = _text(
    "TIANDITU_URL", "https://api.tianditu.gov.cn/geocoder", "Tianditu's geocoding endpoint."
)
NOMINATIM_URL = _text(
    "NOMINATIM_URL", "https://nominatim.openstreetmap.org/", "The Nominatim server asked."
)
USER_AGENT = _text(
    "USER_AGENT",
    "cluster-atlas/0.1 (+https://github.com/cluster-atlas/cluster-atlas)",
    "The User-Agent of online requests: a real one, as Nominatim's usage policy asks.",
)
HTTP_TIMEOUT = _float(
    "HTTP_TIMEOUT", 10.0, "Seconds before an online geocoder's request is abandoned."
)
HTTP_RETRIES = _int("HTTP_RETRIES", 3, "Retries, with exponential backoff, on 429 and 5xx answers.")
MIN_INTERVAL = _mapping(
    "MIN_INTERVAL",
    {"nominatim": 1.0, "amap": 0.34, "tianditu": 0.2},
    "Least seconds "
    "between the starts of two requests to one provider, as `provider:seconds`, "
    "merged with the defaults (Nominatim's usage policy allows at most 1 request a second).",
)

# --- the atlas ------------------------------------------------------------------------

ATLAS_DIR = _path(
    "ATLAS_DIR",
    "atlas",
    "Where `clustermap build` writes the atlas (`atlas.gpkg`), its "
    "build report, and the service's staged uploads and job records.",
    under="DATA_DIR",
)
ATLAS_DATABASE_URL = _text(
    "ATLAS_DATABASE_URL",
    "",
    "`postgresql://…`: keep the atlas in this PostGIS database "
    "instead of the GeoPackage in `ATLAS_DIR`.",
    aliases=("ATLAS_DATABASE_URL",),
)
ATLAS_DATABASE_SCHEMA = _text(
    "ATLAS_DATABASE_SCHEMA",
    "atlas",
    "The control schema of the atlas in that database (its "
    "versions are `<schema>_v…`): several atlases can share one database under different "
    "names.",
    aliases=("ATLAS_DATABASE_SCHEMA",),
)
DATABASE_CONNECT_TIMEOUT_S = _int(
    "DATABASE_CONNECT_TIMEOUT_S",
    3,
    "Seconds to wait for the database to accept a new "
    "connection (libpq counts 2 at least); a server that is down refuses at once.",
)
DATABASE_POOL_TIMEOUT_S = _float(
    "DATABASE_POOL_TIMEOUT_S",
    1.0,
    "Seconds a reader waits for a pooled connection before "
    "the service answers 503 with Retry-After (psycopg_pool's own 30 froze the service when "
    "the database stopped); a healthy pool hands one over in under a millisecond.",
)

# --- the service (``clustermap serve``) ---------------------------------------------------

ATLAS = _text(
    "ATLAS",
    "",
    "The atlas the service serves when given none: a `postgresql://` URL, a "
    "GeoPackage or its folder; empty: `ATLAS_DATABASE_URL`, else `ATLAS_DIR`. "
    "`clustermap serve --atlas` sets it for its workers.",
)
API_KEYS = _text(
    "API_KEYS",
    "",
    "Keys that may write, as `name:key,…` (a bare key is named by its hash); "
    "empty: writes are off.",
)
MAX_UPLOAD_BYTES = _int(
    "MAX_UPLOAD_BYTES",
    10 * 1024 * 1024,
    "Largest document `POST /documents` accepts (10 MB), refused with 413 as it streams in.",
)
MAX_BODY_BYTES = _int(
    "MAX_BODY_BYTES",
    64 * 1024,
    "Largest body of any other write (64 KB; a location "
    "correction is about 200 bytes), refused with 413 as it streams in, never held whole.",
)
PAGE_CACHE_BYTES = _int(
    "PAGE_CACHE_BYTES",
    64 * 1024 * 1024,
    "Bytes of drawn answers each worker keeps per atlas "
    "version (a map page takes 0.7 s to draw, the coverage report 0.3 s), least recently "
    "used dropped first.",
)
RELOAD_CHECK_S = _float(
    "RELOAD_CHECK_S",
    1.0,
    "How often (seconds) a request checks whether the atlas was rebuilt, to serve the new one.",
)
GRACEFUL_TIMEOUT_S = _float(
    "GRACEFUL_TIMEOUT_S",
    10.0,
    "Seconds a stopping server (SIGTERM, SIGINT) keeps answering "
    "the requests it accepted before it cuts the rest; with several workers, a worker still "
    "there 2 s later is killed.",
)

# --- maps -------------------------------------------------------------------------------

NODE_MODULES = _path(
    "NODE_MODULES",
    "node_modules",
    "Where `npm ci` installed the maps' front-end packages "
    "(Leaflet and its plugins), inlined or served: maps never load from a CDN.",
)


def markdown() -> str:
    """The README's settings table: one row per setting, in ``SETTINGS`` order."""
    rows = [
        "| setting | environment variable | default | type | what it is |",
        "|---|---|---|---|---|",
    ]
    for s in SETTINGS.values():
        variable = f"`{s.variable}`" + "".join(f" (or `{a}`)" for a in s.aliases)
        default = f"`{s.default}`" if s.default else "(empty)"
        rows.append(f"| `{s.name}` | {variable} | {default} | {s.type} | {s.help} |")
    return "\n".join(rows) + "\n"


def write_table(readme: Path) -> None:
    """Replace the settings table of ``readme`` (between ``TABLE_START`` and
    ``TABLE_END``) by ``markdown()``."""
    text = readme.read_text(encoding="utf-8")
    start, end = text.find(TABLE_START), text.find(TABLE_END)
    if start < 0 or end < start:
        raise SettingError(f"{readme} has no {TABLE_START!r} … {TABLE_END!r} block")
    start += len(TABLE_START)
    readme.write_text(text[:start] + "\n" + markdown() + text[end:], encoding="utf-8")


TABLE_START = "<!-- settings: generated by `python -m geo.settings README.md` -->"
TABLE_END = "<!-- /settings -->"
"""The lines around the settings table in the README."""

if __name__ == "__main__":
    # No argument: print the table; a file: rewrite the table in it.
    if sys.argv[1:]:
        write_table(Path(sys.argv[1]))
    else:
        sys.stdout.write(markdown())

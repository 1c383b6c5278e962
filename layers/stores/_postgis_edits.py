"""GIS officers' corrections kept in PostGIS: the overrides file's columns
(``geo.gazetteer.COLUMNS``) plus who made each one and when, in a table of the control
schema that atlas rebuilds never replace.

The table is append-only: each correction is a new row with its own identity id, so two
officers saving at once both land, and the history stays. For geocoding, the latest row
per place (name and district, as the overrides file keeps one) wins.
"""

from __future__ import annotations

import csv
import tempfile
from datetime import UTC
from pathlib import Path

from psycopg import Connection, Cursor, sql
from psycopg.rows import dict_row

from geo.gazetteer import COLUMNS, Gazetteer

NUMBERS = ("lon", "lat", "radius_m", "confidence")
DEFAULT_CONFIDENCE = 0.5
"""What the gazetteer reader assumes for an empty confidence."""


def create_table(cur: Cursor, schema: str) -> None:
    """The overrides table of the control schema ``schema``, if it is not there yet."""
    table = sql.Identifier(schema, "overrides")
    cur.execute(
        sql.SQL(
            "CREATE TABLE IF NOT EXISTS {} ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " name text NOT NULL, aliases text NOT NULL, kind text NOT NULL,"
            " district text NOT NULL, lon double precision NOT NULL,"
            " lat double precision NOT NULL, source_crs text NOT NULL, precision text NOT NULL,"
            " radius_m double precision, confidence double precision NOT NULL,"
            " source text NOT NULL, note text NOT NULL,"
            " who text NOT NULL, at timestamptz NOT NULL DEFAULT now())"
        ).format(table)
    )
    cur.execute(
        sql.SQL("CREATE INDEX IF NOT EXISTS overrides_place ON {} (name, district, id)").format(
            table
        )
    )


def insert(conn: Connection, schema: str, row: dict, who: str) -> dict:
    """Append ``row`` (the overrides file's columns) as ``who``'s correction; returns the
    stored row with its ``id``, ``who`` and ``at``. ``ValueError`` for a row the
    gazetteer reader would refuse, an unknown column or no ``who``."""
    if not str(who).strip():
        raise ValueError("an override needs the name of who made it")
    values = _validated(row)
    columns = [*COLUMNS, "who"]
    cur = conn.cursor(row_factory=dict_row)
    cur.execute(
        sql.SQL("INSERT INTO {} ({}) VALUES ({}) RETURNING *").format(
            sql.Identifier(schema, "overrides"),
            sql.SQL(", ").join(map(sql.Identifier, columns)),
            sql.SQL(", ").join(sql.Placeholder() * len(columns)),
        ),
        [*(values[c] for c in COLUMNS), str(who).strip()],
    )
    return _plain(cur.fetchone())


def select(conn: Connection, schema: str, *, latest: bool = False) -> list[dict]:
    """Every correction in the order made, or with ``latest`` only the last one per
    place (name and district)."""
    table = sql.Identifier(schema, "overrides")
    if latest:
        query = sql.SQL(
            "SELECT * FROM (SELECT DISTINCT ON (name, district) * FROM {}"
            " ORDER BY name, district, id DESC) AS last ORDER BY id"
        ).format(table)
    else:
        query = sql.SQL("SELECT * FROM {} ORDER BY id").format(table)
    return [_plain(r) for r in conn.cursor(row_factory=dict_row).execute(query)]


def to_gazetteer(rows: list[dict]) -> Gazetteer:
    """``rows`` read as an overrides file is: coordinates converted to WGS-84, checked."""
    with tempfile.TemporaryDirectory() as folder:
        path = _write_csv(Path(folder) / "overrides.csv", rows)
        return Gazetteer(Gazetteer.read(path).entries)


def _validated(row: dict) -> dict:
    """``row`` with every column, numbers as floats, after the gazetteer reader's checks
    (the same a build would make of it)."""
    unknown = set(row) - set(COLUMNS)
    if unknown:
        raise ValueError(f"unknown override columns: {', '.join(sorted(map(str, unknown)))}")
    text = {c: "" if row.get(c) is None else str(row[c]).strip() for c in COLUMNS}
    with tempfile.TemporaryDirectory() as folder:
        path = _write_csv(Path(folder) / "override", [text])
        try:
            Gazetteer.read(path)
        except ValueError as exc:
            raise ValueError(str(exc).replace(f"{path}:2: ", "")) from None
    values: dict = dict(text)
    values["source_crs"] = text["source_crs"] or "WGS-84"
    values["lon"], values["lat"] = float(text["lon"]), float(text["lat"])
    values["radius_m"] = float(text["radius_m"]) if text["radius_m"] else None
    values["confidence"] = float(text["confidence"] or DEFAULT_CONFIDENCE)
    return values


def _write_csv(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: "" if row.get(c) is None else row[c] for c in COLUMNS})
    return path


def _plain(row: dict) -> dict:
    """A stored row with ``at`` as ISO 8601 in UTC (JSON-ready)."""
    return {**row, "at": row["at"].astimezone(UTC).isoformat(timespec="seconds")}

"""Policy documents added through the API, kept in PostGIS beside the overrides: every
API worker and every machine then rebuilds from the same corpus.

The table (``uploads`` in the control schema) is append-only; a document is stored whole
(its bytes, name, who added it and when) in the transaction that confirms it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from psycopg import Connection, Cursor, sql


@dataclass(frozen=True)
class StoredUpload:
    """One confirmed document."""

    upload_id: str
    filename: str
    """The name it was uploaded under (shown, never used as a path)."""
    suffix: str
    """Its type, as a lower-case suffix (``.pdf``): how the reader reads it."""
    content: bytes
    who: str
    at: datetime

    @property
    def file_name(self) -> str:
        """The name a rebuild gives its copy: the upload id and the type."""
        return f"{self.upload_id}{self.suffix}"


def create_table(cur: Cursor, schema: str) -> None:
    """The uploads table of the control schema ``schema``, if it is not there yet."""
    cur.execute(
        sql.SQL(
            "CREATE TABLE IF NOT EXISTS {} ("
            " upload_id text PRIMARY KEY CHECK (upload_id ~ '^[0-9a-f]{{32}}$'),"
            " filename text NOT NULL, suffix text NOT NULL CHECK (suffix ~ '^\\.[a-z]+$'),"
            " content bytea NOT NULL, who text NOT NULL,"
            " at timestamptz NOT NULL DEFAULT now())"
        ).format(sql.Identifier(schema, "uploads"))
    )


def insert(
    conn: Connection, schema: str, upload_id: str, filename: str, content: bytes, who: str
) -> bool:
    """Store a confirmed document; False when ``upload_id`` was stored already (a second
    confirmation), True otherwise."""
    suffix = Path(filename).suffix.lower()
    cur = conn.execute(
        sql.SQL(
            "INSERT INTO {} (upload_id, filename, suffix, content, who)"
            " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (upload_id) DO NOTHING"
        ).format(sql.Identifier(schema, "uploads")),
        [upload_id, Path(filename).name, suffix, content, who],
    )
    return cur.rowcount == 1


def select(conn: Connection, schema: str) -> list[StoredUpload]:
    """Every stored document, oldest first."""
    rows = conn.execute(
        sql.SQL(
            "SELECT upload_id, filename, suffix, content, who, at FROM {} ORDER BY at, upload_id"
        ).format(sql.Identifier(schema, "uploads"))
    )
    return [
        StoredUpload(uid, name, suffix, bytes(content), who, at.astimezone(UTC))
        for uid, name, suffix, content, who, at in rows
    ]


def materialise(uploads: list[StoredUpload], folder: Path) -> list[Path]:
    """Write each document into ``folder`` under its upload id; the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for upload in uploads:
        path = folder / upload.file_name
        path.write_bytes(upload.content)
        paths.append(path)
    return paths

"""An atlas's documents kept in PostGIS beside its corrections log (``layers.corpus``):
every API worker and every machine then builds from the same corpus.

The table (``corpus`` in the control schema) holds each document whole, keyed by its
content key; adding a document whose text is kept already adds nothing.
"""

from __future__ import annotations

from datetime import UTC

from psycopg import Connection, Cursor, sql

from layers.corpus import CorpusDocument, CorpusEntry, find


def create_table(cur: Cursor, schema: str) -> None:
    """The corpus table of the control schema ``schema``, if it is not there yet."""
    cur.execute(
        sql.SQL(
            "CREATE TABLE IF NOT EXISTS {} ("
            " key text PRIMARY KEY CHECK (key ~ '^[0-9a-f]{{64}}$'),"
            " filename text NOT NULL, suffix text NOT NULL CHECK (suffix ~ '^\\.[a-z]+$'),"
            " content bytea NOT NULL, who text NOT NULL,"
            " added timestamptz NOT NULL DEFAULT now())"
        ).format(sql.Identifier(schema, "corpus"))
    )


def insert(conn: Connection, schema: str, document: CorpusDocument) -> CorpusEntry | None:
    """Keep ``document``; the entry kept under its key already, or None when added."""
    table = sql.Identifier(schema, "corpus")
    with conn.transaction():
        cur = conn.execute(
            sql.SQL(
                "INSERT INTO {} (key, filename, suffix, content, who, added)"
                " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (key) DO NOTHING"
            ).format(table),
            [document.key, document.filename, document.suffix, document.content, document.who,
             document.added],
        )  # fmt: skip
        if cur.rowcount == 1:
            return None
        return find(entries(conn, schema, key=document.key), document.key)


def select(conn: Connection, schema: str) -> list[CorpusDocument]:
    """Every document kept, with its bytes, oldest first."""
    rows = conn.execute(
        sql.SQL(
            "SELECT key, filename, suffix, content, who, added FROM {} ORDER BY added, key"
        ).format(sql.Identifier(schema, "corpus"))
    )
    return [
        CorpusDocument(k, name, suffix, bytes(content), who, added.astimezone(UTC))
        for k, name, suffix, content, who, added in rows
    ]


def entries(conn: Connection, schema: str, key: str | None = None) -> list[CorpusEntry]:
    """Every document kept (or the one under ``key``) without its bytes, oldest first:
    the database measures and digests them, none is sent."""
    where = sql.SQL(" WHERE key = %s") if key else sql.SQL("")
    rows = conn.execute(
        sql.SQL(
            "SELECT key, filename, suffix, octet_length(content), encode(sha256(content), 'hex'),"
            " who, added FROM {}{} ORDER BY added, key"
        ).format(sql.Identifier(schema, "corpus"), where),
        [key] if key else [],
    )
    return [
        CorpusEntry(k, name, suffix, size, digest, who, added.astimezone(UTC))
        for k, name, suffix, size, digest, who, added in rows
    ]


def delete(conn: Connection, schema: str, key: str) -> CorpusEntry:
    """Forget the document ``key`` names (``layers.corpus.find``); KeyError if none."""
    with conn.transaction():
        gone = find(entries(conn, schema), key)
        conn.execute(
            sql.SQL("DELETE FROM {} WHERE key = %s").format(sql.Identifier(schema, "corpus")),
            [gone.key],
        )
    return gone

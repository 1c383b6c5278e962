"""The corrections log of a PostGIS atlas (``layers.stores.edits``): the ``edits`` table of
the control schema, which atlas rebuilds never replace.

The table is append-only: each edit is a new row with its own identity id, so two
officers saving at once both land, and the history stays. ``data`` is ``jsonb``: a new
kind of edit needs no new column.

An atlas kept before the log had its corrections in an ``overrides`` table (the overrides
file's columns, ``who`` and ``at``). ``create_table`` copies them into ``edits`` as
``location`` edits, in their order, and renames that table ``overrides_before_edits``
(kept, never read again): once, under the setup lock, in the setup transaction.
"""

from __future__ import annotations

from datetime import UTC

from psycopg import Connection, Cursor, sql
from psycopg.types.json import Jsonb

from geo.gazetteer import COLUMNS
from layers.stores.edits import LOCATION, Edit, checked

LEGACY = "overrides"
"""The table corrections were kept in before the log."""


def create_table(cur: Cursor, schema: str) -> None:
    """The edits table of the control schema ``schema``, if it is not there yet, with the
    corrections of a ``LEGACY`` table moved in."""
    table = sql.Identifier(schema, "edits")
    cur.execute(
        sql.SQL(
            "CREATE TABLE IF NOT EXISTS {} ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " kind text NOT NULL, place text NOT NULL, data jsonb NOT NULL,"
            " who text NOT NULL, why text NOT NULL, at timestamptz NOT NULL DEFAULT now())"
        ).format(table)
    )
    cur.execute(sql.SQL("SELECT to_regclass(%s)"), [f'"{schema}"."{LEGACY}"'])
    row = cur.fetchone()
    if row is None or row[0] is None:
        return
    data = sql.SQL(", ").join(
        sql.SQL("{}, {}").format(sql.Literal(c), sql.Identifier(c)) for c in COLUMNS
    )
    cur.execute(
        sql.SQL(
            "INSERT INTO {} (kind, place, data, who, why, at)"
            " SELECT %s, '', jsonb_build_object({}), who, note, at FROM {} ORDER BY id"
        ).format(table, data, sql.Identifier(schema, LEGACY)),
        [LOCATION],
    )
    cur.execute(
        sql.SQL("ALTER TABLE {} RENAME TO {}").format(
            sql.Identifier(schema, LEGACY), sql.Identifier(f"{LEGACY}_before_edits")
        )
    )


def insert(conn: Connection, schema: str, edit: Edit) -> Edit:
    """Append ``edit`` (``checked`` first: ``ValueError`` stores nothing); the edit as
    stored, with its ``id`` and time."""
    edit = checked(edit)
    row = conn.execute(
        sql.SQL(
            "INSERT INTO {} (kind, place, data, who, why, at) VALUES (%s, %s, %s, %s, %s, %s)"
            " RETURNING id, kind, place, data, who, why, at"
        ).format(sql.Identifier(schema, "edits")),
        [edit.kind, edit.place, Jsonb(dict(edit.data)), edit.who, edit.why, edit.at],
    ).fetchone()
    assert row is not None  # INSERT … RETURNING returns the row inserted
    return _edit(row)


def select(conn: Connection, schema: str) -> list[Edit]:
    """Every edit, in the order made."""
    rows = conn.execute(
        sql.SQL("SELECT id, kind, place, data, who, why, at FROM {} ORDER BY id").format(
            sql.Identifier(schema, "edits")
        )
    )
    return [_edit(row) for row in rows]


def _edit(row: tuple) -> Edit:
    id_, kind, place, data, who, why, at = row
    return Edit(kind=kind, place=place, data=data, who=who, why=why, at=at.astimezone(UTC), id=id_)

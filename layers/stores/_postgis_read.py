"""Reading an atlas version back from PostGIS: whole layers as the GeoPackage backend
returns them, and filtered pages of features for the API.

Every filter is a bound parameter; the only names in the SQL are a table of the fixed
set (``_postgis_write.NAMES``) and its columns as written, quoted as identifiers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely
from psycopg import Cursor, sql

from geo.admin import Area
from layers.atlas import CRS
from layers.stores import Rows
from layers.stores._postgis_write import DISTRICTS, search_key

DTYPES = {16: bool, 20: np.int64, 21: np.int64, 23: np.int64, 700: np.float64, 701: np.float64}
"""The dtype of an empty or all-null column, by PostgreSQL type OID; text is then
``object`` (of None), as GDAL reads it."""
NULLABLE: dict[type, type] = {bool: object, np.int64: np.float64}
"""What a null makes of a column's dtype (pandas has no null in bool or int64)."""
WGS84 = pyproj.CRS.from_user_input(CRS)
"""Parsed once: parsing it again for every page costs more than the page's query."""


def select_rows(cur: Cursor, table: sql.Identifier, columns: list[str], spatial: bool) -> Rows:
    """Every row of ``table``, in row order."""
    query = sql.SQL("SELECT {} FROM {} ORDER BY fid").format(_fields(columns, spatial), table)
    cur.execute(query)
    return Rows(columns, cur.fetchall(), [d.type_code for d in cur.description or ()])


def select_page(
    cur: Cursor,
    table: sql.Identifier,
    columns: list[str],
    where: sql.Composable,
    params: dict,
    limit: int,
    offset: int,
) -> tuple[Rows, int]:
    """``limit`` rows of the layer ``table`` matching ``where`` from ``offset``, in row
    order, and how many match in all.

    One statement: the matching ``fid`` are found once (the filters' index scans and
    rechecks), counted, and the page's rows fetched by primary key; counting and paging
    in two statements ran the filters twice (half the time again at 1M places)."""
    query = sql.SQL(
        "WITH matched AS MATERIALIZED (SELECT fid FROM {table} WHERE {where}),"
        " page AS (SELECT fid FROM matched ORDER BY fid LIMIT %(limit)s OFFSET %(offset)s)"
        " SELECT (SELECT count(*) FROM matched), {fields}"
        " FROM page JOIN {table} AS t USING (fid) ORDER BY fid"
    ).format(table=table, where=where, fields=_fields(columns, True, "t"))
    cur.execute(query, {**params, "limit": limit, "offset": offset})
    found = cur.fetchall()
    types = [d.type_code for d in cur.description or ()][1:]
    if found:
        return Rows(columns, [row[1:] for row in found], types), int(found[0][0])
    # An empty page: count on its own (past the last match, or nothing matches).
    count = sql.SQL("SELECT count(*) FROM {} WHERE {}").format(table, where)
    counted = cur.execute(count, params).fetchone()
    assert counted is not None  # count(*) answers one row
    return Rows(columns, [], types), int(counted[0])


def _fields(columns: list[str], spatial: bool, alias: str | None = None) -> sql.Composable:
    def name(column: str) -> sql.Identifier:
        return sql.Identifier(alias, column) if alias else sql.Identifier(column)

    fields: list[sql.Composable] = [name(c) for c in columns]
    if spatial:
        fields.append(sql.SQL("ST_AsBinary({})").format(name("geom")))
    return sql.SQL(", ").join(fields) if fields else sql.SQL("NULL")


def to_frame(found: Rows, spatial: bool) -> gpd.GeoDataFrame | pd.DataFrame:
    """``found`` as the GeoPackage backend reads it: a DataFrame with its columns (a
    GeoDataFrame in EPSG:4326 when ``spatial``)."""
    values = list(zip(*found.rows, strict=True)) if found.rows else [()] * len(found.types)
    frame = pd.DataFrame(
        {c: _column(v, t) for c, v, t in zip(found.columns, values, found.types, strict=False)},
        index=pd.RangeIndex(len(found.rows)),
    )
    if not spatial:
        return frame
    geometry = shapely.from_wkb(np.array(values[-1], dtype=object))
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=WGS84)


def _column(values: tuple, oid: int) -> list | pd.Series:
    """A column with the dtype GDAL gives it when reading the GeoPackage: pandas infers
    it from the values (str; int64, or float64 with NaN for a null; bool, or object with
    a null) except where there is no value to infer from."""
    if any(v is not None for v in values):
        return list(values)
    dtype: type = DTYPES.get(oid, object)
    if values:  # all null: what a null makes of the column
        dtype = NULLABLE.get(dtype, dtype)
    return pd.Series(values, dtype=dtype)


def filters(
    name: str,
    *,
    bbox: Sequence[float] | None = None,
    sector_ids: Sequence[str] | None = None,
    district: Area | None = None,
    kind: str | None = None,
    q: str | None = None,
    dates: tuple[str, str] | None = None,
    ids: Sequence[str] | None = None,
) -> tuple[sql.Composable, dict]:
    """The WHERE clause and its parameters for the filters of ``features``; ``ValueError``
    for a filter the layer cannot apply."""
    places = name != DISTRICTS
    if not places and (sector_ids is not None or kind is not None):
        raise ValueError(
            "the districts layer holds boundaries with per-sector counts, not places: "
            "filter a place layer by sector or kind"
        )
    clauses: list[sql.Composable] = []
    params: dict = {}
    if ids is not None:
        column = "id" if places else "name"  # a district's feature id is its name
        clauses.append(sql.SQL("{} = ANY(%(ids)s::text[])").format(sql.Identifier(column)))
        params["ids"] = [str(i) for i in ids]
    if bbox is not None:
        minx, miny, maxx, maxy = _bbox(bbox)
        envelope = sql.SQL("ST_MakeEnvelope(%(minx)s, %(miny)s, %(maxx)s, %(maxy)s, 4326)")
        clauses.append(sql.SQL("ST_Intersects(geom, {})").format(envelope))
        params |= {"minx": minx, "miny": miny, "maxx": maxx, "maxy": maxy}
    if sector_ids is not None:
        overlap = sql.SQL("sector_ids_arr && %(sector_ids)s::text[]")
        # With a bbox, its GiST index alone is the fast plan: the planner would AND in the
        # GIN bitmap of the sectors, which for a broad sector (a third of the rows) costs
        # 10x the whole query at 1M places. IS TRUE keeps the test out of index plans.
        clauses.append(sql.SQL("({}) IS TRUE").format(overlap) if bbox is not None else overlap)
        params["sector_ids"] = [str(s) for s in sector_ids]
    if district is not None:
        if places and district.prefix:  # in a unit inside the area, or named so if none
            clauses.append(
                sql.SQL(
                    "((COALESCE(unit_code, '') = '' AND district = %(district)s)"
                    " OR unit_code LIKE %(unit)s)"
                )
            )
            params["unit"] = district.prefix + "%"
            params["district"] = district.name
        elif places:
            clauses.append(sql.SQL("district = %(district)s"))
            params["district"] = district.name
        else:  # the districts collection names a unit elsewhere with its city
            clauses.append(sql.SQL("name = %(district)s"))
            params["district"] = district.layer_name
    if kind is not None:
        clauses.append(sql.SQL("kind = %(kind)s"))
        params["kind"] = str(kind)
    if q:
        # A substring of the normalised name or an alias; LIKE's wildcards in q are text.
        escaped = search_key(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append(sql.SQL("search_text LIKE %(q)s"))
        params["q"] = f"%{escaped}%"
    if dates is not None:
        clauses.append(_dates(places, *dates, params))
    where = sql.SQL(" AND ").join(clauses) if clauses else sql.SQL("TRUE")
    return where, params


def _bbox(bbox: Sequence[float]) -> tuple[float, float, float, float]:
    values = tuple(float(v) for v in bbox)
    if len(values) != 4 or not all(map(math.isfinite, values)):
        raise ValueError(f"bbox must be four finite numbers, not {bbox!r}")
    minx, miny, maxx, maxy = values
    if minx > maxx or miny > maxy:
        raise ValueError(f"bbox {bbox!r}: the minimum is above the maximum")
    return minx, miny, maxx, maxy


def _dates(places: bool, start: str, end: str, params: dict) -> sql.Composable:
    """Places whose dates (first to latest mention) meet ``start``–``end`` (``""``: an
    open end), as the API's in-memory filter; districts have no dates."""
    if not places:
        return sql.SQL("FALSE")
    clause: sql.Composable = sql.SQL("first_date <> '' AND latest_date <> ''")
    if end:
        clause += sql.SQL(" AND first_date <= %(end)s")
        params["end"] = str(end)
    if start:
        clause += sql.SQL(" AND latest_date >= %(start)s")
        params["start"] = str(start)
    return clause

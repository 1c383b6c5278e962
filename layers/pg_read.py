"""Reading an atlas version back from PostGIS: whole layers as ``GeoPackageStore.layer``
returns them, and filtered pages of features for the API.

Every filter is a bound parameter; the only names in the SQL are a table of the fixed
set (``layers.pg_write.NAMES``) and its columns as written, quoted as identifiers.
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

from layers.atlas import CRS
from layers.pg_write import DISTRICTS, search_key

DTYPES = {16: bool, 20: np.int64, 21: np.int64, 23: np.int64, 700: np.float64, 701: np.float64}
"""The dtype of an empty or all-null column, by PostgreSQL type OID; text is then
``object`` (of None), as GDAL reads it."""
WGS84 = pyproj.CRS.from_user_input(CRS)
"""Parsed once: parsing it again for every page costs more than the page's query."""


def select_frame(
    cur: Cursor,
    table: sql.Identifier,
    columns: list[str],
    spatial: bool,
    where: sql.Composable | None = None,
    params: dict | None = None,
    page: tuple[int, int] | None = None,
) -> gpd.GeoDataFrame | pd.DataFrame:
    """The rows of ``table`` matching ``where``, in row order, as a DataFrame with
    ``columns`` (a GeoDataFrame in EPSG:4326 when ``spatial``); ``page``: (limit, offset)."""
    fields = [sql.Identifier(c) for c in columns]
    if spatial:
        fields.append(sql.SQL("ST_AsBinary(geom)"))
    query = sql.SQL("SELECT {} FROM {} WHERE {} ORDER BY fid").format(
        sql.SQL(", ").join(fields) if fields else sql.SQL("NULL"), table, where or sql.SQL("TRUE")
    )
    params = dict(params or {})
    if page is not None:
        query += sql.SQL(" LIMIT %(limit)s OFFSET %(offset)s")
        params |= {"limit": page[0], "offset": page[1]}
    cur.execute(query, params)
    rows = cur.fetchall()
    types = [d.type_code for d in cur.description or ()]
    values = list(zip(*rows, strict=True)) if rows else [()] * len(types)
    frame = pd.DataFrame(
        {c: _column(v, t) for c, v, t in zip(columns, values, types, strict=False)},
        index=pd.RangeIndex(len(rows)),
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
    dtype = DTYPES.get(oid, object)
    if values:  # all null: what a null makes of the column
        dtype = {bool: object, np.int64: np.float64}.get(dtype, dtype)
    return pd.Series(values, dtype=dtype)


def filters(
    name: str,
    *,
    bbox: Sequence[float] | None = None,
    sector_ids: Sequence[str] | None = None,
    district: str | None = None,
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
        clauses.append(sql.SQL("sector_ids_arr && %(sector_ids)s::text[]"))
        params["sector_ids"] = [str(s) for s in sector_ids]
    if district is not None:
        column = "district" if places else "name"
        clauses.append(sql.SQL("{} = %(district)s").format(sql.Identifier(column)))
        params["district"] = str(district)
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
    clause = sql.SQL("first_date <> '' AND latest_date <> ''")
    if end:
        clause += sql.SQL(" AND first_date <= %(end)s")
        params["end"] = str(end)
    if start:
        clause += sql.SQL(" AND latest_date >= %(start)s")
        params["start"] = str(start)
    return clause

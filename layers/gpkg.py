"""Writing layers and tables into a GeoPackage: the GeoPackage backend's files and the
``gpkg`` export alike."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio


def write_layer(path: Path, name: str, frame: pd.DataFrame) -> None:
    """Append one layer or attribute table to a GeoPackage."""
    if isinstance(frame, gpd.GeoDataFrame):
        kinds = set(frame.geom_type.dropna())
        if kinds <= {"Polygon", "MultiPolygon"} and kinds:
            kinds = {"MultiPolygon"}  # district boundaries: one type, as GIS tools want
        geometry_type = kinds.pop() if len(kinds) == 1 else "Unknown"
        pyogrio.write_dataframe(
            frame, path, layer=name, driver="GPKG", geometry_type=geometry_type,
            promote_to_multi=geometry_type == "MultiPolygon", append=path.exists(),
        )  # fmt: skip
    else:
        pyogrio.write_dataframe(frame, path, layer=name, driver="GPKG", append=path.exists())

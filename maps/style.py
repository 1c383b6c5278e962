"""Colours and legend classes: one colour per top-level sector, sub-sector colours for the
map of one sector, and the classes of the coverage choropleth.

A place's colour group comes from its sectors (``Grouping``): on the overview each
top-level sector is a group; on a sector map each sub-sector of the chosen sector is one.
A marker shows the colours of all its groups (a pie), so a multi-sector tower reads as
one at a glance.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, field

import numpy as np

from extract.taxonomy import NATIONAL_ROOTS, Taxonomy
from maps.i18n import text

TOP_LEVEL_COLOURS = {
    "research-development": "#7b4fb8",
    "industrial-design": "#d9418c",
    "testing-inspection": "#2f9e8f",
    "smart-maintenance": "#8a6d3b",
    "low-carbon-environment": "#43a047",
    "engineering-technical": "#5d6d7e",
    "total-integration": "#a1887f",
    "supply-chain": "#f0932b",
    "industrial-ecommerce": "#ff6f61",
    "software-info": "#1f6fd1",
    "data-resources": "#00a3c4",
    "finance": "#c0392b",
    "logistics": "#9c6b30",
    "business-exhibition": "#d4a300",
    "human-resources": "#ef7fb0",
    "leasing": "#7f8c1f",
    "accounting-audit-tax": "#5b4b8a",
    "legal-ip": "#2e4a7d",
    "culture-tourism": "#e8590c",
    "health": "#2fb380",
    "life-sciences": "#89b92c",
    "trade": "#b983ff",
    "manufacturing": "#455a64",
    "low-altitude": "#29b6f6",
    "agri-services": "#9e9d24",
}
"""The colour of each top-level sector of ``data/sectors.csv``, the same on every map."""

SUB_SECTOR_COLOURS = (
    "#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#edc948",
    "#76b7b2", "#ff9da7", "#9c755f", "#2f4b7c", "#a05195", "#665191",
)  # fmt: skip
"""Colours of the sub-sectors on the map of one sector (Tableau 10, then two more)."""

UMBRELLA_COLOUR = "#90a4ae"
NO_SECTOR_COLOUR = "#b0b0b0"
CONTEXT_COLOUR = "#6b7280"

CHOROPLETH_COLOURS = ("#f4f4f2", "#c6dbef", "#6baed6", "#2f7fc1", "#08306b")
"""District shades, from no carrier to the most."""
SERVICE_COLOUR = "#0d9488"
"""The 1 km service areas of the coverage map."""
FOCUS_COLOUR = "#111827"
"""The place a place map is about, and its radius."""

UMBRELLA = "umbrella"
NO_SECTOR = "none"
CONTEXT = "context"


@dataclass(frozen=True)
class Group:
    """A colour group of places: a legend entry and a filter of the layer control."""

    key: str
    label: str
    colour: str


@dataclass
class Grouping:
    """Which colour group each sector of the taxonomy belongs to, for one map."""

    groups: list[Group]
    of_sector: dict[str, str] = field(default_factory=dict)

    def of_place(self, sector_ids: str) -> list[str]:
        """The group keys of a place's ``|``-joined sector ids, first-named first; a place
        with none of the grouped sectors is in the no-sector group."""
        keys = [self.of_sector[s] for s in sector_ids.split("|") if s in self.of_sector]
        return list(dict.fromkeys(keys)) or [NO_SECTOR]

    def index(self) -> dict[str, int]:
        """Position of each group key in ``groups``."""
        return {g.key: i for i, g in enumerate(self.groups)}


def _name(taxonomy: Taxonomy, sector_id: str, lang: str) -> str:
    sector = taxonomy.get(sector_id)
    return sector.name_en if lang == "en" else sector.name_zh


def _common_groups(lang: str) -> list[Group]:
    return [
        Group(UMBRELLA, text("umbrella", lang), UMBRELLA_COLOUR),
        Group(NO_SECTOR, text("no_sector", lang), NO_SECTOR_COLOUR),
        Group(CONTEXT, text("context", lang), CONTEXT_COLOUR),
    ]


def top_level_colour(taxonomy: Taxonomy, sector_id: str) -> str:
    """The colour of the group (``Taxonomy.section``) ``sector_id`` is coloured by."""
    top = taxonomy.section(sector_id)
    if top in TOP_LEVEL_COLOURS:
        return TOP_LEVEL_COLOURS[top]
    others = [g.id for g in _map_groups(taxonomy) if g.id not in TOP_LEVEL_COLOURS]
    return _spread_colour(others.index(top) if top in others else 0)


def _spread_colour(index: int) -> str:
    """The ``index``-th of an endless run of distinct colours: hues a golden angle
    (137.5°) apart at one saturation and lightness, so neighbours differ most."""
    red, green, blue = colorsys.hls_to_rgb((index * 137.508 % 360) / 360, 0.45, 0.6)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


def _map_groups(taxonomy: Taxonomy) -> list:
    """The sectors maps colour by: the top-level sectors, and the sections of each
    national classification (its root only for a place tagged with the root itself)."""
    return [
        s for s in taxonomy.sectors.values()
        if not s.is_umbrella and (s.parent is None or s.parent in NATIONAL_ROOTS)
    ]  # fmt: skip


def top_level_grouping(taxonomy: Taxonomy, lang: str) -> Grouping:
    """One group per top-level sector, and per section of a national classification
    (umbrella terms share one group)."""
    groups = [
        Group(s.id, _name(taxonomy, s.id, lang), top_level_colour(taxonomy, s.id))
        for s in _map_groups(taxonomy)
    ]
    of_sector = {
        s.id: UMBRELLA if s.is_umbrella else taxonomy.section(s.id)
        for s in taxonomy.sectors.values()
    }
    return Grouping(groups + _common_groups(lang), of_sector)


def sector_grouping(taxonomy: Taxonomy, sector_id: str, lang: str) -> Grouping:
    """For the map of one sector: one group per sub-sector (per member, for an umbrella
    term), the sector itself for places tagged with it alone, and the umbrella terms
    covering it."""
    sector = taxonomy.get(sector_id)
    children = list(sector.members) or [
        s.id for s in taxonomy.sectors.values() if s.parent == sector_id
    ]
    general = Group(
        sector_id,
        text("general", lang, name=_name(taxonomy, sector_id, lang)),
        UMBRELLA_COLOUR if sector.is_umbrella else top_level_colour(taxonomy, sector_id),
    )
    groups = [general] + [
        Group(c, _name(taxonomy, c, lang), SUB_SECTOR_COLOURS[i % len(SUB_SECTOR_COLOURS)])
        for i, c in enumerate(children)
    ]
    of_sector = {sector_id: sector_id}
    for child in children:
        of_sector.update({s: child for s in (child, *taxonomy.descendants(child))})
    for covered in taxonomy.covers(sector_id) - of_sector.keys():
        of_sector[covered] = UMBRELLA
    return Grouping(groups + _common_groups(lang), of_sector)


@dataclass(frozen=True)
class ShadeClass:
    """One class of the choropleth: counts ``low`` to ``high`` inclusive."""

    low: int
    high: int
    colour: str

    def label(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


def shade_classes(counts: np.ndarray) -> list[ShadeClass]:
    """Classes of the choropleth: 0 alone, then up to four classes splitting the
    positive counts at their quantiles, each class a range of whole numbers."""
    counts = np.asarray(counts, dtype=int)
    positive = counts[counts > 0]
    classes = [ShadeClass(0, 0, CHOROPLETH_COLOURS[0])]
    if not len(positive):
        return classes
    uppers = sorted({int(np.ceil(q)) for q in np.quantile(positive, [0.25, 0.5, 0.75, 1.0])})
    colours = CHOROPLETH_COLOURS[-len(uppers) :]
    low = 1
    for high, colour in zip(uppers, colours, strict=True):
        classes.append(ShadeClass(low, high, colour))
        low = high + 1
    return classes


def shade_of(count: int, classes: list[ShadeClass]) -> int:
    """Index of the class ``count`` falls in."""
    return next(i for i, c in enumerate(classes) if c.low <= count <= c.high)

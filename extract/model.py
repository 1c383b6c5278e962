"""The records that flow out of the extraction step: documents, places, mentions, targets.

Offsets (``start``, ``end``) always index ``Document.text``, the cleaned text of one
document (boilerplate stripped, hard wraps undone), so a quote can be found again.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field

from geo.unknown import UnknownName


@dataclass(frozen=True)
class Kind:
    """A kind of carrier a plan designates for industries: one row of ``KINDS``, the one
    table the extraction, the atlas's layers, the API's collections, the exports' labels
    and the map's legend and markers (sent to its script as JSON) all read."""

    id: str
    """What places' ``kind`` holds: ``park``."""
    layer: str
    """The atlas layer and API collection of its places: ``parks``."""
    zh: str
    """Its label in Chinese, the same on the map, in the API and in the exports."""
    en: str
    """Its label in English."""
    shape: str
    """The map marker's shape (a ``ca-shape-*`` class of ``maps/static/atlas.css``)."""
    marker_px: int
    """The map marker's size in CSS pixels (a building's is smaller: towers stand close)."""
    description: str
    """What the places of its layer are, for the API's collection."""
    extent: bool
    """Whether it covers ground: a located area is drawn as a circle of its extent
    (buildings and facilities are sites, drawn as points)."""
    specificity: int
    """When spellings of one place disagree on its kind, the lowest wins (a 大厦 named
    as a 楼宇 and as part of a 园区 is a building)."""

    @property
    def title(self) -> str:
        """Its layer's title, both languages: ``园区 Parks``."""
        return f"{self.zh} {self.layer.replace('_', ' ').capitalize()}"

    def label(self, lang: str) -> str:
        """Its label in ``lang`` (``zh`` or ``en``)."""
        return self.en if lang == "en" else self.zh


KINDS: dict[str, Kind] = {
    k.id: k
    for k in (
        Kind("park", "parks", "园区", "Park", "square", 19,
             "Industrial parks, bases and science parks the plans name: a circle of the "
             "park's extent where it is known, its site otherwise.", True, 4),
        Kind("zone", "zones", "集聚区", "Zone", "diamond", 19,
             "Clusters, business districts and functional zones (集聚区, 商务区, 片区).",
             True, 5),
        Kind("building", "buildings", "楼宇", "Building", "circle", 17,
             "Featured office towers and industrial buildings (特色产业楼宇): sites.",
             False, 0),
        Kind("port", "ports", "港口", "Port", "hexagon", 19,
             "Ports, rail and logistics hubs.", True, 2),
        Kind("landmark", "landmarks", "地标", "Landmark", "star", 19,
             "Historic streets, landmarks and cultural blocks hosting services.", True, 1),
        Kind("facility", "facilities", "设施", "Facility", "triangle", 19,
             "Laboratories, institutes and service centres: sites.", False, 3),
        Kind("district", "districts_as_carriers", "区县整体", "Whole district", "octagon", 19,
             "Whole districts a plan assigns sectors to, at their representative point.",
             True, 6),
    )
}  # fmt: skip
"""Every kind of carrier, in the order of the layers, the API's collections and the
map's legend."""
PLACE_KINDS = tuple(KINDS)
"""Their ids."""


def kind(text: str) -> Kind:
    """The kind ``text`` names: its id, layer, or Chinese or English label, in any case
    (``park``, ``parks``, ``园区``, ``Park``); ``UnknownName`` listing them otherwise."""
    key = text.strip().casefold()
    for k in KINDS.values():
        if key in (k.id, k.layer, k.zh, k.en.casefold()):
            return k
    shown = ", ".join(KINDS)
    raise UnknownName(
        text, "carrier kind", KINDS, message=f"unknown kind {text!r}; choose one of {shown}"
    )


@dataclass(frozen=True)
class Section:
    """One heading of a document and the span of text it governs."""

    number: str
    """The numbering as written: ``三``, ``（一）``, ``1``, ``专栏3``, ``表1``."""
    title: str
    """The heading text after its number, e.g. ``主要领域`` or ``金融服务业``."""
    level: int
    """Depth in the tree: 1 for ``一、``, 2 for ``（一）``, 3 for ``1.``; boxes nest deeper."""
    start: int
    """Offset of the heading in ``Document.text``."""
    end: int
    """Offset where the section ends (the next heading of the same or a higher level)."""
    heading_end: int
    """Offset where the heading line ends and the section body begins."""

    @property
    def label(self) -> str:
        """The heading as a reader would cite it, e.g. ``（一）金融服务业``."""
        if self.number.isdigit():
            sep = "."
        elif self.number.startswith(("专栏", "表", "第")):
            sep = " "
        elif self.number[:1] in "一二三四五六七八九十" and not self.number.endswith("是"):
            sep = "、"
        else:
            sep = ""  # 「（一）金融服务业」, 「三是大力实施…」
        return f"{self.number}{sep}{self.title}".strip()


@dataclass(frozen=True)
class Cell:
    """One cell of a table row."""

    text: str
    start: int
    """Offset of the cell's text in ``Document.text``; a merged cell points at the cell it
    inherits from."""
    end: int
    inherited: bool = False
    """True when the cell was left empty under a merged or blank cell and takes its text
    from the row above."""


TABLE_ROLES = ("serial", "name", "district", "sectors", "area", "date")
"""What a recognised column holds: 序号, the carrier's 名称, 所属区县/所在地, 主导产业,
面积, 批准时间."""


@dataclass
class Table:
    """A table of a document: its header and rows, with each cell's offsets."""

    header: list[str]
    """The column headings as written."""
    columns: dict[str, int]
    """Index of the column that plays each recognised role (``TABLE_ROLES``)."""
    rows: list[list[Cell]]
    """Body rows, as long as the header."""
    start: int
    end: int
    """The span of the table (header and rows) in ``Document.text``."""

    def cell(self, row: list[Cell], role: str) -> Cell | None:
        """The cell of ``row`` in the column playing ``role``, if the table has one."""
        index = self.columns.get(role)
        return row[index] if index is not None else None


_KEY_DROP = re.compile(r"[\W_]+")


@dataclass
class Document:
    """One policy document, read from a file (a file may hold several)."""

    id: str
    source: str
    """The input path the document was read from."""
    title: str
    issuer: str = ""
    date: str = ""
    """ISO date ``YYYY-MM-DD`` of issue, or ``""`` when the text gives none."""
    doc_number: str = ""
    """The 文号, e.g. ``渝府发〔2024〕18号``."""
    jurisdiction: str = ""
    """``重庆市`` for a city-level document, else the 区/县/新区 it governs."""
    text: str = ""
    """The cleaned text, verbatim: quotes are cut from it and every offset indexes it."""
    sections: list[Section] = field(default_factory=list)
    reading_text: str = ""
    """What the extractor reads: ``text`` with pinyin notes dropped and traditional
    lines converted to simplified (``extract.script.read_as``, which maps its offsets
    back to ``text``); ``""`` when that changes nothing. See ``reading``."""
    tables: list[Table] = field(default_factory=list)
    """The tables found in ``text``, with their header, rows and cell offsets."""

    @property
    def reading(self) -> str:
        """The text the extractor reads: ``reading_text``, or ``text`` when that is empty."""
        return self.reading_text or self.text

    @property
    def content_key(self) -> str:
        """A hash of what the document says, blind to how it was stored: sha256 of its
        reading text in NFKC, case-folded, with whitespace, punctuation and symbols
        removed. A text saved as .txt, .html and .docx, or traditional and simplified,
        has one key."""
        folded = _KEY_DROP.sub("", unicodedata.normalize("NFKC", self.reading).casefold())
        return hashlib.sha256(folded.encode("utf-8")).hexdigest()

    def section_path(self, offset: int) -> list[Section]:
        """The chain of sections, outermost first, whose span contains ``offset``."""
        chain = [s for s in self.sections if s.start <= offset < s.end]
        return sorted(chain, key=lambda s: (s.level, s.start))

    def section_label(self, offset: int) -> str:
        """The section path of ``offset`` as one string: ``三、主要领域 › （一）金融服务业``."""
        return " › ".join(s.label for s in self.section_path(offset))

    def meta(self) -> dict:
        """The document's metadata, without its text and sections."""
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "issuer": self.issuer,
            "date": self.date,
            "doc_number": self.doc_number,
            "jurisdiction": self.jurisdiction,
        }


@dataclass(frozen=True)
class Mention:
    """One place where a document names a carrier."""

    doc: str
    start: int
    end: int
    quote: str
    """The clause (sentence or list item) that names the carrier."""
    section: str
    """The section path, as ``Document.section_label`` gives it."""


@dataclass(frozen=True)
class SectorLink:
    """A sector phrase a document assigns to a place, and where it says so."""

    phrase: str
    """The phrase verbatim, e.g. ``新兴金融``."""
    sector: str | None
    """The canonical sector id, or ``None`` when the taxonomy has no match."""
    doc: str
    quote: str


@dataclass(frozen=True)
class Designation:
    """A title a document gives a place (国家级经济技术开发区, 金融服务集聚示范区)."""

    title: str
    clause: str
    """The clause that gives it, verbatim."""
    document: str
    """The id of the document."""
    date: str = ""
    """The document's date (ISO), ``""`` when it gives none."""


@dataclass
class Place:
    """A named carrier: a park, zone, building, port, landmark, facility or district."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    district: str = ""
    parent: str = ""
    """Name of the zone or park the place sits in, or ``""``."""
    sector_links: list[SectorLink] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    unnamed: bool = False
    """True for a carrier named only generically (``跨境电商产业园``)."""
    designations: list[Designation] = field(default_factory=list)
    """Titles the documents give the place: attributes, never places of their own."""
    district_inferred: bool = False
    """True when ``district`` is only the unit of the document that names the place (the
    city a city's plan governs), not said of the place itself."""
    listed: bool = False
    """True when a table lists the place in a column whose heading names its kind of
    carrier (集群名称, 园区名称): the table says it is a name, the name model is not asked."""

    @property
    def raw_sectors(self) -> list[str]:
        """Sector phrases verbatim, in order of first appearance, without repeats."""
        return list(dict.fromkeys(link.phrase for link in self.sector_links))

    @property
    def sectors(self) -> list[str]:
        """Canonical sector ids, in order of first appearance, without repeats."""
        return list(dict.fromkeys(s.sector for s in self.sector_links if s.sector))

    def to_dict(self) -> dict:
        """The place in the shape of the ``clustermap extract --json`` contract."""
        return {
            "id": self.id,
            "name": self.name,
            "aliases": self.aliases,
            "kind": self.kind,
            "district": self.district,
            "district_inferred": self.district_inferred,
            "parent": self.parent,
            "unnamed": self.unnamed,
            "raw_sectors": self.raw_sectors,
            "sectors": self.sectors,
            "sector_links": [asdict(s) for s in self.sector_links],
            "mentions": [asdict(m) for m in self.mentions],
            "designations": [asdict(d) for d in self.designations],
        }


@dataclass(frozen=True)
class Target:
    """A carrier target a plan states: 「成功打造金融特色楼宇5栋」."""

    sector: str | None
    """Canonical sector id, or ``None`` for a target across all sectors."""
    sector_phrase: str
    kind: str
    """Kind of carrier counted (``building``, ``zone``, ``park`` …)."""
    count: int
    year: int | None
    doc: str
    quote: str
    start: int
    end: int
    at_least: bool = False
    """True when the plan says 「以上」: the count is a floor."""

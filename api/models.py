"""Response and request bodies, as pydantic models: they make the OpenAPI document
precise (clients and schemathesis check answers against it).

Feature and collection bodies follow OGC API – Features Part 1 and RFC 7946.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from geo.model import PRECISIONS


class Link(BaseModel):
    """A link, as in RFC 8288 (``rel`` and ``type`` as OGC API uses them)."""

    href: str
    rel: str
    type: str | None = None
    title: str | None = None
    hreflang: str | None = None


class ExceptionReport(BaseModel):
    """An error: a code and a sentence saying what went wrong and what would work."""

    code: str = Field(examples=["InvalidParameterValue"])
    description: str


class LandingPage(BaseModel):
    title: str
    description: str
    links: list[Link]


class Conformance(BaseModel):
    conformsTo: list[str]


class SpatialExtent(BaseModel):
    bbox: list[list[float]] = Field(description="minx, miny, maxx, maxy in CRS84")
    crs: str = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"


class TemporalExtent(BaseModel):
    interval: list[list[str | None]]
    trs: str = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"


class Extent(BaseModel):
    spatial: SpatialExtent
    temporal: TemporalExtent | None = None


class Collection(BaseModel):
    id: str
    title: str
    description: str
    links: list[Link]
    extent: Extent | None = None
    itemType: str = "feature"
    crs: list[str]
    numberOfFeatures: int = Field(description="features in the collection")


class Collections(BaseModel):
    links: list[Link]
    collections: list[Collection]


class PointGeometry(BaseModel):
    type: Literal["Point"]
    coordinates: list[float] = Field(min_length=2, max_length=3)


class PolygonGeometry(BaseModel):
    type: Literal["Polygon"]
    coordinates: list[list[list[float]]]


class MultiPolygonGeometry(BaseModel):
    type: Literal["MultiPolygon"]
    coordinates: list[list[list[list[float]]]]


Geometry = PointGeometry | PolygonGeometry | MultiPolygonGeometry


class PlaceProperties(BaseModel):
    """A carrier: where it is, how sure that is, what the plans say of it."""

    model_config = ConfigDict(extra="allow")

    id: str
    name: str
    aliases: str | None = Field(None, description="other spellings, |-separated")
    kind: str
    district: str | None = None
    parent_id: str | None = None
    sector_ids: str | None = Field(None, description="sector ids, |-separated")
    sectors_zh: str | None = None
    sectors_en: str | None = None
    lon: float | None = None
    lat: float | None = None
    radius_m: float | None = None
    precision: str | None = None
    provider: str | None = None
    confidence: float | None = None
    review: bool | None = None
    first_date: str | None = None
    latest_date: str | None = None
    quote: str | None = None
    source_document: str | None = None


class DistrictProperties(BaseModel):
    """A district boundary with its carrier counts (``n_<sector>`` per top-level sector)."""

    model_config = ConfigDict(extra="allow")

    name: str
    level: str | None = None
    carriers: int | None = None


class Feature(BaseModel):
    type: Literal["Feature"]
    id: str
    geometry: Geometry | None
    properties: PlaceProperties | DistrictProperties
    links: list[Link] | None = None


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[Feature]
    links: list[Link]
    numberMatched: int
    numberReturned: int
    timeStamp: str


class SectorNode(BaseModel):
    """A sector of the taxonomy with the carriers tagged with it."""

    id: str
    name_zh: str
    name_en: str
    national_class: str | None = None
    carriers: int = Field(description="places tagged with exactly this sector")
    carriers_total: int = Field(
        description="places the sector filter matches: tagged with it, a sub-sector, or an "
        "umbrella term that includes it (Taxonomy.covers)"
    )
    href: str = Field(description="items filtered by this sector, all place collections")
    children: list[SectorNode] = []
    members: list[str] = Field([], description="for an umbrella term, the sectors it covers")


class SectorTree(BaseModel):
    sectors: list[SectorNode]
    umbrellas: list[SectorNode]
    links: list[Link]


class SearchHit(BaseModel):
    collection: str
    id: str
    name: str
    aliases: list[str]
    kind: str
    district: str | None = None
    sectors_zh: str | None = None
    lon: float | None = None
    lat: float | None = None
    precision: str | None = None
    href: str


class SearchResult(BaseModel):
    query: str
    numberMatched: int
    numberReturned: int
    hits: list[SearchHit]
    links: list[Link]


class PreviewPlace(BaseModel):
    """A place found in an uploaded document, located as a build would locate it."""

    id: str
    name: str
    kind: str
    district: str | None = None
    sector_ids: list[str]
    raw_sectors: list[str]
    lon: float | None = Field(description="null: not located (nothing places it)")
    lat: float | None
    precision: str | None
    provider: str | None
    confidence: float
    flags: list[str]
    in_atlas: bool = Field(description="a place with this id is already in the atlas")


class PreviewDocument(BaseModel):
    id: str
    title: str
    date: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    in_atlas: bool


class PreviewTarget(BaseModel):
    """A carrier target stated in an uploaded document."""

    sector_id: str | None
    sector_phrase: str
    kind: str
    count: int
    year: int | None
    at_least: bool
    quote: str


class UploadPreview(BaseModel):
    upload_id: str
    key: str = Field(description="the content key of the document's text")
    duplicate_of: str | None = Field(
        description="the document of the atlas with the same text (confirming it is refused)"
    )
    filename: str
    size: int
    uploaded_by: str
    uploaded: str
    documents: list[PreviewDocument]
    places: list[PreviewPlace]
    targets: list[PreviewTarget]
    links: list[Link]


class CorpusEntry(BaseModel):
    """A document the atlas is built from."""

    key: str = Field(description="content key: SHA-256 of the normalised text")
    filename: str
    format: str
    bytes: int
    sha256: str = Field(description="SHA-256 of the file's bytes")
    added_by: str
    added: str
    documents: list[dict[str, str]] = Field(
        description="the documents read from it in the current atlas (id, title, date)"
    )


class Corpus(BaseModel):
    """The documents the atlas is built from; a rebuild reads every one of them."""

    documents: list[CorpusEntry]
    links: list[Link]


class Job(BaseModel):
    """A background rebuild of the atlas."""

    id: str
    kind: str
    state: Literal["queued", "running", "succeeded", "failed"]
    created: str
    started: str | None = None
    finished: str | None = None
    requested_by: str
    message: str = ""
    result: dict[str, str | int | bool] = {}
    links: list[Link] = []


class LocationCorrection(BaseModel):
    """A GIS officer's correction of one place's location, in WGS-84."""

    model_config = ConfigDict(extra="forbid")

    lon: float = Field(ge=-180, le=180)
    lat: float = Field(ge=-90, le=90)
    precision: Literal[PRECISIONS] = "block"  # type: ignore[valid-type]
    radius_m: float | None = Field(None, gt=0, le=100_000)
    note: str = Field("", max_length=500)


class CorrectionAccepted(BaseModel):
    place_id: str
    name: str
    district: str | None = Field(description="the district the new point lies in")
    override: dict[str, str]
    job: Job

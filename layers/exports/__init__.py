"""Exports for GIS staff and promoters: ``export(store, layer, fmt, out, …)`` writes one
atlas layer as a file (``_export``: arguments, filters, atomic publishing) in one of
``FORMATS`` (``_formats``: each format's writer, media type and bundling)."""

from layers.exports._export import ALL_PLACES, CRS_CHOICES, LAYERS, ExportError, export
from layers.exports._formats import (
    EXCEL_CELL_LIMIT,
    FORMATS,
    FORMULA_STARTS,
    csv_safe,
    shapefile_fields,
    xlsx_safe,
)

__all__ = [
    "ALL_PLACES",
    "CRS_CHOICES",
    "EXCEL_CELL_LIMIT",
    "FORMATS",
    "FORMULA_STARTS",
    "LAYERS",
    "ExportError",
    "csv_safe",
    "export",
    "shapefile_fields",
    "xlsx_safe",
]

"""Coverage analysis for planners: ``analyse(store, sector=…, district=…)`` computes it
from an atlas (``_analysis``), ``write(coverage, fmt, out)`` writes it as one of
``FORMATS`` (``_report``: JSON, CSV, XLSX or the self-contained HTML report)."""

from layers.coverage._analysis import SERVICE_RADIUS_M, Coverage, analyse
from layers.coverage._report import FORMATS, write

__all__ = ["FORMATS", "SERVICE_RADIUS_M", "Coverage", "analyse", "write"]

"""Documents → places: read policy documents and extract the carriers they name.

>>> from extract import read_paths, extract
>>> docs, errors = read_paths(["data/corpus"])
>>> result = extract(docs)
"""

from extract.pipeline import Extraction, extract

__all__ = ["Extraction", "extract"]

"""The one error for a name a user typed that the atlas does not know.

Every resolver of typed names raises ``UnknownName``: sectors
(``extract.taxonomy.Taxonomy.resolve``), administrative units and districts
(``geo.admin.unit`` and ``geo.admin.area``) and carrier kinds (``extract.model.kind``).
The command line prints its message and exits non-zero; the API answers 400 with the
message and the candidates as JSON (``api.http``); maps, exports and coverage let it
through unchanged, so one name fails the same way wherever it is typed.

It lives in ``geo``, whose package imports nothing, because ``geo.admin`` raises it and
importing anything from ``extract`` runs its pipeline, which needs ``geo.admin`` loaded.
"""

from __future__ import annotations

from collections.abc import Iterable


class UnknownName(LookupError):
    """``name`` names no ``kind`` (``sector``, ``district``, ``carrier kind`` …) or, when
    ``ambiguous``, more than one. ``candidates`` are what it may mean (ambiguous) or the
    closest known names (unknown), best first, as a user would type them."""

    def __init__(
        self,
        name: str,
        kind: str,
        candidates: Iterable[str] = (),
        *,
        ambiguous: bool = False,
        message: str = "",
    ) -> None:
        self.name = name
        self.kind = kind
        self.candidates = tuple(candidates)
        self.ambiguous = ambiguous
        super().__init__(message or self._default_message())

    def _default_message(self) -> str:
        shown = ", ".join(self.candidates)
        if self.ambiguous:
            return f"{self.name!r} names {len(self.candidates)} {self.kind}s: {shown}"
        hint = f"; did you mean {shown}?" if self.candidates else ""
        return f"unknown {self.kind} {self.name!r}{hint}"

    def __str__(self) -> str:
        return str(self.args[0])

    def to_dict(self) -> dict[str, object]:
        """The error as the API's JSON body carries it beside ``description``."""
        return {
            "name": self.name,
            "kind": self.kind,
            "ambiguous": self.ambiguous,
            "candidates": list(self.candidates),
        }

"""The API definition as OpenAPI 3.0.3 (what the OGC ``oas30`` conformance class and
clients such as GDAL and OWSLib read).

FastAPI writes OpenAPI 3.1, whose schemas are JSON Schema 2020-12; this rewrites the few
constructs 3.0 does not have: ``null`` in a type or a union (``nullable``), ``const``,
numeric ``exclusiveMinimum``/``exclusiveMaximum``, and schema ``examples`` arrays.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

VERSION = "3.0.3"
REF = "#/components/schemas/"
JSON = "application/json"
DROPPED = ("$schema", "contentMediaType", "contentEncoding", "unevaluatedProperties")


def openapi30(app: FastAPI) -> dict:
    """The app's OpenAPI 3.0.3 document, built once."""
    if app.openapi_schema is None:
        document = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
            tags=app.openapi_tags,
            servers=app.servers,
        )
        document = downgrade(document)
        _error_responses(document)
        document["openapi"] = VERSION
        document.pop("webhooks", None)
        document.pop("jsonSchemaDialect", None)
        document.get("info", {}).get("license", {}).pop("identifier", None)
        app.openapi_schema = document
    return app.openapi_schema


def _error_responses(document: dict) -> None:
    """Errors are answered as JSON ``ExceptionReport`` (see ``api.http``), invalid requests
    with 400 for a read (as OGC API asks) and 422 for a write: say so instead of FastAPI's
    422 ``HTTPValidationError``, and drop the empty JSON placeholder FastAPI lists beside
    a route's real media types."""
    report = {"$ref": f"{REF}ExceptionReport"}
    for item in document["paths"].values():
        for method, operation in item.items():
            responses = operation.get("responses", {})
            for status, response in responses.items():
                content = response.get("content", {})
                if status[0] in "45" and content and JSON not in content:
                    # an error of a route answering HTML: it is JSON all the same
                    response["content"] = {JSON: {"schema": report}}
                elif len(content) > 1 and content.get(JSON) == {"schema": {}}:
                    del content[JSON]  # FastAPI's placeholder beside the real types
            if "422" not in responses or "HTTPValidationError" not in str(responses["422"]):
                continue
            invalid = {"description": "Invalid request", "content": {JSON: {"schema": report}}}
            del responses["422"]
            responses.setdefault("400" if method == "get" else "422", invalid)
    schemas = document.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)


def downgrade(node: Any) -> Any:
    """``node`` with JSON Schema 2020-12 constructs rewritten as OpenAPI 3.0 has them."""
    if isinstance(node, list):
        return [downgrade(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {k: downgrade(v) for k, v in node.items() if k not in DROPPED}
    for key in ("anyOf", "oneOf"):
        if key in node and {"type": "null"} in node[key]:
            rest = [s for s in node.pop(key) if s != {"type": "null"}]
            if len(rest) == 1:
                only = rest[0]
                node.update({"allOf": [only]} if "$ref" in only else only)
            elif rest:
                node[key] = rest
            node["nullable"] = True
    if isinstance(node.get("type"), list):
        types = [t for t in node["type"] if t != "null"]
        if len(types) < len(node["type"]):
            node["nullable"] = True
        node["type"] = types[0] if len(types) == 1 else types
    if "const" in node:
        node["enum"] = [node.pop("const")]
    for bound, plain in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        value = node.get(bound)
        if isinstance(value, int | float) and not isinstance(value, bool):
            node[plain] = value
            node[bound] = True
    if isinstance(node.get("examples"), list) and ("type" in node or "$ref" in node):
        examples = node.pop("examples")
        if examples:
            node["example"] = examples[0]
    return node

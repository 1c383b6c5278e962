"""The atlas served as OGC API – Features (FastAPI): ``create_app(atlas)`` builds the
application, ``serve(host, port, atlas)`` runs it with uvicorn. See docs/API.md."""

from api.app import create_app, serve

__all__ = ["create_app", "serve"]

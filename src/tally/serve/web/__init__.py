"""The web face of Tally: REST API under /api and server-rendered pages (FastAPI + Jinja2)."""

from tally.serve.web.app import create_app

__all__ = ["create_app"]

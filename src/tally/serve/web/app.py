"""The web face of Tally: ``create_app(db)`` builds the FastAPI app (REST API + pages).

Read-only by default: uploads (``POST /api/documents``) need a token set in the server's
config (``upload_token=`` or ``$TALLY_UPLOAD_TOKEN``), sent as ``Authorization: Bearer``.
Every error under ``/api`` has one JSON shape::

    {"error": {"status": 404, "code": "not_found", "message": "...", "field": null}}
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from tally import __version__
from tally.errors import InputError, QueryError, TallyError, TooLarge
from tally.store import Store

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
log = logging.getLogger("tally.serve")

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    500: "internal_error",
}


class ApiError(Exception):
    """An error answered with the API's JSON error shape (or the HTML error page)."""

    def __init__(self, status: int, message: str, *, field: str | None = None, code: str | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field
        self.code = code or CODES.get(status, "error")


def create_app(
    db: str | None = None,
    *,
    upload_token: str | None = None,
    max_upload_bytes: int | None = None,
    store: Store | None = None,
) -> FastAPI:
    """The app over the ledger at ``db`` (path or URL; default ``$TALLY_DB`` or ``./tally.db``)."""
    from tally.serve.web import api, pages

    # the API docs pages (/docs, /redoc) load Swagger UI and ReDoc from fastapi-offline's copies,
    # served here: no CDN (an analyst's machine may have no internet)
    app = FastAPIOffline(
        static_url="/static/api-docs",
        title="Tally",
        version=__version__,
        description="Every figure of the ingested economic reports as a fact, with consistency checks.",
    )
    app.state.store = store or Store(db)
    token = upload_token if upload_token is not None else os.environ.get("TALLY_UPLOAD_TOKEN")
    app.state.upload_token = token or None
    if max_upload_bytes is None:
        from tally.read import max_bytes_default

        max_upload_bytes = max_bytes_default()
    app.state.max_upload_bytes = max_upload_bytes
    app.state.cache = {}

    app.include_router(api.router)
    app.include_router(pages.router)
    _plotly_route(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _security_headers(app)
    _error_handlers(app)
    return app


def _plotly_route(app: FastAPI) -> None:
    """Plotly's JS, served from the installed plotly package (no CDN, no copy to keep in sync)."""

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> Response:
        path = plotly_js_path()
        if path is None:
            raise ApiError(404, "plotly.min.js is not installed")
        return FileResponse(path, media_type="text/javascript", headers={"Cache-Control": "max-age=86400"})


# Pages load scripts only from this server; report text can never run as script.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def _security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        resp = await call_next(request)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        if resp.headers.get("content-type", "").startswith("text/html") and not request.url.path.startswith(
            ("/docs", "/redoc")
        ):
            resp.headers.setdefault("Content-Security-Policy", CSP)
        return resp


def plotly_js_path() -> Path | None:
    local = STATIC / "plotly.min.js"
    if local.exists():
        return local
    try:
        import plotly
    except ImportError:
        return None
    p = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return p if p.exists() else None


# ---------------------------------------------------------------------- errors
def is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def error_body(
    status: int, message: str, *, field: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {
        "error": {
            "status": status,
            "code": code or CODES.get(status, "error"),
            "message": message,
            "field": field,
        }
    }


def _answer(
    request: Request,
    status: int,
    message: str,
    *,
    field: str | None = None,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    if is_api(request):
        return JSONResponse(
            error_body(status, message, field=field, code=code), status_code=status, headers=headers
        )
    from tally.serve.web.pages import render_error

    return render_error(request, status, message, headers=headers)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return _answer(request, exc.status, exc.message, field=exc.field, code=exc.code)

    @app.exception_handler(QueryError)
    async def _query_error(request: Request, exc: QueryError) -> Response:
        return _answer(request, 400, str(exc), field=exc.field, code="invalid_query")

    @app.exception_handler(TooLarge)
    async def _too_large(request: Request, exc: TooLarge) -> Response:
        return _answer(request, 413, str(exc), field="file")

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError) -> Response:
        return _answer(request, 422, str(exc), field="file", code="unreadable_input")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such route: {request.method} {request.url.path}"
        elif exc.status_code == 405:
            message = f"method {request.method} not allowed on {request.url.path}"
        return _answer(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        first = errors[0] if errors else {}
        loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body", "header", "form")]
        field = ".".join(loc) or None
        msg = first.get("msg", "invalid request")
        message = f"{field}: {msg}" if field else msg
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more)"
        return _answer(request, 422, message, field=field)

    @app.exception_handler(TallyError)
    async def _tally_error(request: Request, exc: TallyError) -> Response:
        log.error("tally error on %s: %s", request.url.path, exc)
        return _answer(request, 500, str(exc))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return _answer(request, 500, "internal server error")

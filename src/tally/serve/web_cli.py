"""The ``tally serve`` and ``tally demo`` commands (registered by ``tally.serve.cli``)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer

HostOpt = Annotated[str, typer.Option(help="Address to listen on (loopback by default).")]
PortOpt = Annotated[int, typer.Option(help="Port to listen on.")]


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("demo")(demo)


def serve(
    db: Annotated[
        str | None,
        typer.Option("--db", help="SQLite file or database URL (default: $TALLY_DB or ./tally.db)."),
    ] = None,
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
    upload_token: Annotated[
        str | None,
        typer.Option(
            help="Allow uploads (POST /api/documents) with this bearer token; "
            "default $TALLY_UPLOAD_TOKEN; without one the server is read-only."
        ),
    ] = None,
) -> None:
    """Serve the ledger: web pages and the REST API (OpenAPI at /docs)."""
    from tally.errors import TallyError
    from tally.serve.web import create_app

    try:
        web = create_app(db, upload_token=upload_token)
    except TallyError as e:
        typer.echo(f"tally: {e}", err=True)
        raise typer.Exit(2) from e
    _run(web, host, port)


def demo(
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Where to build the demo database (default: a fresh temporary file)."),
    ] = None,
) -> None:
    """Ingest the bundled example reports into a fresh database and serve them."""
    from tally.errors import TallyError
    from tally.ledger import Ledger
    from tally.serve.web import create_app

    reports = examples_dir()
    if reports is None:
        typer.echo("tally: the example reports are not installed", err=True)
        raise typer.Exit(2)
    tmp = None
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="tally-demo-")
        db = str(Path(tmp.name) / "demo.db")
    try:
        ledger = Ledger(db)
        report = ledger.ingest([str(reports)], meta=examples_meta())
        typer.echo(f"demo: {report.summary()}", err=True)
        for line in report.errors:
            typer.echo(f"error: {line}", err=True)
        web = create_app(store=ledger.store)
    except TallyError as e:
        typer.echo(f"tally: {e}", err=True)
        raise typer.Exit(2) from e
    try:
        _run(web, host, port)
    finally:
        ledger.close()
        if tmp is not None:
            tmp.cleanup()


def examples_dir() -> Path | None:
    """The bundled example reports: ``tally.examples.path()`` if present, else the source tree."""
    try:
        from tally import examples  # type: ignore[attr-defined]

        p = Path(examples.path())
        if p.exists():
            return p
    except (ImportError, AttributeError):
        pass
    here = Path(__file__).resolve()
    for cand in (here.parents[1] / "examples" / "reports", here.parents[3] / "examples" / "reports"):
        if cand.is_dir() and any(cand.iterdir()):
            return cand
    return None


def examples_meta() -> dict[str, dict[str, str]]:
    try:
        from tally import examples  # type: ignore[attr-defined]

        return dict(examples.meta())
    except (ImportError, AttributeError, OSError, ValueError):
        return {}


def _run(web: object, host: str, port: int) -> None:
    import uvicorn

    typer.echo(f"Tally at http://{host}:{port}/  (API docs: /docs; Ctrl-C to stop)", err=True)
    uvicorn.run(web, host=host, port=port, log_level="warning")  # type: ignore[arg-type]

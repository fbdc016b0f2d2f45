"""The ``tally`` command (Typer): ingest, facts, entities, documents, check, serve, demo."""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from tally.errors import TallyError

app = typer.Typer(
    name="tally",
    help="Tally: read economic reports, keep every figure as a fact, check that they tally.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or database URL (default: $TALLY_DB or ./tally.db)."),
]


class Format(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    json = "json"


def _ledger(db: str | None) -> Any:
    from tally.ledger import Ledger

    try:
        return Ledger(db)
    except TallyError as e:
        err.print(f"tally: {e}")
        raise typer.Exit(2) from e


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for stdin.")],
    db: DbOpt = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for all inputs without --meta entry.")
    ] = None,
    meta: Annotated[
        Path | None, typer.Option(help='JSON file: {"file name": {"published": "YYYY-MM-DD"}}.')
    ] = None,
    include: Annotated[list[str], typer.Option(help="Glob of files to take from folders (repeatable).")] = [],  # noqa: B006
    exclude: Annotated[list[str], typer.Option(help="Glob of files to leave out (repeatable).")] = [],  # noqa: B006
    max_bytes: Annotated[
        str | None,
        typer.Option(help="Size limit per file: bytes, or with K/M/G (default $TALLY_MAX_BYTES or 50M)."),
    ] = None,
    name: Annotated[
        str, typer.Option("--name", help="Document name of the input read from stdin (-).")
    ] = "stdin.txt",
    check: Annotated[bool, typer.Option(help="Re-compute the consistency checks afterwards.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Worker processes extracting in parallel.")
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option(help="Extract on a Dask cluster: scheduler address (tcp://host:8786) or 'local'."),
    ] = None,
) -> None:
    """Read reports and store every figure in them as a fact.

    Each input that fails is one line on stderr naming the file and the reason; the others go on.

    Exit code: 0 when every input was read, 1 when any failed, 2 on a usage error.
    """
    options = _ingest_options(
        published=published, meta=meta, include=include, exclude=exclude, max_bytes=max_bytes, name=name
    )
    ledger = _ledger(db)
    show = not quiet and err.is_terminal
    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=err, transient=True, disable=not show,
    )
    task = progress.add_task("", total=None)

    def on_sources(n: int) -> None:
        progress.update(task, total=n)

    def on_progress(label: str, outcome: str) -> None:
        progress.update(task, advance=1, description=Path(label).name)
        if outcome not in ("added", "replaced", "unchanged"):
            err.print(f"error: {outcome}", markup=False, highlight=False)

    try:
        with progress:
            report = ledger.ingest(
                paths, check=False, on_progress=on_progress, on_sources=on_sources, jobs=jobs, dask=dask,
                **options,
            )
    except TallyError as e:
        err.print(f"tally: {e}", markup=False)
        raise typer.Exit(2) from e
    failed = bool(report.errors)
    if check and (report.added or report.replaced):
        try:
            ledger.run_checks()
        except Exception as e:  # noqa: BLE001 - the facts are stored; say the checks are stale
            err.print(f"error: checks not re-computed: {type(e).__name__}: {e}", markup=False)
            failed = True
    err.print(report.summary(), markup=False)
    raise typer.Exit(1 if failed else 0)


def _ingest_options(
    *, published: str | None, meta: Path | None, include: list[str], exclude: list[str],
    max_bytes: str | None, name: str,
) -> dict[str, Any]:
    """Check the options of ``ingest`` up front (exit 2 with one line) and return its kwargs."""
    from tally.ingest import load_meta, parse_date
    from tally.read import max_bytes_default, parse_size

    try:
        pub = parse_date(published, where="--published") if published else None
        meta_map = load_meta(meta) if meta else {}
    except TallyError as e:
        err.print(f"tally: {e}", markup=False)
        raise typer.Exit(2) from e
    try:
        limit = parse_size(max_bytes) if max_bytes else max_bytes_default()
    except ValueError as e:
        err.print(f"tally: --max-bytes / TALLY_MAX_BYTES: {e}", markup=False)
        raise typer.Exit(2) from e
    if not name.strip() or "/" in name:
        err.print(f"tally: --name: not a file name: {name!r}", markup=False)
        raise typer.Exit(2)
    return {
        "published": pub, "meta": meta_map, "include": include, "exclude": exclude,
        "max_bytes": limit, "stdin_name": name.strip(),
    }


@app.command()
def facts(
    db: DbOpt = None,
    entity: Annotated[str | None, typer.Option(help="Entity name or alias.")] = None,
    indicator: Annotated[str | None, typer.Option(help="Indicator id (see indicators.yaml).")] = None,
    period: Annotated[
        str | None, typer.Option(help="ISO period the facts overlap: 2021, 2021-06, 2016/2020.")
    ] = None,
    kind: Annotated[str | None, typer.Option(help="level, change, share, rank or ratio.")] = None,
    status: Annotated[str | None, typer.Option(help="actual or target.")] = None,
    doc: Annotated[str | None, typer.Option(help="Document name.")] = None,
    q: Annotated[str | None, typer.Option("--search", "-s", help="Text in the sentence.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
) -> None:
    """List stored facts (jsonl is the exchange format of facts.md)."""
    ledger = _ledger(db)
    try:
        rows = ledger.fact_rows(entity=entity, indicator=indicator, period=period, kind=kind, status=status,
                                doc=doc, q=q)
    except TallyError as e:
        err.print(f"tally: {e}", markup=False)
        raise typer.Exit(2) from e
    if fmt in (Format.jsonl, Format.json):
        from tally.store import fact_record

        _emit_records([fact_record(r) for r in rows], fmt)
        return
    cols = ["doc", "start", "end", "text", "value", "value_high", "unit", "counted", "kind", "direction",
            "basis", "status", "approx", "entity", "entity_type", "indicator", "period", "qualifiers"]
    if fmt == Format.csv:
        _emit_csv(rows, cols)
    else:
        _emit_table(rows, ["doc", "text", "value", "unit", "kind", "entity", "indicator", "period", "status"])


@app.command()
def entities(db: DbOpt = None, fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table) -> None:
    """List entities with their type, parent and number of facts."""
    rows = _ledger(db).store.entities()
    _emit(rows, fmt, ["name", "type", "parent_id", "aliases", "facts"])


@app.command()
def documents(
    db: DbOpt = None, fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table
) -> None:
    """List ingested documents."""
    rows = _ledger(db).store.documents()
    _emit(rows, fmt, ["name", "media_type", "encoding", "published", "published_inferred", "facts", "sha256"])


@app.command()
def check(
    db: DbOpt = None,
    status: Annotated[str | None, typer.Option(help="ok, warning or contradiction.")] = None,
    rule: Annotated[str | None, typer.Option(help="Only this rule.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    strict: Annotated[bool, typer.Option(help="Exit 1 if any contradiction.")] = False,
    recompute: Annotated[bool, typer.Option(help="Re-run the checks over the stored facts first.")] = True,
) -> None:
    """Report whether the stored figures tally: every check with its arithmetic."""
    ledger = _ledger(db)
    if recompute:
        ledger.run_checks()
    rows = ledger.store.checks(status=status, rule=rule)
    _emit(rows, fmt, ["rule", "status", "expected", "observed", "tolerance", "explanation"])
    if fmt == Format.table:
        counts: dict[str, int] = {}
        for r in ledger.store.checks():
            counts[r["status"]] = counts.get(r["status"], 0) + 1
        err.print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "no checks", markup=False)
    if strict and ledger.store.checks(status="contradiction"):
        raise typer.Exit(1)


# ---------------------------------------------------------------------- output
def _emit(rows: list[dict[str, Any]], fmt: Format, table_cols: list[str]) -> None:
    if fmt in (Format.jsonl, Format.json):
        _emit_records(rows, fmt)
    elif fmt == Format.csv:
        _emit_csv(rows, list(rows[0]) if rows else table_cols)
    else:
        _emit_table(rows, table_cols)


def _emit_records(rows: list[dict[str, Any]], fmt: Format) -> None:
    if fmt == Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n")
    else:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")


def _emit_csv(rows: list[dict[str, Any]], cols: list[str]) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: _cell(r.get(k)) for k in cols})
    sys.stdout.write(buf.getvalue())


def _cell(v: Any) -> Any:
    if isinstance(v, dict | list):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float) and v != v:  # NaN from pandas
        return ""
    return v


def _emit_table(rows: list[dict[str, Any]], cols: list[str]) -> None:
    t = Table(*cols, show_lines=False)
    for r in rows:
        t.add_row(*("" if _cell(r.get(c)) is None else str(_cell(r.get(c))) for c in cols))
    out.print(t)
    err.print(f"{len(rows)} rows", markup=False)


def _register_optional() -> None:
    """Commands that live in their own modules (web serving)."""
    try:
        from tally.serve import web_cli
    except ImportError:
        return
    web_cli.register(app)


_register_optional()


def main() -> None:
    app()


if __name__ == "__main__":
    main()

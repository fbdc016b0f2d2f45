"""Parallel and distributed ingest: extraction in workers, writes in the parent.

The CPU part of ingest — reading a file and :func:`tally.pipeline.process` (segment, extract,
resolve) — runs in worker processes (``--jobs N``) or on a Dask cluster (``--dask ADDRESS``
or ``--dask local``). The parent keeps the only database connection: it writes each result
in its own transaction, in input order, so the ledger is identical to a single-process run
(same document ids, same entity merges) whatever order the workers finish in.

Memory stays flat in the number of documents: at most ``window`` documents are in flight
(submitted and not yet written), and each is dropped once stored.

* ``--jobs N``: a process pool; a worker gets a file's path and the hash the ledger already
  has for that name, reads the file, and skips processing when the hash is unchanged.
* ``--dask``: the parent reads each file (workers may be on other machines without the
  files), skips unchanged ones, and ships the :class:`~tally.model.Document` to a worker,
  which runs the pipeline. Workers need Tally installed (``pip install tally[dask]``).
"""

from __future__ import annotations

import collections
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from tally.errors import InputError, MetaError, TallyError
from tally.ingest import IngestReport, Outcome, Processor, default_processor, one_line
from tally.model import Document, Extraction

if TYPE_CHECKING:
    from tally.read.sources import Source
    from tally.store import Store

LOCAL = "local"


@dataclass(slots=True, frozen=True, kw_only=True)
class Task:
    """One document for a worker: a file to read, or a Document already read by the parent."""

    label: str
    name: str
    path: str | None = None
    document: Document | None = None
    published: dt.date | None = None
    max_bytes: int | None = None
    known_sha256: str | None = None      # the hash stored for this name: skip if unchanged


@dataclass(slots=True, kw_only=True)
class Result:
    """What a worker made of a task: an extraction, "unchanged", or an error line."""

    label: str
    extraction: Extraction | None = None
    unchanged: bool = False
    error: str | None = None


def error_line(e: BaseException, label: str) -> str:
    """The one-line report of a failed input, worded as the single-process ingest words it."""
    if isinstance(e, InputError | MetaError):
        return one_line(str(e))
    if isinstance(e, TallyError):
        return one_line(f"{label}: {e}")
    return one_line(f"{label}: internal error: {type(e).__name__}: {e}")


def run_task(task: Task, process: Processor | None = None) -> Result:
    """Read (if needed) and process one document; runs in a worker process."""
    try:
        doc = task.document
        if doc is None:
            from tally.read import read_path

            assert task.path is not None
            doc = read_path(task.path, published=task.published, max_bytes=task.max_bytes, name=task.name)
        if task.known_sha256 is not None and task.known_sha256 == doc.sha256:
            return Result(label=task.label, unchanged=True)
        return Result(label=task.label, extraction=(process or default_processor())(doc))
    except Exception as e:  # noqa: BLE001 - a bug on one input must not stop the others
        return Result(label=task.label, error=error_line(e, task.label))


class _Submitter(Protocol):
    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any: ...


def ordered(
    submitter: _Submitter,
    tasks: Iterable[Task | Result],
    *,
    window: int,
    process: Processor | None = None,
) -> Iterator[Result]:
    """Submit tasks with at most ``window`` in flight; yield outcomes in task order.

    A :class:`Result` among the tasks (decided by the parent: an unreadable or unchanged
    input) passes through in its place.
    """
    pending: collections.deque[Any] = collections.deque()
    for t in tasks:
        if isinstance(t, Result):
            pending.append(t)
        elif process is None:
            pending.append(submitter.submit(run_task, t))
        else:
            pending.append(submitter.submit(run_task, t, process))
        while len(pending) >= window:
            yield _result(pending.popleft())
    while pending:
        yield _result(pending.popleft())


def _result(item: Any) -> Result:
    if isinstance(item, Result):
        return item
    return item.result()


def ingest_parallel(
    store: Store,
    items: Iterable[Source | tuple[str, str]],
    report: IngestReport,
    *,
    published_for: Callable[[Source], dt.date | None],
    max_bytes: int | None = None,
    jobs: int = 1,
    dask: str | None = None,
    window: int | None = None,
    process: Processor | None = None,
    on_progress: Callable[[str, str], None] | None = None,
) -> IngestReport:
    """Ingest ``items`` (from :func:`tally.read.sources.expand`) with workers; fills ``report``.

    ``jobs`` is the number of worker processes (for ``dask="local"``, of Dask workers; a
    remote cluster has its own). ``process`` replaces :func:`tally.pipeline.process`
    (it must be importable by the workers).
    """
    if dask:
        with _dask_client(dask, jobs) as client:
            n = max(1, sum(client.nthreads().values()))
            tasks = _read_tasks(store, items, published_for, max_bytes, read_here=True)
            outcomes = ordered(_DaskSubmitter(client), tasks, window=window or 4 * n, process=process)
            _write_all(store, outcomes, report, on_progress)
        return report
    workers = max(1, jobs)
    pool: Executor = ProcessPoolExecutor(max_workers=workers)
    try:
        tasks = _read_tasks(store, items, published_for, max_bytes, read_here=False)
        outcomes = ordered(pool, tasks, window=window or 4 * workers, process=process)
        _write_all(store, outcomes, report, on_progress)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return report


def _write_all(
    store: Store,
    results: Iterable[Result],
    report: IngestReport,
    on_progress: Callable[[str, str], None] | None,
) -> None:
    for r in results:
        outcome = _store(store, r)
        report.add(outcome)
        if on_progress:
            on_progress(outcome.label, outcome.error or outcome.status)


def _store(store: Store, r: Result) -> Outcome:
    if r.error is not None:
        return Outcome(label=r.label, error=r.error)
    if r.extraction is None:
        return Outcome(label=r.label, status="unchanged")
    try:
        res = store.save(r.extraction)
    except Exception as e:  # noqa: BLE001 - as in the single-process run: report and go on
        return Outcome(label=r.label, error=error_line(e, r.label))
    return Outcome(label=r.label, status=res.status, articles=res.articles, facts=res.facts)


def _read_tasks(
    store: Store,
    items: Iterable[Source | tuple[str, str]],
    published_for: Callable[[Source], dt.date | None],
    max_bytes: int | None,
    *,
    read_here: bool,
) -> Iterator[Task | Result]:
    """A task per input. Stdin is always read here; files are read by the workers, or here
    when ``read_here`` (remote workers may not see the files), which also lets an unchanged
    document be skipped before it is sent anywhere."""
    for item in items:
        if isinstance(item, tuple):
            label, reason = item
            yield Result(label=label, error=one_line(f"{label}: {reason}"))
            continue
        try:
            published = published_for(item)
            if item.path is not None and not read_here:
                yield Task(
                    label=item.label, name=item.name, path=str(item.path), published=published,
                    max_bytes=max_bytes, known_sha256=store.document_hash(item.name),
                )
                continue
            if item.path is None:
                doc = _read_stdin(item, published, max_bytes)
            else:
                from tally.read import read_path

                doc = read_path(item.path, published=published, max_bytes=max_bytes, name=item.name)
            known = store.document_hash(doc.name)
        except Exception as e:  # noqa: BLE001 - one input's failure is its error line
            yield Result(label=item.label, error=error_line(e, item.label))
            continue
        if not read_here:
            yield Task(label=item.label, name=doc.name, document=doc, known_sha256=known)
        elif known == doc.sha256:
            yield Result(label=item.label, unchanged=True)
        else:
            yield Task(label=item.label, name=doc.name, document=doc)


def _read_stdin(src: Source, published: dt.date | None, max_bytes: int | None) -> Document:
    import sys

    from tally.read import read_stream

    return read_stream(sys.stdin.buffer, name=src.name, source="-", published=published, max_bytes=max_bytes)


# ---------------------------------------------------------------------- dask
class _DaskSubmitter:
    def __init__(self, client: Any) -> None:
        self.client = client

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Result]:
        return self.client.submit(fn, *args, pure=False)


class _dask_client:  # noqa: N801 - a context manager used like a function
    """A ``distributed.Client`` on ``address``, or on a new LocalCluster for ``"local"``."""

    def __init__(self, address: str, jobs: int) -> None:
        self.address = address
        self.jobs = jobs
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> Any:
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:
            raise TallyError("--dask needs dask.distributed: pip install 'tally[dask]'") from e
        try:
            if self.address == LOCAL:
                n = self.jobs if self.jobs > 1 else (os.cpu_count() or 2)
                self.cluster = LocalCluster(
                    n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                    silence_logs=40, local_directory=_dask_dir(),
                )
                self.client = Client(self.cluster)
            else:
                self.client = Client(self.address, timeout="30s")
        except OSError as e:
            self.__exit__()
            raise TallyError(f"--dask {self.address}: cannot reach the scheduler: {e}") from e
        return self.client

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _dask_dir() -> str:
    import tempfile

    d = Path(tempfile.gettempdir()) / "tally-dask"
    d.mkdir(exist_ok=True)
    return str(d)

"""Scale benchmark (issue #16): `claimgraph build` of 100k, 300k and 1M abstracts of unseen text, against targets.

For each size, the input is made by ``recombined_abstracts.py`` (new abstracts recombined from sentences of the
real ones in ``../shared/data/realabs``, no whole text repeated) and written as JSON Lines (.gz). Then, each as a
subprocess, in this order:

1. ``claimgraph extract INPUT -o - --jobs J`` (output thrown away): its wall time;
2. ``claimgraph build INPUT -o OUT --jobs J [--shard-size S]`` with the default output: wall time, the time of
   each stage from the build's closing summary (what is left of the wall time is reading the input, start-up
   and anything the summary does not name), peak memory, output bytes per paper;
3. ``claimgraph serve OUT`` (the first start makes the query index if the build has none: timed apart), then
   every example query of ``queries/`` over HTTP, ``--repeats`` times each: max and median latency. The two
   queries that name a seed paper ask about a paper of the build that has claims and dataset mentions.

Peak memory is given twice: the largest single process (``wait4``'s ``ru_maxrss``, the process or its largest
descendant), and the peak of the sum of the proportional set size (PSS, shared pages split between the processes
sharing them) over the whole process tree, sampled every 0.5 s from ``/proc``. The target is read against the
larger. Output bytes are those of the build's current version folder, right after the build and again after
the endpoint has run (the query index included, if it is kept beside the export).

Targets (issue #16, 1M abstracts on this 2-core machine): peak memory <= 6 GB, default output <= 15 KB per paper,
build wall time <= 1.3x ``claimgraph extract`` alone, every example query <= 1 s. They are printed beside the
measured numbers at every size.

Finally, from the largest size measured, the estimate of what a 2.5M build needs on 1, 8 and 32 Dask workers
(see :func:`estimate`); ``--estimate-from REPORT.json`` prints it again from a saved report.

Usage::

    python benchmarks/bench_scale.py [SIZES ...] [--jobs 2] [--shard-size N] [--out DIR] [--keep]
    python benchmarks/bench_scale.py 100k 300k 1M --out /tmp/scale --keep
    python benchmarks/bench_scale.py --estimate-from /tmp/scale/bench_scale.json
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from recombined_abstracts import REALABS, Pools, recombined, write_jsonl  # noqa: E402

PROJECT = Path(__file__).resolve().parents[1]
QUERIES = PROJECT / "queries"
DEFAULT_SIZES = (100_000, 300_000, 1_000_000)
#: Issue #16's targets for the 1M build.
TARGET_PEAK_MB = 6 * 1024
TARGET_BYTES_PER_PAPER = 15 * 1024
TARGET_WALL_RATIO = 1.3
TARGET_QUERY_S = 1.0
#: Stages the Dask build runs on the workers (docs/dask.md); every other part of a build runs on one machine.
PARALLEL_STAGES = ("extract", "export")
SEED_PAPER = re.compile(r'"h-[0-9a-f]{12}"')
#: A paper of the build with claims and dataset mentions, for the queries that ask about one paper.
PAPER_QUERY = """PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
SELECT ?id WHERE { ?paper cg:asserts ?claim ; schema:mentions ?d ; dcterms:identifier ?id . ?d a cg:Dataset } LIMIT 1
"""
#: The paper asked about when no paper both makes a claim and names a dataset (a small build).
ANY_PAPER_QUERY = """PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?id WHERE { ?paper cg:asserts ?claim ; dcterms:identifier ?id } LIMIT 1
"""
_SIZE = re.compile(r"^(\d+(?:\.\d+)?)([kKmM]?)$")
_STAGE_TIME = re.compile(r"([A-Za-z][\w -]*?)\s+(\d+(?:\.\d+)?)\s*s\b")


def parse_size(text: str) -> int:
    """``"300k"`` -> 300000, ``"1M"`` -> 1000000, ``"2500"`` -> 2500."""
    match = _SIZE.match(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 20000, 100k, 1M)")
    number = float(match.group(1)) * {"": 1, "k": 1_000, "m": 1_000_000}[match.group(2).lower()]
    if number < 1 or number != int(number):
        raise argparse.ArgumentTypeError(f"not a size: {text!r}")
    return int(number)


# ---------------------------------------------------------------- running and measuring a command


@dataclass(frozen=True)
class Measured:
    """What one command cost: wall time, exit code, peak memory of its largest process and of its process tree."""

    seconds: float
    returncode: int
    max_rss_mb: float
    tree_pss_mb: float


def _children() -> dict[int, list[int]]:
    """Every process's children, read from ``/proc/*/stat``."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, ValueError, IndexError):
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
            ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    return children


def _pss_kb(pid: int) -> int:
    """The proportional set size of a process in KB (its resident size where smaps_rollup is missing), 0 if gone."""
    with contextlib.suppress(OSError, ValueError), open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    with contextlib.suppress(OSError, ValueError, IndexError), open(f"/proc/{pid}/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    return 0


def tree_pss_kb(root: int) -> int:
    """The sum of the PSS of ``root`` and all its descendants, in KB."""
    children = _children()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _pss_kb(pid)
        stack.extend(children.get(pid, ()))
    return total


def run_measured(command: list[str], *, stdout=subprocess.DEVNULL, stderr=None, env=None, interval=0.5) -> Measured:
    """Run ``command`` to its end and measure it (see :class:`Measured`)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=env, stdin=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_pss_kb(process.pid))
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
    except BaseException:
        process.kill()
        process.wait()
        raise
    finally:
        done.set()
    seconds = time.perf_counter() - started
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    return Measured(seconds, process.returncode, usage.ru_maxrss / 1024, peak / 1024)


# ---------------------------------------------------------------- the build's own report


def build_help(claimgraph: list[str]) -> str:
    return subprocess.run([*claimgraph, "build", "--help"], capture_output=True, text=True, check=True).stdout


def supports(help_text: str, option: str) -> bool:
    """Whether ``claimgraph build --help`` lists ``option``."""
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", help_text) is not None


def summary_rows(text: str) -> dict[str, str]:
    """The rows of the closing summary table that ``claimgraph build`` prints on stderr (``│ key │ value │``)."""
    rows: dict[str, str] = {}
    for line in text.splitlines():
        cells = [cell.strip() for cell in re.split(r"[│|]", line)]
        cells = [cell for cell in cells if cell]
        if len(cells) == 2:
            rows.setdefault(cells[0], cells[1])
    return rows


def stage_seconds(rows: dict[str, str]) -> dict[str, float]:
    """Seconds per stage from the summary's ``time`` row (``extract 12.3 s, resolve 0.4 s, ...``)."""
    return {name.strip(): float(seconds) for name, seconds in _STAGE_TIME.findall(rows.get("time", ""))}


def leading_int(text: str | None) -> int | None:
    match = re.match(r"\s*([\d,]+)", text or "")
    return int(match.group(1).replace(",", "")) if match else None


def folder_bytes(folder: Path) -> dict[str, int]:
    """Bytes of each top-level entry of ``folder`` (sub-folders summed; symbolic links not followed)."""
    sizes: dict[str, int] = {}
    if not folder.is_dir():
        return sizes
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink() or entry.is_file():
            sizes[entry.name] = entry.lstat().st_size
            continue
        total = 0
        for parent, _, files in os.walk(entry):
            for name in files:
                with contextlib.suppress(OSError):
                    total += (Path(parent) / name).lstat().st_size
        sizes[entry.name + "/"] = total
    return sizes


def current_version(build_dir: Path) -> Path:
    """The version folder a build folder's ``current`` link points at (the folder itself for a flat build)."""
    link = build_dir / "current"
    return link.resolve() if link.exists() else build_dir


# ---------------------------------------------------------------- the endpoint


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def sparql(url: str, query: str, timeout: float = 600.0) -> list[dict]:
    """The result bindings of a SELECT sent by POST (SPARQL 1.1 Protocol), or [] for an ASK."""
    data = urllib.parse.urlencode({"query": query}).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=timeout) as answer:
        document = json.loads(answer.read())
    return document.get("results", {}).get("bindings", [])


@contextlib.contextmanager
def serving(claimgraph: list[str], build_dir: Path, port: int, log: Path, ready_timeout: float):
    """Run ``claimgraph serve`` on the build; yield (query URL, seconds until it answered); stop it on leaving."""
    url = f"http://127.0.0.1:{port}/query"
    with open(log, "wb") as output:
        started = time.perf_counter()
        process = subprocess.Popen(
            [*claimgraph, "serve", str(build_dir), "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + ready_timeout
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"claimgraph serve exited ({process.returncode}): see {log}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"claimgraph serve did not answer in {ready_timeout:g} s: see {log}")
                try:
                    sparql(url, "ASK {}", timeout=5.0)
                    break
                except (urllib.error.URLError, OSError):
                    time.sleep(0.2)
            yield url, time.perf_counter() - started
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)  # serve stops its server and exits on SIGTERM
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def example_queries(paper_id: str | None) -> dict[str, str]:
    """The example queries by name; a seed paper's id replaced by ``paper_id``."""
    queries = {}
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        if paper_id is not None:
            text = SEED_PAPER.sub(json.dumps(paper_id), text)
        queries[path.stem] = text
    return queries


def time_queries(url: str, queries: dict[str, str], repeats: int, timeout: float = 600.0) -> dict[str, dict]:
    """Each query ``repeats`` times in turn: its rows, max and median seconds.

    A query that fails or takes longer than ``timeout`` is not run again; its result says so (``error``) and its
    time is the time it had taken when it failed.
    """
    times: dict[str, list[float]] = {name: [] for name in queries}
    results: dict[str, dict] = {name: {"rows": None} for name in queries}
    for repeat in range(repeats):
        for name, text in queries.items():
            if "error" in results[name]:
                continue
            started = time.perf_counter()
            try:
                results[name]["rows"] = len(sparql(url, text, timeout))
            except (urllib.error.URLError, OSError, ValueError) as error:
                results[name]["error"] = str(error) or type(error).__name__
            times[name].append(time.perf_counter() - started)
            if repeat == 0:
                say(f"    {name}: {times[name][-1]:.3f} s, {results[name]['rows']} rows")
    for name, values in times.items():
        results[name].update(max_s=max(values), median_s=statistics.median(values))
    return results


# ---------------------------------------------------------------- one size


@dataclass
class SizeReport:
    """Everything measured at one size (written to the JSON report)."""

    size: int
    jobs: int
    shard_size: int | None
    input_bytes: int = 0
    synthesis_s: float = 0.0
    extract: dict = field(default_factory=dict)
    build: dict = field(default_factory=dict)
    papers: int | None = None
    stages: dict[str, float] = field(default_factory=dict)
    summary: dict[str, str] = field(default_factory=dict)
    output_bytes: dict[str, int] = field(default_factory=dict)
    output_bytes_with_index: dict[str, int] = field(default_factory=dict)
    serve_ready_s: float | None = None
    paper_id: str | None = None
    queries: dict[str, dict] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def measure_size(
    size: int, options: argparse.Namespace, work: Path, claimgraph: list[str], help_text: str
) -> SizeReport:
    """Make the input of ``size`` abstracts and measure extract, build and endpoint on it (see the module's text)."""
    report = SizeReport(size=size, jobs=options.jobs, shard_size=options.shard_size)
    source = work / f"input-{size}.jsonl.gz"
    build_dir = work / f"build-{size}"
    try:
        _measure(report, source, build_dir, options, work / "logs", claimgraph, help_text)
    finally:
        if not options.keep:
            shutil.rmtree(build_dir, ignore_errors=True)
            source.unlink(missing_ok=True)
    return report


def _measure(report: SizeReport, source: Path, build_dir: Path, options, logs: Path, claimgraph, help_text) -> None:
    size = report.size
    logs.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    write_jsonl(source, recombined(size, options.seed, options.pools, fresh_names=options.fresh_names))
    report.synthesis_s = time.perf_counter() - started
    report.input_bytes = source.stat().st_size
    say(f"[{size:,}] input: {source} ({report.input_bytes / 1e6:.1f} MB, made in {report.synthesis_s:.1f} s)")
    env = dict(os.environ, COLUMNS="400", NO_COLOR="1")  # the summary table on one line a row

    if not options.no_extract:
        say(f"[{size:,}] claimgraph extract --jobs {options.jobs} ...")
        with open(logs / f"extract-{size}.log", "wb") as err:
            measured = run_measured(
                [*claimgraph, "extract", str(source), "-o", "-", "--jobs", str(options.jobs)], stderr=err, env=env
            )
        report.extract = asdict(measured)
        if measured.returncode not in (0, 3):  # 3: some records skipped (the run still completes)
            report.notes.append(f"extract exited {measured.returncode}: see {logs / f'extract-{size}.log'}")

    command = [*claimgraph, "build", str(source), "-o", str(build_dir), "--jobs", str(options.jobs)]
    if options.shard_size is not None:
        if supports(help_text, "--shard-size"):
            command += ["--shard-size", str(options.shard_size)]
        else:
            report.notes.append("--shard-size not passed: this `claimgraph build` has no such option")
    command += options.build_arg
    say(f"[{size:,}] {' '.join(command[len(claimgraph) - 1 :])} ...")
    build_log = logs / f"build-{size}.log"
    with open(build_log, "wb") as err:
        measured = run_measured(command, stderr=err, env=env)
    report.build = asdict(measured)
    text = build_log.read_text(encoding="utf-8", errors="replace")
    report.summary = summary_rows(text)
    report.stages = stage_seconds(report.summary)
    report.papers = leading_int(report.summary.get("papers")) or size
    if measured.returncode not in (0, 3):
        report.notes.append(f"build exited {measured.returncode}: see {build_log}")
        return
    if not report.stages:
        report.notes.append(f"no stage times found in the build's summary: see {build_log}")
    report.output_bytes = folder_bytes(current_version(build_dir))

    say(f"[{size:,}] claimgraph serve, {len(list(QUERIES.glob('*.rq')))} example queries x {options.repeats} ...")
    try:
        with serving(
            claimgraph, build_dir, options.port or free_port(), logs / f"serve-{size}.log", options.ready_timeout
        ) as (url, ready):
            report.serve_ready_s = ready
            found = sparql(url, PAPER_QUERY) or sparql(url, ANY_PAPER_QUERY)
            report.paper_id = options.paper_id or (found[0]["id"]["value"] if found else None)
            report.queries = time_queries(url, example_queries(report.paper_id), options.repeats, options.query_timeout)
    except (RuntimeError, urllib.error.URLError, OSError) as error:
        report.notes.append(f"endpoint: {error}")
    report.output_bytes_with_index = folder_bytes(current_version(build_dir))


# ---------------------------------------------------------------- reading the numbers


def peak_mb(report: SizeReport) -> float | None:
    if not report.build:
        return None
    return max(report.build["max_rss_mb"], report.build["tree_pss_mb"])


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("met" if ok else "NOT MET")


def format_report(report: SizeReport) -> str:
    """The measured numbers of one size, each target beside its number."""
    lines = [
        f"== {report.size:,} recombined abstracts, --jobs {report.jobs}"
        + (f", --shard-size {report.shard_size}" if report.shard_size else "")
    ]
    papers = report.papers or report.size
    build = report.build if report.build.get("returncode") in (0, 3) else {}  # a failed build measures nothing
    if report.build and not build:
        lines.append(f"  build FAILED (exit code {report.build['returncode']}) after {report.build['seconds']:.1f} s")
    if build:
        lines.append(
            f"  build wall            {build['seconds']:10.1f} s   ({papers / build['seconds']:,.0f} papers/s)"
        )
        named = sum(report.stages.values())
        for stage, seconds in report.stages.items():
            lines.append(
                f"    {stage:<19} {seconds:10.1f} s   ({papers / seconds:,.0f} papers/s)"
                if seconds
                else f"    {stage:<19} {seconds:10.1f} s"
            )
        if report.stages:
            lines.append(f"    {'other (start-up, index)':<19} {build['seconds'] - named:7.1f} s")
    if report.extract:
        ratio = build["seconds"] / report.extract["seconds"] if build else None
        lines.append(
            f"  extract alone wall    {report.extract['seconds']:10.1f} s   "
            f"({papers / report.extract['seconds']:,.0f} papers/s)"
        )
        if ratio is not None:
            lines.append(
                f"  build / extract       {ratio:10.2f} x   target <= {TARGET_WALL_RATIO} x: "
                f"{verdict(ratio <= TARGET_WALL_RATIO)}"
            )
    if build:
        peak = peak_mb(report)
        lines.append(
            f"  peak memory           {peak:10.0f} MB  target <= {TARGET_PEAK_MB} MB: "
            f"{verdict(peak <= TARGET_PEAK_MB)}  (largest process {build['max_rss_mb']:.0f} MB, "
            f"process tree PSS {build['tree_pss_mb']:.0f} MB)"
        )
        if report.extract:
            lines.append(
                f"  peak memory, extract  {max(report.extract['max_rss_mb'], report.extract['tree_pss_mb']):10.0f} MB"
            )
    for label, sizes in (("output", report.output_bytes), ("output + query index", report.output_bytes_with_index)):
        if sizes:
            total = sum(sizes.values())
            lines.append(
                f"  {label:<21} {total / papers / 1024:10.1f} KB/paper  target <= "
                f"{TARGET_BYTES_PER_PAPER // 1024} KB: {verdict(total <= TARGET_BYTES_PER_PAPER * papers)}  "
                f"({total / 1e6:,.1f} MB: "
                + ", ".join(
                    f"{name} {value / 1e6:,.1f}" for name, value in sorted(sizes.items(), key=lambda item: -item[1])[:8]
                )
                + ")"
            )
    if report.serve_ready_s is not None:
        lines.append(
            f"  endpoint up in        {report.serve_ready_s:10.1f} s   (query index made if missing); "
            f"paper asked about: {report.paper_id}"
        )
    for name, result in report.queries.items():
        ok = "error" not in result and result["max_s"] <= TARGET_QUERY_S
        rows = "FAILED" if "error" in result else f"{result['rows']} rows"
        lines.append(
            f"    {name:<22} max {result['max_s']:7.3f} s  median {result['median_s']:7.3f} s  "
            f"{rows:>12}  target <= {TARGET_QUERY_S:g} s: {verdict(ok)}"
            + (f"  ({result['error']})" if "error" in result else "")
        )
    lines.extend(f"  note: {note}" for note in report.notes)
    return "\n".join(lines)


# ---------------------------------------------------------------- the 2.5M estimate


@dataclass(frozen=True)
class Estimate:
    """Hours a build of ``papers`` takes on each number of Dask workers, and the per-paper costs it comes from."""

    papers: int
    parallel: tuple[str, ...]
    parallel_core_s_per_paper: float
    serial_s_per_paper: float
    hours: dict[int, float]


def estimate(report: dict, target: int = 2_500_000, workers=(1, 8, 32), parallel=PARALLEL_STAGES) -> Estimate:
    """Time of a ``target``-paper build on ``workers`` Dask workers, from one measured local build.

    Assumptions: a worker is one core as fast as one of the measuring machine's; the ``parallel`` stages (those
    the Dask build runs on the workers) used all ``jobs`` local processes for their whole measured time, so they
    cost ``seconds * jobs`` core-seconds, spread evenly over the workers; everything else of the build's wall time
    (reading the input, resolve, graph, merging and writing the files, start-up) runs on the client, one process,
    and grows linearly with papers; moving papers and results over the network costs nothing.
    """
    papers = report["papers"] or report["size"]
    stages = report["stages"]
    parallel_s = sum(seconds for stage, seconds in stages.items() if stage in parallel)
    serial_s = report["build"]["seconds"] - parallel_s
    per_core = parallel_s * report["jobs"] / papers
    per_paper_serial = serial_s / papers
    hours = {count: target * (per_core / count + per_paper_serial) / 3600 for count in workers}
    return Estimate(target, tuple(parallel), per_core, per_paper_serial, hours)


def format_estimate(found: Estimate, report: dict) -> str:
    lines = [
        f"estimate of a {found.papers:,}-paper build, from the {report['size']:,} build (--jobs {report['jobs']}):",
        f"  workers' part ({', '.join(found.parallel)}): {found.parallel_core_s_per_paper * 1e3:.2f} core-ms a paper; "
        f"client's serial part (the rest of the wall time): {found.serial_s_per_paper * 1e3:.2f} ms a paper",
    ]
    for count, hours in found.hours.items():
        lines.append(f"  {count:>3} worker{'s' if count > 1 else ' '}: {hours:7.1f} h")
    lines.append(
        f"  (no number of workers goes below the serial part: {found.papers * found.serial_s_per_paper / 3600:.1f} h)"
    )
    return "\n".join(lines)


# ---------------------------------------------------------------- command line


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def parser() -> argparse.ArgumentParser:
    described = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    described.add_argument(
        "sizes",
        nargs="*",
        type=parse_size,
        default=list(DEFAULT_SIZES),
        help="abstracts per build (e.g. 20000 100k 1M; default 100k 300k 1M)",
    )
    described.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="--jobs of extract and build (default: one per CPU)"
    )
    described.add_argument("--shard-size", type=int, help="passed to the build when it has --shard-size")
    described.add_argument(
        "--out",
        type=Path,
        help="where inputs, builds, logs and bench_scale.json go (default: a temporary folder, removed at the end)",
    )
    described.add_argument(
        "--keep", action="store_true", help="keep each input and build (default: removed once measured)"
    )
    described.add_argument("--seed", type=int, default=0, help="seed of the recombined abstracts")
    described.add_argument(
        "--fresh-names",
        type=float,
        default=0.0,
        help="names renamed per abstract, so that the vocabulary grows as real text's (recombined_abstracts.py)",
    )
    described.add_argument("--source", type=Path, default=REALABS, help="real abstracts to recombine (JSON Lines)")
    described.add_argument("--repeats", type=int, default=5, help="runs of each example query")
    described.add_argument(
        "--query-timeout", type=float, default=600.0, help="seconds after which a query counts as failed"
    )
    described.add_argument("--port", type=int, help="port of the endpoint (default: a free one)")
    described.add_argument("--paper-id", help="paper the per-paper queries ask about (default: one found by a query)")
    described.add_argument(
        "--ready-timeout",
        type=float,
        default=4 * 3600.0,
        help="seconds to wait for the endpoint (its first start makes the query index)",
    )
    described.add_argument("--no-extract", action="store_true", help="skip `claimgraph extract` alone")
    described.add_argument(
        "--build-arg",
        action="append",
        default=[],
        help="one more argument for `claimgraph build` (repeatable; e.g. --build-arg=--rdf=nq)",
    )
    described.add_argument("--claimgraph", default=None, help=argparse.SUPPRESS)  # the command (tests)
    described.add_argument("--workers", type=int, nargs="+", default=[1, 8, 32], help="Dask workers to estimate for")
    described.add_argument(
        "--parallel-stages",
        nargs="+",
        default=list(PARALLEL_STAGES),
        help="stages the Dask build runs on the workers (default: extract export)",
    )
    described.add_argument("--target", type=parse_size, default=2_500_000, help="papers of the estimated build")
    described.add_argument(
        "--estimate-from", type=Path, metavar="REPORT", help="print the estimate from a saved bench_scale.json and stop"
    )
    return described


def main(argv: list[str] | None = None) -> list[SizeReport]:
    options = parser().parse_args(argv)
    if options.estimate_from:
        reports = json.loads(options.estimate_from.read_text(encoding="utf-8"))
        largest = max((r for r in reports if r["build"] and r["stages"]), key=lambda r: r["size"])
        print(format_estimate(estimate(largest, options.target, options.workers, options.parallel_stages), largest))
        return []
    if options.jobs < 1:
        raise SystemExit("--jobs must be 1 or more")
    claimgraph = options.claimgraph.split() if options.claimgraph else [sys.executable, "-m", "claimgraph"]
    help_text = build_help(claimgraph)
    options.pools = Pools.from_file(options.source)
    reports: list[SizeReport] = []
    with contextlib.ExitStack() as stack:
        if options.out:
            work = options.out
            work.mkdir(parents=True, exist_ok=True)
        else:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-scale-")))
        for size in options.sizes:
            reports.append(measure_size(size, options, work, claimgraph, help_text))
            print(format_report(reports[-1]), flush=True)
            (work / "bench_scale.json").write_text(json.dumps([asdict(r) for r in reports], indent=1), "utf-8")
        measured = [asdict(r) for r in reports if r.build and r.stages]
        if measured:
            largest = max(measured, key=lambda r: r["size"])
            print(
                format_estimate(estimate(largest, options.target, options.workers, options.parallel_stages), largest),
                flush=True,
            )
    return reports


if __name__ == "__main__":
    main()

"""The SPARQL endpoint (`claimgraph serve`) on the seeds build, queried over HTTP by SPARQLWrapper on loopback."""

from __future__ import annotations

import http.server
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    Unauthorized,
    URITooLong,
)

from claimgraph.build_folder import build
from claimgraph.errors import ConfigError
from claimgraph.ingest import ingest
from claimgraph.query import read_query, run_query
from claimgraph.query.server import serving, start

PROJECT = Path(__file__).resolve().parents[2]
QUERIES = sorted((PROJECT / "queries").glob("*.rq"))
LOOPBACK = "127.0.0.1"
#: The status SPARQLWrapper read from each error it raises.
STATUS_OF = {QueryBadFormed: 400, Unauthorized: 401, EndPointNotFound: 404, URITooLong: 414, EndPointInternalError: 500}
COMMENT_LINE = re.compile(r"^[ \t]*#.*\n", re.MULTILINE)
MARK = "<urn:claimgraph-test:s> <urn:claimgraph-test:p> <urn:claimgraph-test:o>"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def answers(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1.0)
        return probe.connect_ex((LOOPBACK, port)) == 0


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds-build")
    build(ingest([PROJECT / "seeds"]), out, formats=("nq",))
    return out


@pytest.fixture(scope="module")
def endpoint(seeds_build):
    with serving(seeds_build, LOOPBACK, free_port()) as running:
        yield running
    assert running.process.returncode is not None
    assert not answers(running.port)


def client(url: str, text: str, *, method: str | None = None) -> SPARQLWrapper:
    """A SPARQLWrapper for ``text`` less its comment lines, where SPARQLWrapper 2 finds update words ("delete")."""
    sparql = SPARQLWrapper(url)
    sparql.setQuery(COMMENT_LINE.sub("", text))
    sparql.setReturnFormat(JSON)
    if method:
        sparql.setMethod(method)
    return sparql


def http_rows(url: str, text: str) -> tuple[list[str], Counter]:
    """Columns and rows (as strings; None when unbound) of a SELECT sent over HTTP."""
    document = client(url, text).queryAndConvert()
    columns = document["head"]["vars"]
    rows = Counter(
        tuple(binding[name]["value"] if name in binding else None for name in columns)
        for binding in document["results"]["bindings"]
    )
    return columns, rows


def api_rows(build_dir: Path, text: str) -> tuple[list[str], Counter]:
    """Columns and rows of ``claimgraph query``: the same on-disk index (SAMPLE and GROUP_CONCAT follow its order)."""
    result = run_query(text, build_dir, persistent=True)
    return list(result.columns), Counter(tuple(None if v is None else str(v) for v in row) for row in result.rows)


def status_of_refusal(sparql: SPARQLWrapper) -> int:
    """The HTTP status of a request that must fail."""
    try:
        sparql.query()
    except urllib.error.HTTPError as error:
        return error.code
    except tuple(STATUS_OF) as error:
        return STATUS_OF[type(error)]
    raise AssertionError("the endpoint accepted the request")


def test_the_example_queries_are_found():
    """Guards the comparison below, which would pass vacuously over no queries."""
    assert len(QUERIES) >= 8


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_every_example_query_gives_the_rows_of_run_query(endpoint, seeds_build, path):
    text = read_query(path)
    columns, rows = http_rows(endpoint.query_url, text)
    assert rows, f"{path.name} returns no row on the seeds build"
    assert (columns, rows) == api_rows(seeds_build, text)


@pytest.mark.parametrize("url_end", ["/query", "/update"])
def test_an_update_is_refused_and_changes_nothing(endpoint, url_end):
    update = client(f"{endpoint.url}{url_end}", f"INSERT DATA {{ {MARK} }}", method=POST)
    assert 400 <= status_of_refusal(update) < 500
    assert client(endpoint.query_url, f"ASK {{ {MARK} }}").queryAndConvert()["boolean"] is False


def test_a_malformed_query_gets_400(endpoint):
    assert status_of_refusal(client(endpoint.query_url, "SELECT ?x WHERE { ?x ")) == 400


def test_a_burst_of_concurrent_queries_all_succeed(endpoint, seeds_build):
    texts = [read_query(QUERIES[i % len(QUERIES)]) for i in range(20)]
    expected = {text: api_rows(seeds_build, text) for text in set(texts)}
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda text: http_rows(endpoint.query_url, text), texts))
    assert got == [expected[text] for text in texts]


class RemoteEndpoint(http.server.BaseHTTPRequestHandler):
    """A SPARQL endpoint on loopback that answers every request with one row, ``?x = "remote"``."""

    ANSWER = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"remote"}}]}}'
    requests: list[str] = []

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(self.ANSWER)))
        self.end_headers()
        self.wfile.write(self.ANSWER)

    do_GET = do_POST

    def log_message(self, *args: object) -> None:
        pass


def test_the_server_follows_service_clauses(endpoint):
    """docs/endpoint.md says the endpoint sends SERVICE sub-queries to any address; this pins it, on loopback."""
    with http.server.ThreadingHTTPServer((LOOPBACK, 0), RemoteEndpoint) as remote:
        threading.Thread(target=remote.serve_forever, daemon=True).start()
        try:
            url = f"http://{LOOPBACK}:{remote.server_address[1]}/sparql"
            _, rows = http_rows(endpoint.query_url, f"SELECT ?x WHERE {{ SERVICE <{url}> {{ ?s ?p ?x }} }}")
        finally:
            remote.shutdown()
    assert rows == Counter({("remote",): 1})
    assert RemoteEndpoint.requests == ["/sparql"]


def test_the_server_is_gone_after_its_block(seeds_build):
    with serving(seeds_build, LOOPBACK, free_port()) as running:
        assert answers(running.port)
    assert running.process.returncode is not None
    assert not answers(running.port)


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_the_command_stops_its_server_on_a_signal(seeds_build, stop_signal):
    port = free_port()
    command = [sys.executable, "-m", "claimgraph", "serve", str(seeds_build), "--host", LOOPBACK, "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 15
        while not answers(port) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert answers(port), process.stderr.read() if process.poll() is not None else "no answer in 15 s"
        process.send_signal(stop_signal)
        assert process.wait(10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()
    assert not answers(port)


def test_a_taken_port_is_refused(endpoint, seeds_build):
    with pytest.raises(ConfigError, match="taken"):
        start(seeds_build, LOOPBACK, endpoint.port)

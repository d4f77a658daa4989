"""Hostile queries: SERVICE is refused unless allowed, and a query is bounded in time and rows and streams."""

from __future__ import annotations

import http.server
import json
import multiprocessing
import threading
import time

import pytest
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.cli.group import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED
from claimgraph.errors import QueryError
from claimgraph.query import QueryTimeout, clear_cache, run_query, stream_query
from claimgraph.query.service import uses_service

CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CARTESIAN_ROWS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture
def endpoint():
    """A SPARQL endpoint on 127.0.0.1 that records every request; it stops at teardown, or by itself after 60 s."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server API
            requests.append(self.path)
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"remote secret")

        do_GET = do_POST

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    stopper = threading.Timer(60, server.shutdown)
    stopper.daemon = True
    stopper.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", requests
    finally:
        stopper.cancel()
        server.shutdown()
        server.server_close()


def service_query(url: str) -> str:
    return f"SELECT * WHERE {{ ?m a cg:Model . SERVICE <{url}> {{ ?m ?p ?o }} }}"


@pytest.mark.parametrize("persistent", [False, True])
def test_service_is_refused_and_nothing_is_sent(build_dir, endpoint, persistent):
    url, requests = endpoint
    with pytest.raises(QueryError, match="--allow-service"):
        run_query(service_query(url), build_dir, persistent=persistent)
    with pytest.raises(QueryError, match="SERVICE"):
        run_query(service_query(url), build_dir, persistent=persistent, timeout=5)
    assert requests == []


def test_the_cli_refuses_service_and_allow_service_permits_it(build_dir, endpoint):
    url, requests = endpoint
    refused = CliRunner().invoke(main, ["query", "--data", str(build_dir), service_query(url)])
    assert refused.exit_code == EXIT_ERROR and "--allow-service" in refused.stderr
    assert requests == []
    allowed = CliRunner().invoke(main, ["query", "--data", str(build_dir), "--allow-service", service_query(url)])
    assert requests, "--allow-service let the query reach the endpoint"
    assert allowed.exit_code == EXIT_ERROR and "Traceback" not in allowed.output  # the endpoint answered 500


def test_allow_service_in_python(build_dir, endpoint):
    url, requests = endpoint
    with pytest.raises(QueryError):
        run_query(service_query(url), build_dir, allow_service=True)
    assert requests


@pytest.mark.parametrize(
    ("query", "calls"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", False),
        ('SELECT * WHERE { ?s cg:service ?service FILTER(CONTAINS(STR(?service), "SERVICE <x> {}")) }', False),
        ("SELECT * WHERE { ?s ?p ?o # SERVICE <http://x/> { }\n }", False),
        ("select * where { service silent ?x { ?a ?b ?c } values ?x { <http://x/> } }", True),
        ("ASK { FILTER EXISTS { SERVICE <http://x/> { ?a ?b ?c } } }", True),
        ("SELECT * WHERE { { SELECT * WHERE { SeRvIcE <http://x/> { ?a ?b ?c } } } }", True),
        ("PREFIX : <http://x/> SELECT * WHERE { ?a ?b ?c FILTER(?a<?b)SERVICE:svc#>\n{ ?s ?p ?o } }", True),
        ("SELECT * WHERE { SERVICE <http://x/> { ?a ?b", True),  # cannot be parsed: cannot be told apart
    ],
)
def test_uses_service(query, calls):
    assert uses_service(query) is calls


def test_a_query_that_runs_too_long_is_stopped(build_dir):
    start = time.monotonic()
    with pytest.raises(QueryTimeout, match="1 s"):
        run_query(CARTESIAN_COUNT, build_dir, timeout=1)
    assert time.monotonic() - start < 10
    assert multiprocessing.active_children() == []  # the child that ran it is gone


def test_rows_stream_before_the_deadline(build_dir):
    seen = []
    start = time.monotonic()
    with pytest.raises(QueryTimeout), stream_query(CARTESIAN_ROWS, build_dir, timeout=1.5) as stream:
        for row in stream:
            seen.append((time.monotonic() - start, row))
    assert len(seen) > 1000 and seen[0][0] < 1.0  # the first rows came long before the query ended


def test_the_row_limit_cuts_and_says_so(build_dir):
    cut = run_query(CARTESIAN_ROWS, build_dir, limit=5, timeout=10)
    assert len(cut.rows) == 5 and cut.truncated
    cut_here = run_query(CARTESIAN_ROWS, build_dir, limit=5)
    assert len(cut_here.rows) == 5 and cut_here.truncated
    whole = run_query("SELECT ?m WHERE { ?m a cg:Model }", build_dir, limit=6, timeout=10)
    assert len(whole.rows) == 6 and not whole.truncated


def test_cli_defaults_bound_the_query_and_csv_streams(build_dir):
    clear_cache()
    runner = CliRunner()
    result = runner.invoke(main, ["query", "--data", str(build_dir), "--format", "csv", CARTESIAN_ROWS])
    assert result.exit_code == EXIT_SKIPPED
    assert len(result.stdout.splitlines()) == 1 + 10_000
    assert "stopped after 10,000 rows" in result.stderr
    everything = ["query", "--data", str(build_dir), "--format", "csv", "--limit", "0", "--timeout", "1.5"]
    timed_out = runner.invoke(main, [*everything, CARTESIAN_ROWS])
    assert timed_out.exit_code == EXIT_ERROR and "--timeout" in timed_out.stderr
    assert len(timed_out.stdout.splitlines()) > 1000  # written before the deadline
    small = runner.invoke(main, ["query", "--data", str(build_dir), "--limit", "0", "--timeout", "0", "ASK {}"])
    assert small.exit_code == EXIT_OK and "true" in small.stdout


def test_json_output_of_a_timed_out_query_is_left_unterminated(build_dir):
    args = ["query", "--data", str(build_dir), "--format", "json", "--limit", "0", "--timeout", "1", CARTESIAN_ROWS]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == EXIT_ERROR
    assert result.stdout.startswith('{\n  "head"')
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout)

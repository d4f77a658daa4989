"""A SPARQL 1.1 Protocol endpoint over a build: the Oxigraph server on the build's on-disk index.

The ``oxigraph`` executable (from the ``oxigraph`` package) runs ``serve-read-only``
on the index that :func:`claimgraph.query.store_cache.locate_index` makes for
``claimgraph query``, with the union of all graphs as the default graph, as
``claimgraph query`` has it. A build folder is served in the version that is
current when the server starts (its index lives in that version) until the
server stops: a later build is served after a restart. Queries go to
``http://HOST:PORT/query``; there is no update endpoint. The server follows
``SERVICE`` clauses: it sends HTTP requests to any endpoint a query names (see
docs/endpoint.md).
"""

from __future__ import annotations

import contextlib
import errno
import importlib.metadata
import os
import shutil
import signal
import socket
import subprocess
import sysconfig
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from claimgraph.errors import ConfigError, QueryError
from claimgraph.query.engine import find_export
from claimgraph.query.store_cache import locate_index

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
#: Where a server bound to every address is asked whether it is up.
_LOOPBACK_OF = {"0.0.0.0": "127.0.0.1", "::": "::1"}
#: Probes go straight to the server, whatever proxy the environment names.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass(frozen=True)
class Endpoint:
    """A running Oxigraph server and where to reach it.

    Attributes
    ----------
    host, port : str, int
        The address it listens on.
    index : Path
        The Oxigraph store it serves.
    process : subprocess.Popen
        The server process.
    """

    host: str
    port: int
    index: Path
    process: subprocess.Popen

    @property
    def url(self) -> str:
        """The base URL, ``http://HOST:PORT``."""
        return urllib.parse.urlunsplit(("http", _netloc(self.host, self.port), "", "", ""))

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint, ``http://HOST:PORT/query``."""
        return f"{self.url}/query"

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout`` seconds) and reap it."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _netloc(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def oxigraph_executable() -> Path:
    """Return the ``oxigraph`` program installed by the ``oxigraph`` package (else the one on PATH).

    Raises
    ------
    ConfigError
        If there is none.
    """
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        distribution = importlib.metadata.distribution("oxigraph")
        for file in distribution.files or ():
            if file.name == "oxigraph" and ".dist-info" not in str(file):
                located = Path(distribution.locate_file(file)).resolve()
                if located.is_file():
                    return located
    found = shutil.which("oxigraph", path=os.pathsep.join([sysconfig.get_path("scripts"), os.environ.get("PATH", "")]))
    if found is None:
        raise ConfigError("no `oxigraph` program: install the server with `pip install 'oxigraph>=0.5,<0.6'`")
    return Path(found)


def build_index(data: str | Path) -> Path:
    """Return the on-disk Oxigraph index of a build (made now if missing or stale), as ``claimgraph query`` finds it.

    Raises
    ------
    QueryError
        If there is no export, it cannot be parsed, or no index can be written.
    """
    export, fmt = find_export(data)
    export = export.resolve()
    try:
        located = locate_index(export, fmt)
    except (SyntaxError, ValueError, OSError) as error:
        raise QueryError(f"{export}: cannot index the export: {error}") from error
    if located is None:
        raise QueryError(f"{export}: cannot write its query index, neither beside it nor in the user's cache folder")
    folder, store = located
    del store  # the server opens the index itself
    return folder


def start(
    data: str | Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    log: IO | None = None,
    ready_timeout: float = 30.0,
) -> Endpoint:
    """Start a read-only Oxigraph server on a build and wait until it answers queries.

    Parameters
    ----------
    data : str or Path
        A build folder or one export file.
    host, port : str, int
        The address to listen on (loopback by default).
    log : file, optional
        Where the server's output goes; by default a temporary file, quoted in
        the error if the server does not come up.
    ready_timeout : float
        Seconds to wait for the first answer.

    Raises
    ------
    QueryError
        If the build cannot be indexed.
    ConfigError
        If the server is missing, exits (e.g. the port is taken) or does not answer in time.
    """
    _refuse_a_taken_port(host, port)
    index = build_index(data)
    command = [
        str(oxigraph_executable()),
        "serve-read-only",
        "--location",
        str(index),
        "--bind",
        _netloc(host, port),
        "--union-default-graph",
    ]
    with contextlib.ExitStack() as closing:
        output = log if log is not None else closing.enter_context(tempfile.TemporaryFile())
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=output, stderr=output)
        endpoint = Endpoint(host, port, index, process)
        try:
            _wait_until_ready(endpoint, ready_timeout, output if log is None else None)
        except BaseException:
            endpoint.stop()
            raise
    return endpoint


def _refuse_a_taken_port(host: str, port: int) -> None:
    """Fail if something listens on ``host:port``: the Oxigraph server would share the port with it (SO_REUSEPORT)."""
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise ConfigError(f"cannot listen on {_netloc(host, port)}: {error}") from error
    for family, kind, protocol, _, address in addresses:
        with socket.socket(family, kind, protocol) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError as error:
                if error.errno == errno.EADDRINUSE:
                    raise ConfigError(f"port {port} on {host} is taken: choose another port") from error


def _wait_until_ready(endpoint: Endpoint, timeout: float, output: IO | None) -> None:
    probe = _netloc(_LOOPBACK_OF.get(endpoint.host, endpoint.host), endpoint.port)
    url = urllib.parse.urlunsplit(("http", probe, "/query", urllib.parse.urlencode({"query": "ASK {}"}), ""))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        code = endpoint.process.poll()
        if code is not None:
            said = ""
            if output is not None:
                output.seek(0)
                said = ": " + output.read().decode("utf-8", "replace").strip().partition("\n")[0]
            raise ConfigError(f"the oxigraph server on {_netloc(endpoint.host, endpoint.port)} exited ({code}){said}")
        try:
            with _DIRECT.open(url, timeout=1.0) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.05)
    raise ConfigError(f"the oxigraph server on {_netloc(endpoint.host, endpoint.port)} did not answer in {timeout:g} s")


@contextlib.contextmanager
def serving(data: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, **options) -> Iterator[Endpoint]:
    """Run a server on a build for the ``with`` block (options as for :func:`start`); it stops on leaving."""
    endpoint = start(data, host, port, **options)
    try:
        yield endpoint
    finally:
        endpoint.stop()


def _raise_keyboard_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve_until_stopped(
    data: str | Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    log: IO | None = None,
    on_ready: Callable[[Endpoint], None] | None = None,
) -> int:
    """Serve a build until Ctrl-C or SIGTERM (from the first moment on) or until the server exits by itself.

    Call from the main thread. ``on_ready`` is called once the server answers.
    Returns 0 when stopped by a signal, else the server's own exit code.

    Raises
    ------
    QueryError, ConfigError
        As :func:`start`.
    """
    previous = signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        with serving(data, host, port, log=log) as endpoint:
            if on_ready is not None:
                on_ready(endpoint)
            return endpoint.process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)

"""``claimgraph build --scheduler``: a build on a Dask cluster (a LocalCluster of two worker processes) writes the
same bytes as a local build; results come back in input order with a bounded number of tasks in flight; a cluster
running another claimgraph, or no scheduler at the address, is refused."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

from claimgraph import cluster as cluster_module
from claimgraph.build_folder import build
from claimgraph.build_layout import current_build
from claimgraph.cli import main
from claimgraph.cluster import check_workers, ordered_map
from claimgraph.errors import ConfigError
from claimgraph.export import shards
from claimgraph.ingest import ingest
from claimgraph.vocabulary import RDF_FORMATS

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def client():
    with (
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, host="127.0.0.1"
        ) as local,
        Client(local) as connected,
    ):
        yield connected


@pytest.fixture(scope="module")
def seeds():
    return ingest([SEEDS])


def files_of(folder: Path) -> dict[str, bytes]:
    version = current_build(folder)
    return {p.name: p.read_bytes() for p in sorted(version.iterdir()) if not p.name.startswith(".")}


@pytest.fixture
def small_units(monkeypatch):
    """Small entity chunks (the entity section in several pieces)."""
    monkeypatch.setattr(shards, "ENTITY_CHUNK", 100)


def test_a_build_on_the_cluster_writes_the_bytes_of_a_local_build(client, seeds, small_units, tmp_path):
    stages: list[str] = []
    on_cluster = build(
        seeds,
        tmp_path / "dask",
        scheduler=client,
        shard_size=100,  # three shards, made on the workers
        formats=RDF_FORMATS,
        progress=lambda stage, done, total: stages.append(stage),
    )
    local = build(seeds, tmp_path / "local", jobs=1, formats=RDF_FORMATS)
    assert on_cluster.papers == local.papers == len(seeds.papers) > 200
    assert (on_cluster.shards, local.shards) == (3, 1)
    dask_files, local_files = files_of(tmp_path / "dask"), files_of(tmp_path / "local")
    assert set(dask_files) == set(local_files) and "claimgraph.nq.gz" in dask_files
    assert [name for name in local_files if dask_files[name] != local_files[name]] == []
    assert stages.count("extract") > 2  # progress per chunk as results come back
    assert stages.count("graph") > 2  # and per shard


def test_the_cli_takes_a_scheduler_address(client, seeds, small_units, tmp_path):
    address = client.scheduler.address
    result = CliRunner().invoke(
        main,
        ["build", "--scheduler", address, "--rdf", "ttl", "--rdf", "jsonld", "-o", str(tmp_path / "dask"), str(SEEDS)],
    )
    assert result.exit_code == 0, result.output
    build(seeds, tmp_path / "local", jobs=1, formats=["ttl", "jsonld"])
    assert files_of(tmp_path / "dask") == files_of(tmp_path / "local")


def test_results_come_in_input_order_with_a_bounded_window(client):
    def slower_first(n: int) -> int:
        time.sleep(0.05 * (8 - n))
        return n * n

    drawn: list[int] = []

    def items():
        for n in range(8):
            drawn.append(n)
            yield n

    results = ordered_map(client, slower_first, items(), window=3)
    assert next(results) == 0
    assert len(drawn) == 3  # no more than the window was submitted before the first result
    assert list(results) == [n * n for n in range(1, 8)]


def test_a_task_error_is_raised_here(client):
    with pytest.raises(ValueError):
        list(ordered_map(client, int, ["1", "not a number"]))


def test_workers_running_another_claimgraph_are_refused(client):
    def per_process() -> str:
        return str(os.getpid())

    with pytest.raises(ConfigError, match="install the same claimgraph on every worker"):
        check_workers(client, per_process)


def test_an_unreachable_scheduler_is_a_config_error(seeds, tmp_path, monkeypatch):
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 1)
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
        build(seeds, tmp_path / "out", scheduler="tcp://127.0.0.1:9")
    assert not (tmp_path / "out").exists()  # refused before the build folder is made

"""Papers to JSON-ready dicts and back."""

from __future__ import annotations

import json

from claimgraph.ingest.serialize import paper_from_dict, paper_to_dict


def test_round_trip(seeds_result):
    for paper in seeds_result.papers:
        data = json.loads(json.dumps(paper_to_dict(paper)))
        assert paper_from_dict(data) == paper


def test_every_field_is_written(seeds_result):
    data = paper_to_dict(seeds_result.papers[0])
    assert set(data) == set(type(seeds_result.papers[0]).__dataclass_fields__)
    assert data["sources"][0] == {"path": data["sources"][0]["path"], "line": 11, "format": "dailypapers"}

"""The view in a real headless browser: no script errors, the graph renders, search finds nodes.

The page runs its own self-test when opened with ``#selftest=<query>``
(``claimgraph/view/assets/view.js``): it searches, selects the first hit and writes a
JSON report into the DOM, which ``chromium --dump-dom`` returns. A screenshot
is kept in ``tests/artifacts/``.
"""

from __future__ import annotations

import json

from claimgraph.graph import load
from claimgraph.view import write_html
from tests.view.conftest import ARTIFACTS

PNG = b"\x89PNG\r\n\x1a\n"


def test_toy_page_in_browser(browser, toy, tmp_path):
    page = write_html(toy, tmp_path / "toy.html", title="toy")
    report = browser.selftest(page, "alpha-1")  # an alias, folded like the search box does
    assert report["errors"] == []
    # 25 mentions + 1 proposes + 7 outperforms pairs + 4 evaluated_on
    assert report["nodes"] == 15 and report["edges"] == 37
    assert report["hits"] == ["Alpha"] and report["selected"] == "Model:alpha"
    assert report["panel_title"] == "Alpha" and report["panel_claims"] == 1
    missing = browser.selftest(page, "no such thing")
    assert missing["errors"] == [] and missing["hits"] == [] and missing["selected"] is None


def test_seeds_page_in_browser(browser, seeds_build, tmp_path):
    G = load(seeds_build)
    page = write_html(G, tmp_path / "graph.html", title="claimgraph: seeds")
    data = json.loads(page.read_text().split('id="cg-data">', 1)[1].split("</script>", 1)[0])
    report = browser.selftest(page, "GPT-4")
    assert report["errors"] == []
    assert report["nodes"] == len(data["nodes"]) == 400 and report["edges"] == len(data["edges"]) > 400
    assert report["hit_ids"][0] == "Model:gpt4" and "GPT-4" in report["hits"]
    assert report["selected"] == "Model:gpt4" and report["panel_title"] == "GPT-4"
    assert report["panel_claims"] > 0 and report["panel_quotes"] >= report["panel_claims"]
    shot = browser.screenshot(page, "GPT-4", ARTIFACTS / "view.png")
    assert shot.read_bytes()[:8] == PNG and shot.stat().st_size > 20_000

"""Analysis of the claimgraph graph for notebooks: pure functions ``f(G, *, options)``.

``G`` is the ``networkx.MultiDiGraph`` of ``docs/graph-schema.md`` (read by
:func:`claimgraph.load`); no helper mutates it. DataFrame helpers need
pandas, an optional extra (``pip install 'claimgraph[analysis]'``).

Examples
--------
>>> import claimgraph
>>> from claimgraph import analysis
>>> G = claimgraph.load("exports")                        # doctest: +SKIP
>>> analysis.to_frame(analysis.leaderboard(G, dataset="MMLU"))  # doctest: +SKIP
"""

from claimgraph.analysis.common import find_entity
from claimgraph.analysis.frames import (
    biadjacency_frame,
    claims_frame,
    entities_frame,
    papers_frame,
    to_frame,
)
from claimgraph.analysis.leaderboard import (
    HIGHER_IS_BETTER,
    LeaderboardRow,
    leaderboard,
    metric_direction,
)
from claimgraph.analysis.networks import (
    bipartite_projection,
    centrality,
    communities,
    cooccurrence,
)
from claimgraph.analysis.outperforms import (
    Disagreement,
    disagreements,
    outperforms_network,
)

__all__ = [
    "HIGHER_IS_BETTER",
    "Disagreement",
    "LeaderboardRow",
    "biadjacency_frame",
    "bipartite_projection",
    "centrality",
    "claims_frame",
    "communities",
    "cooccurrence",
    "disagreements",
    "entities_frame",
    "find_entity",
    "leaderboard",
    "metric_direction",
    "outperforms_network",
    "papers_frame",
    "to_frame",
]

"""Exports of a projection: an interactive HTML map (offline) and graph files for other tools.

- ``formats``: GEXF, GraphML, a CSV zip and node-link JSON, streamed in chunks.
- ``layout``: node positions computed in Python (force or geographic), so pages open settled.
- ``style``: colours, legend and sizes of the nodes.
- ``html``: the standalone map page, with vis-network inlined from the pyvis wheel.
- ``pathmap``: a collaboration path drawn over its cities' neighbourhood.
"""

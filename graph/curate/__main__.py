"""``python -m graph.curate --data ../shared/data --out seed``: regenerate every seed file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from graph.curate.pipeline import build
from graph.curate.readme import write_readme
from graph.seedfiles import SEED_FILES, write_canonical

STATS_FILE = "curation_stats.json"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="the shared starting material (read-only)")
    parser.add_argument("--out", type=Path, required=True, help="the seed directory to write")
    parser.add_argument("--curated", type=Path, help="hand-verified fact files (default: <out>/curated)")
    args = parser.parse_args(argv)
    curated = args.curated or args.out / "curated"

    curation = build(args.data, curated)
    for seed_file in SEED_FILES:
        path = write_canonical(args.out, seed_file, curation.records[seed_file.name])
        print(f"{path}: {len(curation.records[seed_file.name])} rows")
    stats_text = json.dumps(curation.stats, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    (args.out / STATS_FILE).write_text(stats_text, encoding="utf-8")
    print(write_readme(args.out))


if __name__ == "__main__":
    main()

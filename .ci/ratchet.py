"""Fail when a dev-set figure printed by score.py falls below the floor in .ci/floor.

The floor file holds `name=value` pairs (correct, cited, recall@5, mrr); fabricated quotes must be 0.
"""
import re
import sys
from pathlib import Path

printed = dict(re.findall(r"([\w@]+)=([\d.]+)", Path(sys.argv[1]).read_text()))
fabricated = re.search(r"fabricated_quotes=(\d+)/", Path(sys.argv[1]).read_text())
floor = dict(re.findall(r"([\w@]+)=([\d.]+)", Path(sys.argv[2]).read_text()))
failures = [f"{name}: {printed.get(name)} < floor {value}" for name, value in floor.items()
            if float(printed.get(name, 0)) + 1e-9 < float(value)]
if fabricated is None or int(fabricated.group(1)) != 0:
    failures.append("fabricated quotes: must be 0")
if failures:
    sys.exit("dev-set ratchet failed:\n  " + "\n  ".join(failures))
print("dev-set ratchet ok: " + ", ".join(f"{k}={printed.get(k)} (floor {v})" for k, v in floor.items()))

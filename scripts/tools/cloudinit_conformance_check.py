#!/usr/bin/env python3
"""Compare the cloud-init validators installed by install-test-tools with the
verdicts recorded in a conformance folder's ``expected-results.tsv``.

    cloudinit_conformance_check.py --dir CONFORMANCE_DIR --version 22.4.2|25.1.4
        --python PYTHON_WRAPPER --driver cloudinit_batch_validate.py
        [--cli CLI_WRAPPER] [--cli-files N] [--quiet]

Every file listed in the TSV goes through the batch driver (files of kind
``network-config`` with ``--schema-type network-config`` on 25.x, as the TSV
was made); N of them (default 2: the first valid and the first invalid one)
also go through the CLI wrapper (``<cli> schema --config-file F``). Paths
are relative to CONFORMANCE_DIR, as in the TSV. Exit status 1 when any
verdict (exit code 0 / non-zero) differs. Runs with any python3: it only
starts the wrappers.
"""

import argparse
import csv
import json
import os
import subprocess
import sys


def run_batch(python, driver, files, schema_type, cwd):
    if not files:
        return {}
    proc = subprocess.run(
        [python, driver, "--schema-type", schema_type, "--files-from", "-"],
        input="\n".join(files) + "\n",
        capture_output=True,
        text=True,
        cwd=cwd,
    )
    if proc.returncode != 0:
        sys.exit("batch driver failed (rc %d): %s" % (proc.returncode, proc.stderr))
    out = {}
    for line in proc.stdout.splitlines():
        rec = json.loads(line)
        out[rec["file"]] = rec
    missing = set(files) - set(out)
    if missing:
        sys.exit("batch driver gave no verdict for %d files" % len(missing))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--python", required=True)
    ap.add_argument("--driver", required=True)
    ap.add_argument("--cli")
    ap.add_argument("--cli-files", type=int, default=2)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()

    tsv = os.path.join(a.dir, "expected-results.tsv")
    with open(tsv, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    col = "rc_" + a.version
    if not rows or col not in rows[0]:
        sys.exit("%s has no column %s" % (tsv, col))
    new = not a.version.startswith("22.")

    def is_net(r):
        return new and r.get("kind") == "network-config"

    driver = os.path.abspath(a.driver)
    res = run_batch(a.python, driver, [r["file"] for r in rows if not is_net(r)],
                    "cloud-config", a.dir)
    res.update(run_batch(a.python, driver, [r["file"] for r in rows if is_net(r)],
                         "network-config", a.dir))

    bad = 0
    for r in rows:
        want = r[col] == "0"
        got = res[r["file"]]["valid"]
        if want != got:
            bad += 1
            print("MISMATCH batch %s: expected rc %s, got %s: %s"
                  % (r["file"], r[col], "valid" if got else "invalid",
                     res[r["file"]].get("message", "")[:200]))

    cli_checked = 0
    if a.cli:
        # alternate: first valid, first invalid, next valid, ...
        ok = [r for r in rows if r[col] == "0"]
        ko = [r for r in rows if r[col] != "0"]
        sample = []
        while len(sample) < a.cli_files and (ok or ko):
            for pool in (ok, ko):
                if pool and len(sample) < a.cli_files:
                    sample.append(pool.pop(0))
        for r in sample:
            cmd = [a.cli, "schema", "--config-file", r["file"]]
            if is_net(r):
                cmd[2:2] = ["--schema-type", "network-config"]
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=a.dir)
            cli_checked += 1
            if (proc.returncode == 0) != (r[col] == "0"):
                bad += 1
                print("MISMATCH cli %s: expected rc %s, got %d: %s"
                      % (r["file"], r[col], proc.returncode, proc.stderr[-300:]))

    valid = sum(1 for v in res.values() if v["valid"])
    if not a.quiet or bad:
        print("cloud-init %s conformance: %d files (%d valid), %d via CLI, %d mismatches"
              % (a.version, len(rows), valid, cli_checked, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

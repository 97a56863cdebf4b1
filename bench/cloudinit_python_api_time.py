#!/usr/bin/env python3
"""Time cloud-init's own Python API per document, in one process, for comparison with
CloudConfigSchemaBenchmark (docs/benchmarks.md).

Run with the python of the cloud-init version to time (the wrappers scripts/install-test-tools
writes, properties cloudinit.22.4.python / cloudinit.25.1.python):

    <python-wrapper> bench/cloudinit_python_api_time.py FILE...

Per file: YAML load (yaml.safe_load, as the CLI does) plus validate_cloudconfig_schema(strict=True)
against the schema loaded once; repeated for about five seconds; prints the mean per document.
"""

import sys
import time

import yaml
from cloudinit.config import schema as S


def validate(schema, text):
    config = yaml.safe_load(text)
    try:
        S.validate_cloudconfig_schema(config, schema, strict=True)
        return True
    except S.SchemaValidationError:
        return False


def main(paths):
    schema = S.get_schema()
    docs = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            docs.append(f.read())
    for text in docs:  # warm-up
        validate(schema, text)
    runs = 0
    start = time.perf_counter()
    while time.perf_counter() - start < 5:
        for text in docs:
            validate(schema, text)
            runs += 1
    elapsed = time.perf_counter() - start
    print("%d documents, %d validations, %.3f ms per document"
          % (len(docs), runs, elapsed / runs * 1000))


if __name__ == "__main__":
    main(sys.argv[1:])

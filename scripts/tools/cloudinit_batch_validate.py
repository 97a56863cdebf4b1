#!/usr/bin/env python3
"""Validate many cloud-init user-data / network-config files in ONE process.

Runs cloud-init's own schema code (the same functions ``cloud-init schema
--config-file F`` uses) so the verdict equals the CLI's exit code, but without
paying the ~0.2-0.6 s interpreter + import cost per file.

Must run with the python / PYTHONPATH of the cloud-init version to use, i.e.
through the wrappers that ``scripts/install-test-tools`` writes
(properties ``cloudinit.22.4.python`` / ``cloudinit.25.1.python``)::

    <python-wrapper> cloudinit_batch_validate.py [--schema-type cloud-config|network-config]
                     [--files-from LIST|-] [FILE ...]

Input: files named as arguments and/or one path per line in LIST ("-": stdin;
empty lines are skipped). Paths are used as given (relative ones against the
current directory), so messages name them exactly like the CLI does.

Output: one JSON object per input file and line, in input order, flushed per
line::

    {"file": "...", "valid": true|false, "validated": true|false,
     "errors": ["path: message", ...], "deprecations": ["path: message", ...],
     "message": "..."}

- ``valid``: what the CLI's exit code would say (0 -> true, non-zero -> false).
- ``validated``: false only when the file was accepted WITHOUT a schema
  validation (25.1.x: boothooks, scripts, includes, archives, empty files).
- ``errors``: the schema problems (``SchemaProblem.format()``); for failures
  that are not schema problems (not a YAML dict, missing file, unexpected
  exception) the single error is the CLI's message.
- ``deprecations``: deprecation problems reported by cloud-init (not errors).
- ``message``: the CLI's main line: ``Valid cloud-config: F`` (22.4) /
  ``Valid schema F`` (25.1) / the text after ``Error:`` / the "not currently
  evaluated" notice.

Jinja user-data (25.1) is rendered with --instance-data /
$CLOUDINIT_BATCH_INSTANCE_DATA when given, else with the file the CLI would
read (/run/cloud-init/instance-data*.json), as the CLI does.

``--jobs N`` forks N workers after cloud-init is loaded (output order kept).

Exit status: 0 when every file was processed (whatever the verdicts), 2 on a
usage error. ``--schema-type network-config`` needs cloud-init >= 23.x.
"""

import argparse
import contextlib
import functools
import inspect
import io
import json
import os
import sys
import traceback


def _problems(problems):
    out = []
    for p in problems or []:
        fmt = getattr(p, "format", None)
        if callable(fmt):
            out.append(fmt())
        elif isinstance(p, (tuple, list)) and len(p) == 2:
            out.append("%s: %s" % (p[0], p[1]))
        else:
            out.append(str(p))
    return out


_VALIDATE_ONE = None


def _run_one(path):  # module level, so the pool can name it
    return _VALIDATE_ONE(path)


def _read_list(source):
    if source == "-":
        lines = sys.stdin.read().splitlines()
    else:
        with open(source, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    return [line for line in lines if line.strip()]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--schema-type",
        default="cloud-config",
        choices=["cloud-config", "network-config"],
    )
    parser.add_argument("--files-from", metavar="LIST")
    parser.add_argument(
        "--instance-data",
        metavar="JSON",
        default=os.environ.get("CLOUDINIT_BATCH_INSTANCE_DATA") or None,
        help="instance-data.json for '## template: jinja' user-data "
        "(cloud-init >= 23; default: $CLOUDINIT_BATCH_INSTANCE_DATA, else "
        "the path the CLI would use)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        help="worker processes (fork after loading cloud-init; output order is "
        "kept); default 1",
    )
    parser.add_argument("files", nargs="*")
    args = parser.parse_args(argv)

    files = list(args.files)
    if args.files_from:
        files.extend(_read_list(args.files_from))

    real_stdout = sys.stdout
    # Import cloud-init quietly (25.x logs warnings on stderr for some imports).
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(
        io.StringIO()
    ):
        from cloudinit.config import schema as S

    params = inspect.signature(S.validate_cloudconfig_file).parameters
    new_api = "schema_type" in params  # 23.x and later
    schema_type = None
    if args.schema_type == "network-config":
        if not new_api or not hasattr(S, "SchemaType"):
            parser.error("--schema-type network-config needs cloud-init >= 23")
        schema_type = S.SchemaType.NETWORK_CONFIG
        schema = S.get_schema(schema_type)
    else:
        schema = S.get_schema()
        if new_api:
            schema_type = S.SchemaType.CLOUD_CONFIG

    instance_data_path = args.instance_data
    if instance_data_path is None and "instance_data_path" in params:
        # Same choice as the CLI (get_config_paths_from_args), without the
        # datasource fetch that would write /run/cloud-init as root.
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(
                io.StringIO()
            ):
                paths = S.read_cfg_paths()
                key = "instance_data" if os.getuid() != 0 else "instance_data_sensitive"
                instance_data_path = paths.get_runpath(key)
        except Exception:  # pragma: no cover - defensive
            instance_data_path = None

    # Capture deprecations reported by validate_cloudconfig_schema, which
    # validate_cloudconfig_file only prints.
    captured = {"deprecations": []}
    original_validate_schema = S.validate_cloudconfig_schema

    def recording_validate_schema(*a, **kw):
        try:
            return original_validate_schema(*a, **kw)
        except S.SchemaValidationError as e:
            captured["deprecations"].extend(
                _problems(getattr(e, "schema_deprecations", None))
            )
            raise

    S.validate_cloudconfig_schema = recording_validate_schema

    # get_jsonschema_validator() takes no arguments and builds the same
    # validator class on every call (~15% of the time per file): build it once.
    if hasattr(S, "get_jsonschema_validator"):
        S.get_jsonschema_validator = functools.lru_cache(maxsize=None)(
            S.get_jsonschema_validator
        )

    def validate_one(path):
        captured["deprecations"] = []
        result = {"file": path, "valid": False, "validated": True, "errors": []}
        out, err = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                if new_api:
                    if not os.path.exists(path):
                        raise RuntimeError("Config file %s does not exist" % path)
                    performed = S.validate_cloudconfig_file(
                        path, schema, schema_type, False, instance_data_path
                    )
                else:
                    S.validate_cloudconfig_file(path, schema, False)
                    performed = True
        except S.SchemaValidationError as e:
            result["errors"] = _problems(e.schema_errors) or [str(e)]
            result["message"] = str(e)
        except RuntimeError as e:
            result["errors"] = [str(e)]
            result["message"] = str(e)
        except SystemExit as e:
            # cloud-init's error(..., sys_exit=True): CLI exits non-zero.
            text = err.getvalue().strip()
            if text.startswith("Error:"):
                text = text[len("Error:"):].strip()
            text = text or "exit status %s" % (e.code,)
            result["valid"] = e.code in (0, None)
            result["errors"] = [] if result["valid"] else [text]
            result["message"] = text
        except Exception as e:  # the CLI would die with a traceback, rc 1
            last = traceback.format_exception_only(type(e), e)[-1].strip()
            result["errors"] = ["Traceback: " + last]
            result["message"] = "Traceback: " + last
        else:
            result["valid"] = True
            if performed:
                if new_api:
                    result["message"] = "Valid schema %s" % path
                else:
                    result["message"] = "Valid cloud-config: %s" % path
            else:
                lines = [
                    line
                    for line in out.getvalue().splitlines()
                    if line.strip()
                    and not line.startswith("Cloud config schema deprecations:")
                ]
                result["message"] = lines[-1] if lines else "not validated"
                result["validated"] = False
        result["deprecations"] = captured["deprecations"]
        return result

    global _VALIDATE_ONE
    _VALIDATE_ONE = validate_one
    if args.jobs > 1 and len(files) > 1:
        import multiprocessing

        # fork: the workers inherit the imported modules and the loaded schema
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(args.jobs) as pool:
            chunk = max(1, min(64, len(files) // (args.jobs * 4) or 1))
            for result in pool.imap(_run_one, files, chunksize=chunk):
                real_stdout.write(json.dumps(result) + "\n")
                real_stdout.flush()
    else:
        for path in files:
            real_stdout.write(json.dumps(validate_one(path)) + "\n")
            real_stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())

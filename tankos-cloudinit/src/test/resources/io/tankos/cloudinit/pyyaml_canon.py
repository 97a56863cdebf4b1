# Loads YAML files with PyYAML's safe_load (as cloud-init does) and prints one JSON line per file:
#   {"file": F, "ok": true, "data": CANON, "same": BOOL}  or  {"file": F, "ok": false, "error": MSG}
# Input on stdin, one request per line: "load\tFILE" or "compare\tFILE\tEXPECTED_JSON_FILE", where the
# expected file holds a tagged tree written by the Java side. CANON is a type-tagged form in which
# bool/int/str/date... stay distinct and mappings are sorted, so equal CANON means equal data.
import base64, datetime, json, sys, yaml

def canon(x):
    if isinstance(x, bool): return ["bool", x]
    if isinstance(x, int): return ["int", str(x)]
    if isinstance(x, float): return ["float", repr(x)]
    if isinstance(x, str): return ["str", x]
    if x is None: return ["null"]
    if isinstance(x, bytes): return ["bytes", base64.b64encode(x).decode()]
    if isinstance(x, datetime.datetime): return ["datetime", x.isoformat()]
    if isinstance(x, datetime.date): return ["date", x.isoformat()]
    if isinstance(x, list): return ["list", [canon(i) for i in x]]
    if isinstance(x, (set, frozenset)): return ["set", sorted(json.dumps(canon(i)) for i in x)]
    if isinstance(x, dict):
        return ["map", sorted([json.dumps(canon(k)), canon(v)] for k, v in x.items())]
    return ["other", repr(x)]

def untag(t):
    kind = t[0]
    if kind == "map": return {untag(k): untag(v) for k, v in t[1]}
    if kind == "list": return [untag(i) for i in t[1]]
    if kind == "str": return t[1]
    if kind == "bool": return t[1]
    if kind == "int": return int(t[1])
    if kind == "null": return None
    raise ValueError("unknown tag " + kind)

def strip_header(text):
    return text

for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        continue
    parts = line.split("\t")
    out = {"file": parts[1]}
    try:
        with open(parts[1], "rb") as fh:
            text = fh.read().decode("utf-8")
        data = canon(yaml.safe_load(text))
        out["ok"] = True
        out["data"] = json.dumps(data, sort_keys=True)
        if parts[0] == "compare":
            with open(parts[2], encoding="utf-8") as fh:
                expected = canon(untag(json.load(fh)))
            out["same"] = expected == data
            if not out["same"]:
                out["expected"] = json.dumps(expected, sort_keys=True)
    except Exception as e:
        out["ok"] = False
        out["error"] = type(e).__name__ + ": " + " ".join(str(e).split())
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()

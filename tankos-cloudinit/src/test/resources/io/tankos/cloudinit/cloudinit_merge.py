# Runs cloud-init's own user-data processing on each file named in argv (gzip, MIME, include of
# nothing): UserDataProcessor, then the cloud-config part handler with its merge rules, and prints
# the merged cloud-config of each file as one JSON line (sorted keys).
import json, sys, tempfile
from cloudinit import helpers, util
from cloudinit import user_data as ud
from cloudinit.handlers.cloud_config import CloudConfigPartHandler

for path in sys.argv[1:]:
    with open(path, "rb") as fh:
        raw = fh.read()
    msg = ud.UserDataProcessor(helpers.Paths({})).process(raw)
    handler = CloudConfigPartHandler(helpers.Paths({"cloud_dir": tempfile.mkdtemp()}))
    handler.handle_part(None, "__begin__", None, None, None, None)
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() != "text/cloud-config":
            continue
        handler.handle_part(None, "text/cloud-config", part.get_filename(),
                            util.fully_decoded_payload(part), None, part)
    sys.stdout.write("MERGED " + json.dumps(handler.cloud_buf, sort_keys=True) + "\n")
    sys.stdout.flush()

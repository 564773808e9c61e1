#!/usr/bin/env bash
# Recomputes the `files` list (path, size, sha256) of a bundle's manifest.json after its content
# was edited; every other manifest field is kept as it is. Usage: scripts/update-manifest.sh [dir]
# (default content/demo). Lists every file except manifest.json, *.sig and hidden files.
set -euo pipefail
cd "$(dirname "$0")/.."
bundle="${1:-content/demo}"
manifest="$bundle/manifest.json"

if [ ! -f "$manifest" ]; then
  echo "update-manifest: $manifest not found (give the bundle folder as the argument)" >&2
  exit 1
fi

# One line per file: size, sha256, path (relative to the bundle), sorted for a stable manifest.
listing=$(
  cd "$bundle"
  find . -type f ! -name manifest.json ! -name '*.sig' ! -path '*/.*' -print0 |
    sort -z |
    while IFS= read -r -d '' file; do
      path="${file#./}"
      case "$path" in
      *$'\t'* | *$'\n'*)
        echo "update-manifest: file name with a tab or newline is not allowed: $path" >&2
        exit 1
        ;;
      esac
      size=$(stat -c %s -- "$path")
      sum=$(sha256sum -- "$path" | cut -d' ' -f1)
      printf '%s\t%s\t%s\n' "$size" "$sum" "$path"
    done
)

LISTING="$listing" python3 - "$manifest" <<'PY'
import json, os, sys

manifest_path = sys.argv[1]
try:
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
except (OSError, ValueError) as error:
    sys.exit(f"update-manifest: cannot read {manifest_path}: {error}")
if not isinstance(manifest, dict):
    sys.exit(f"update-manifest: {manifest_path} is not a JSON object")

files = []
for line in os.environ["LISTING"].splitlines():
    size, sha256, path = line.split("\t", 2)
    files.append({"path": path, "size": int(size), "sha256": sha256})
manifest["files"] = files


def dump(value, indent=0):
    # Like json.dumps(indent=2), but each file entry on one line so diffs stay readable.
    pad = "  " * indent
    if isinstance(value, dict) and set(value) == {"path", "size", "sha256"}:
        return json.dumps(value, ensure_ascii=False).replace("{", "{ ", 1)[:-1] + " }"
    if isinstance(value, dict) and value:
        items = [f"{pad}  {json.dumps(k)}: {dump(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and value and not all(isinstance(v, str) for v in value):
        return "[\n" + ",\n".join(pad + "  " + dump(v, indent + 1) for v in value) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


tmp = manifest_path + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    f.write(dump(manifest) + "\n")
os.replace(tmp, manifest_path)
print(f"update-manifest: {manifest_path}: {len(files)} files listed, version {manifest.get('version')}")
PY

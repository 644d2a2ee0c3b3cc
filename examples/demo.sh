#!/usr/bin/env bash
# The README's quick start: ingest the bundled example series (v1, v2 and their review thread) into a
# scratch archive and show what mlreview makes of it; then apply v1 to the example tree in memory.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
db="${MLREVIEW_DEMO_DB:-$(mktemp -d)/archive.db}"
mlreview() { "$here/../bin/mlreview" "$@"; }

echo "== mlreview ingest examples/ringbuf-v1-v2.mbox"
mlreview ingest --db "$db" "$here/ringbuf-v1-v2.mbox"
echo
echo "== mlreview series list"
mlreview series list --db "$db"
echo
echo "== mlreview series show cover.1757667600.git.ada@example.org"
mlreview series show --db "$db" cover.1757667600.git.ada@example.org
echo "== mlreview thread cover.1757322000.git.ada@example.org"
mlreview thread --db "$db" cover.1757322000.git.ada@example.org
echo
echo "== mlreview search file:drivers/misc remap_vmalloc_range"
mlreview search --db "$db" file:drivers/misc remap_vmalloc_range
echo
echo "== mlreview summarize rita-2@example.net"
mlreview summarize --db "$db" rita-2@example.net
echo
echo "== mlreview review --revision 1 cover.1757322000.git.ada@example.org"
mlreview review --db "$db" --revision 1 cover.1757322000.git.ada@example.org
echo
echo "== mlreview apply examples/ringbuf-v1-v2.mbox --revision 1 --tree examples/tree"
mlreview apply "$here/ringbuf-v1-v2.mbox" --revision 1 --tree "$here/tree"

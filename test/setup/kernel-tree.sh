#!/usr/bin/env bash
# A real kernel tree for tests that need one (knowledge-base tree scans, simulated application):
# Debian's linux-source-6.12, installed with apt-get when missing (as root), and the parts a test needs
# extracted into .cache/linux-source-6.12/ inside the checkout (gitignored). The tree keeps every part
# ever asked for; running the script again does nothing unless a part is missing.
#
#   bash test/setup/kernel-tree.sh                            # the default parts below
#   bash test/setup/kernel-tree.sh scripts/checkpatch.pl      # these paths as well (or KERNEL_TREE_PARTS)
#
# Prints the tree's folder on its last line.
set -euo pipefail
cd "$(dirname "$0")/../.."

package=linux-source-6.12
tarball=/usr/src/$package.tar.xz
dest=.cache/$package
# The knowledge-base tree scan needs the first line; simulated application of the corpus series (test/corpus/
# apply-series.test.ts) also touches the others: docs, the VMA userland tests, and the architectures they patch.
default_parts="Makefile include mm kernel fs drivers sound security samples net lib io_uring arch/x86 arch/powerpc arch/arc arch/s390
  ipc Documentation/filesystems Documentation/mm tools/testing/vma tools/testing/nvdimm tools/include tools/lib
  arch/arm64 arch/riscv arch/loongarch arch/mips arch/sparc arch/csky"
have="$(cat "$dest/.parts" 2>/dev/null || true)"
wanted="$default_parts ${KERNEL_TREE_PARTS:-} $*"
missing=""
for p in $wanted; do case " $have " in *" $p "*) ;; *) missing="$missing $p" ;; esac; done
if [ -z "$missing" ]; then
  echo "kernel tree: $dest is up to date" >&2
  echo "$dest"
  exit 0
fi
# What was there stays: benchmarks and tests that asked for other parts earlier still find them.
parts="$(echo $have $missing | tr ' ' '\n' | awk 'NF && !seen[$0]++' | tr '\n' ' ')"
parts="$(echo $parts)"  # one line, single spaces: .parts records it that way

if [ ! -f "$tarball" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "kernel tree: $tarball is missing; install it as root: apt-get install $package" >&2
    exit 1
  fi
  echo "kernel tree: installing $package" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" xz-utils >&2
fi

# The tarball is one xz stream: listing fewer paths saves disk, not decompression time (~4 s here).
echo "kernel tree: extracting $parts into $dest" >&2
rm -rf "$dest.partial"
mkdir -p "$dest.partial"
members=()
for p in $parts; do members+=("$package/$p"); done
xz -dc -T0 "$tarball" | tar -x -C "$dest.partial" --strip-components=1 "${members[@]}"
echo "$parts" > "$dest.partial/.parts"
rm -rf "$dest"
mv "$dest.partial" "$dest"
echo "$dest"

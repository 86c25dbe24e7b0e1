#!/usr/bin/env bash
# The pre-commit hook as users get it: `pre-commit try-repo` installs leakproof
# from a fresh clone of this repository's committed HEAD (which must hold the
# built dist/) and runs it in two throwaway repositories: one with a security
# group open to the world (the hook must fail and name the finding), one
# without (it must pass).
#
#   .ci/pre-commit-check.sh [REPO]   REPO: a git repository or URL (default: this checkout)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source_repo="${1:-$here}"

command -v pre-commit >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit; }
command -v node >/dev/null || { echo "pre-commit-check: node is not on PATH (the hook runs on the system Node.js)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/pre-commit-cache"

git clone -q "$source_repo" "$work/leakproof"
if [ ! -f "$work/leakproof/dist/src/cli/main.js" ]; then
  echo "pre-commit-check: $source_repo at $(git -C "$work/leakproof" rev-parse --short HEAD) has no committed dist/src/cli/main.js; the hook installs the committed build" >&2
  exit 1
fi

new_repo() {
  git init -q "$1"
  git -C "$1" config user.email ci@example.invalid
  git -C "$1" config user.name "pre-commit check"
}

security_group() { # name cidr
  cat <<EOF
provider "aws" {
  region = "eu-central-1"
}

resource "aws_security_group" "$1" {
  name = "$1"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["$2"]
  }
}
EOF
}

new_repo "$work/open"
security_group bastion 0.0.0.0/0 > "$work/open/main.tf"
git -C "$work/open" add main.tf && git -C "$work/open" commit -q -m "open security group"

new_repo "$work/clean"
security_group internal 10.20.0.0/16 > "$work/clean/main.tf"
git -C "$work/clean" add main.tf && git -C "$work/clean" commit -q -m "internal security group"

echo "pre-commit-check: $(pre-commit --version), hook from $source_repo at $(git -C "$work/leakproof" rev-parse --short HEAD)"

start=$(date +%s)
if (cd "$work/open" && pre-commit try-repo "$work/leakproof" leakproof --all-files) > "$work/open.log" 2>&1; then
  cat "$work/open.log"
  echo "pre-commit-check: FAILED: the hook passed on a security group open to 0.0.0.0/0" >&2
  exit 1
fi
if ! grep -q 'LP-FW-' "$work/open.log" || ! grep -q 'aws_security_group.bastion' "$work/open.log"; then
  cat "$work/open.log"
  echo "pre-commit-check: FAILED: the hook failed without naming the open security group" >&2
  exit 1
fi
echo "pre-commit-check: open security group: hook failed and named it ($(grep -o 'LP-FW-[0-9]*' "$work/open.log" | sort -u | tr '\n' ' ')) — install and run took $(( $(date +%s) - start )) s"

if ! (cd "$work/clean" && pre-commit try-repo "$work/leakproof" leakproof --all-files) > "$work/clean.log" 2>&1; then
  cat "$work/clean.log"
  echo "pre-commit-check: FAILED: the hook failed on a repository without findings" >&2
  exit 1
fi
echo "pre-commit-check: clean repository: hook passed"
echo "pre-commit-check: OK"

#!/usr/bin/env bash
# dist/ is committed (git-URL installs, the GitHub Action and pre-commit run it
# without building), so it must be exactly what `npm run build:dist` makes from the
# committed sources. Rebuilds it and fails when that changed anything.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! npm run --silent build:dist; then
  echo "dist-fresh: npm run build:dist failed (see the errors above)" >&2
  exit 1
fi
changed=$(git status --porcelain --untracked-files=all -- dist)
if [ -n "$changed" ]; then
  printf '%s\n' "$changed" | head -n 20 >&2
  echo "dist/ is stale: run npm run build:dist and commit" >&2
  exit 1
fi
echo "dist/ is fresh ($(git ls-files dist | wc -l | tr -d ' ') files)"

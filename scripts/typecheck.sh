#!/usr/bin/env bash
# npm run typecheck: the same check as npm test's typecheck step (typecheck in lib.sh).
source "$(dirname "$0")/lib.sh"
typecheck

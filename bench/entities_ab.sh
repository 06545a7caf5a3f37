#!/usr/bin/env bash
# bench/entities_ab.sh — the entity tagger of this checkout against another
# checkout's, in CPU seconds of the backend: bench/ab.sh entities.
#
#   sudo bash bench/entities_ab.sh OTHER_CHECKOUT [ROUNDS]
exec bash "$(dirname "$0")/ab.sh" entities "$@"

#!/usr/bin/env bash
# bench/amounts_ab.sh — fr_amounts and fr_percents of this checkout against
# another checkout's, in CPU seconds of the backend: bench/ab.sh amounts.
#
#   sudo bash bench/amounts_ab.sh OTHER_CHECKOUT [ROUNDS]
exec bash "$(dirname "$0")/ab.sh" amounts "$@"

# The live room under hostile load (issue 22): `cxm room`'s peak memory while 256 hostile connections
# send 8 MiB bodies or trickle heads that never end.
set -euo pipefail
bin=$1 work=$2
"$bin/tests/bench/cxm-bench-room-hostile" "$bin/src/cli/cxm" "$work"

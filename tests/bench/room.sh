# The live room (issue 13): `cxm room` on loopback, 40 phones answering a 15-question round at once;
# each answer timed from its submission to its acknowledgement (on disk by then).
set -euo pipefail
bin=$1 work=$2
"$bin/tests/bench/cxm-bench-room" "$bin/src/cli/cxm" "$work"

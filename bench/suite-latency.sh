#!/usr/bin/env bash
# Times whole suite runs against the embedded gateway answering late, as a gateway across a network does (100 ms, and
# 50-300 ms drawn per answer), with 2, 4, 6 and 8 agents, and prints each configuration's median wall time beside the
# floor the same runs compute from their own checks: all check time spread over the agents, or the longest check,
# whichever is larger. A run cannot end before its floor; wall over floor says how much the checks waited on each other.
# Usage: bench/suite-latency.sh [ROUNDS] [AGENTS...]   (default 3 rounds; agents 2 4 6 8)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-3}"
shift || true
counts=("$@")
if [[ ${#counts[@]} -eq 0 ]]; then counts=(2 4 6 8); fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$root/suite/AgentGateway.Conformance" -c Release --nologo -v quiet >/dev/null
suite="$root/suite/AgentGateway.Conformance/bin/Release/net10.0/AgentGateway.Conformance.dll"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One run; prints "WALL FLOOR" in seconds from the run's own Time line. A run that is not CONFORMANT stops the benchmark.
run_once() {
  local reports="$work/$1-$2" code
  set +e
  dotnet "$suite" --reports "$reports" --latency "$1" --embedded-agents "$2" >"$work/out.txt" 2>&1
  code=$?
  set -e
  if [[ $code -ne 0 ]]; then
    echo "suite run with --latency $1 --embedded-agents $2 exited $code:" >&2
    tail -20 "$work/out.txt" >&2
    exit 2
  fi
  grep '^Time: wall' "$work/out.txt" | tail -1 | awk '{ print $3, $6 }'
}

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d); median of $rounds runs per line (after one warm-up run each)"
printf '%-12s %6s %9s %9s %12s\n' latency agents "wall s" "floor s" "wall/floor"
for latency in 100ms 50ms-300ms; do
  for n in "${counts[@]}"; do
    run_once "$latency" "$n" >/dev/null # warm-up, and the durations the next run orders its checks by
    walls=() floors=() ratios=()
    for ((i = 1; i <= rounds; i++)); do
      read -r wall floor < <(run_once "$latency" "$n")
      walls+=("$wall") floors+=("$floor")
      ratios+=("$(awk -v w="$wall" -v f="$floor" 'BEGIN { printf "%.3f", w / f }')")
    done
    printf '%-12s %6s %9.1f %9.1f %12.2f\n' "$latency" "$n" "$(median "${walls[@]}")" "$(median "${floors[@]}")" "$(median "${ratios[@]}")"
  done
done

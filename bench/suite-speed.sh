#!/usr/bin/env bash
# Times whole suite runs against the embedded gateway (after the build) and prints medians:
#   - long poll 10 s against 0.1 s, interleaved so machine noise hits both alike, and their ratio;
#   - 2, 4 and 8 agents (the suite runs fixtures in parallel when the pool allows).
# Usage: bench/suite-speed.sh [ROUNDS]           (default 5 rounds)
#        bench/suite-speed.sh --check [ROUNDS]    (exit 1 when the long-poll ratio is above 1.2)
#        bench/suite-speed.sh --authmode [ROUNDS] (a standalone AUTHMODE 1 gateway as a real target, declared
#                                                  --authmode 1, against the embedded gateway, interleaved)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
check=false authmode=false
if [[ "${1:-}" == "--check" ]]; then check=true; shift; fi
if [[ "${1:-}" == "--authmode" ]]; then authmode=true; shift; fi
rounds="${1:-5}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$root/suite/AgentGateway.Conformance" -c Release --nologo -v quiet >/dev/null
suite="$root/suite/AgentGateway.Conformance/bin/Release/net10.0/AgentGateway.Conformance.dll"
reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT

# One timed run; prints its wall time in milliseconds. A run that is not CONFORMANT stops the benchmark.
run_once() {
  local start end code
  start=$(date +%s%N)
  set +e
  dotnet "$suite" --reports "$reports" "$@" >"$reports/out.txt" 2>&1
  code=$?
  set -e
  end=$(date +%s%N)
  if [[ $code -ne 0 ]]; then
    echo "suite run with '$*' exited $code:" >&2
    tail -20 "$reports/out.txt" >&2
    exit 2
  fi
  echo $(( (end - start) / 1000000 ))
}

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# The embedded gateway against a standalone reference gateway in AUTHMODE 1 reached as a real target over HTTPS, with
# the same eight agents, declared --authmode 1; rounds interleaved so machine noise hits both alike.
if $authmode; then
  dotnet build "$root/suite/AgentGateway.Reference" -c Release --nologo -v quiet >/dev/null
  port=$(( 20000 + RANDOM % 20000 ))
  ids=$(seq -s, 41001 41008)
  dotnet "$root/suite/AgentGateway.Reference/bin/Release/net10.0/AgentGateway.Reference.dll" --urls "https://127.0.0.1:$port" \
    --authmode 1 --agents "$(seq -f '%g:bench-pw' -s, 41001 41008)" --export-cert "$reports/gateway.pem" >"$reports/gateway.txt" 2>&1 &
  gateway=$!
  trap 'kill $gateway 2>/dev/null; rm -rf "$reports"' EXIT
  for _ in $(seq 100); do grep -q "Listening on" "$reports/gateway.txt" && break; sleep 0.1; done
  real=(--target "https://127.0.0.1:$port" --agents "$ids" --password bench-pw --ca-cert "$reports/gateway.pem" --authmode 1)
  embedded=() declared=()
  run_once >/dev/null
  for ((i = 1; i <= rounds; i++)); do
    embedded+=("$(run_once)")
    declared+=("$(run_once "${real[@]}")")
    echo "round $i/$rounds: embedded ${embedded[-1]} ms, AUTHMODE 1 declared ${declared[-1]} ms" >&2
  done
  m_embedded=$(median "${embedded[@]}")
  m_declared=$(median "${declared[@]}")
  echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
  echo "whole suite, median of $rounds runs (wall time, after the build), 8 agents:"
  echo "  embedded gateway (AUTHMODE 2, GUIDINTERVAL 2 s): $m_embedded ms"
  echo "  standalone AUTHMODE 1 gateway, --authmode 1:     $m_declared ms"
  echo "  ratio declared / embedded: $(awk -v a="$m_declared" -v b="$m_embedded" 'BEGIN { printf "%.2f", a / b }') (target at most 1.0)"
  exit 0
fi

long=() short=()
declare -A agents=([2]="" [4]="" [8]="")
run_once >/dev/null # warm-up: first start of the runtime and the certificate store
for ((i = 1; i <= rounds; i++)); do
  long+=("$(run_once --long-poll 10s)")
  short+=("$(run_once --long-poll 100ms)")
  for n in 2 4 8; do agents[$n]+=" $(run_once --embedded-agents "$n")"; done
  echo "round $i/$rounds: long poll 10s ${long[-1]} ms, 0.1s ${short[-1]} ms" >&2
done

m_long=$(median "${long[@]}")
m_short=$(median "${short[@]}")
ratio=$(awk -v a="$m_long" -v b="$m_short" 'BEGIN { printf "%.2f", a / b }')
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
echo "whole suite, median of $rounds runs (wall time, after the build):"
echo "  long poll 10 s : $m_long ms"
echo "  long poll 0.1 s: $m_short ms"
echo "  ratio 10 s / 0.1 s: $ratio (target at most 1.2)"
for n in 2 4 8; do
  # shellcheck disable=SC2086
  echo "  $n agents: $(median ${agents[$n]}) ms"
done

if $check && awk -v r="$ratio" 'BEGIN { exit !(r > 1.2) }'; then
  echo "FAIL: the suite waits on the long poll (ratio $ratio > 1.2)" >&2
  exit 1
fi

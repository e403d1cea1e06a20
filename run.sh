#!/usr/bin/env bash
# Runs the syncagentinfo conformance suite: against the embedded reference gateway by default, or against the
# gateway given with --target. ./run.sh --help lists the options. Exit codes: 0 conformant, 1 not conformant,
# 2 configuration or preflight error, 3 suite error. ./run.sh compare BEFORE AFTER compares two earlier runs and exits
# 0 with no regression, 1 with regressions, 2 on bad input. ./run.sh verify PACKAGE [--public-key FILE] checks a
# certification package and exits 0 verified, 1 verification failed, 2 on bad input, 3 when no signature was checked.
set -uo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
project="$root/suite/AgentGateway.Conformance"
configuration="${AGW_BUILD_CONFIGURATION:-Release}"

if ! build_log="$(dotnet build "$project" -c "$configuration" --nologo -v quiet 2>&1)"; then
  echo "$build_log" >&2
  echo "run.sh: the suite did not build." >&2
  exit 3
fi

# Relative paths in options (--reports, --config, --ca-cert) stay relative to where run.sh was called from.
exec dotnet "$project/bin/$configuration/net10.0/AgentGateway.Conformance.dll" "$@"

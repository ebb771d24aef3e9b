#!/usr/bin/env bash
# The dependency audit gate: fails on any high or critical advisory in what the site ships
# (dev tools excluded). Some registry mirrors refuse the advisory endpoint; then the audit
# cannot be made here, and this says so loudly instead of passing in silence or failing
# every run for a reason no change of ours can fix. The deploy workflow runs it strictly.
set -uo pipefail
output="$(npm audit --omit=dev --audit-level=high 2>&1)"
status=$?
echo "$output"
if [ $status -ne 0 ] && grep -q "audit endpoint returned an error" <<<"$output" && [ "${AUDIT_STRICT:-}" != 1 ]; then
  echo "npm audit: NOT CHECKED: the registry refused the advisory endpoint (set AUDIT_STRICT=1 to fail on this)." >&2
  exit 0
fi
exit $status

#!/usr/bin/env bash
# The HTML validity test runs the Nu HTML Checker (node_modules/vnu-jar), which needs Java 17
# or later. Installs Debian's headless JRE when java is missing and we are root; otherwise says
# how to get it.
set -euo pipefail
if command -v java >/dev/null; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Java is missing: installing Debian's default-jre-headless package for the HTML validity test..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  exit 0
fi
echo "The HTML validity test needs Java 17 or later on the PATH. Install it (Debian: sudo apt-get install default-jre-headless)." >&2
exit 1

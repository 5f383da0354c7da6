#!/usr/bin/env bash
# The map tests drive the system Chromium (Playwright's own browser download is not reachable):
# install the Debian package when it is missing, or stop with a clear message.
set -euo pipefail
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "error: $CHROMIUM is missing; install it as root: apt-get update && apt-get install -y chromium" >&2
    exit 1
fi
echo "installing chromium (apt-get) for the browser tests…" >&2
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; then
    echo "error: apt-get could not install chromium; the browser tests need $CHROMIUM" >&2
    exit 1
fi
test -x "$CHROMIUM" || { echo "error: chromium installed but $CHROMIUM is not there" >&2; exit 1; }

#!/bin/sh
# Install Debian's chromium for the /docs browser test (tests/e2e/). Idempotent; needs root.
# Never use `playwright install`: the test drives this system browser, and CI reaches no CDN.
set -eu

if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"

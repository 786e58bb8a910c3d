#!/usr/bin/env bash
# Debian packages the browser tests need: Chromium and CJK fonts (Chinese text renders as boxes without them).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# grep reads all of fc-list's output: with -q it would stop at the first match, fc-list would die
# of SIGPIPE, and under pipefail the fonts would look missing and be reinstalled on every run.
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
/usr/bin/chromium --version

#!/usr/bin/env bash
# System packages the tests need besides Python: tmux (the end-to-end test drives the real
# command in it), Pango (WeasyPrint's PDF output), Chromium (the browser test of
# `handoff serve`, driven by Playwright, whose own browser download is never used), and
# Hunspell with its British English, Polish, Catalan and Indonesian dictionaries (the
# statements are spell-checked) plus poppler-utils (pdftoppm, to look at a PDF's pages as
# pictures). Installs what is missing when run as root; otherwise says what to install.
set -eu
missing=()
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so' || missing+=(libpango-1.0-0)
ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so' || missing+=(libpangoft2-1.0-0)
# WeasyPrint subsets fonts with HarfBuzz when it can (faster, no deprecation warning).
ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset.so' || missing+=(libharfbuzz-subset0)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v hunspell >/dev/null 2>&1 || missing+=(hunspell)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
for dict in en_GB pl_PL ca id_ID; do
  [ -e "/usr/share/hunspell/$dict.dic" ] || missing+=("hunspell-$(case $dict in en_GB) echo en-gb;; pl_PL) echo pl;; ca) echo ca;; id_ID) echo id;; esac)")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Please install: ${missing[*]} (e.g. sudo apt-get install ${missing[*]})" >&2
  exit 1
fi

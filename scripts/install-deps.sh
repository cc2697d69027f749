#!/usr/bin/env bash
# Installs the Debian packages and Python modules DigitalSkills needs, only those missing.
set -euo pipefail
packages=(libsqlite3-dev sqlite3 libcairo2-dev libpango1.0-dev libqrencode-dev pkg-config fonts-noto-core fonts-noto-cjk
  poppler-utils zbar-tools python3 python3-pip time chromium chromium-driver curl openssl)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# The tests check Open Badges with independent Python libraries, drive the verify page and `skills serve` in headless
# Chromium with Selenium, and scan the served pages with axe-core; Debian's own python3 needs --break-system-packages.
if ! python3 -c "import jsonschema, joserfc, selenium, axe_selenium_python" 2>/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check jsonschema joserfc selenium axe-selenium-python 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages jsonschema joserfc selenium axe-selenium-python
fi

#!/usr/bin/env bash
# Shared by scripts/demo and scripts/test: installs what a fresh Debian 12
# lacks (as root, or through sudo), then configures and builds.
#   BUILD_DIR   build folder (default: build)
#   CDOC_SANITIZE  e.g. address,undefined for a sanitizer build
#   CDOC_FUZZ=ON   build with clang, everything instrumented for libFuzzer
#                  too, and the fuzz targets of tests/fuzz beside the tests
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"

# Debian 12 packages the build, the tests and the screenshots need. Real
# package names only: a virtual one (libqt6svg6-dev, which qt6-svg-dev
# provides) never shows as installed, and would cost an apt-get each run.
PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libqt6opengl6-dev qt6-qpa-plugins libgl-dev
    iproute2 nftables iptables openssl openvpn tinyproxy nginx-light haproxy squid conntrack
    libpcap-dev libcap2-bin curl python3
    dnsmasq-base chromium
    poppler-utils libxml2-utils python3-jsonschema
    fonts-noto-cjk
    # The package test's container (scripts/package-test-systemd): a
    # Debian 12 booted with systemd, for the background watch's unit.
    systemd-container debootstrap
)

# The fuzz targets need clang and its runtime (libFuzzer, the sanitizers').
if [ "${CDOC_FUZZ:-OFF}" = "ON" ]; then
    PACKAGES+=(clang libclang-rt-14-dev)
fi

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    # Line tables only (-g1): enough for stack traces and ASan's reports,
    # and the build takes far less time than with full debug info. The
    # sanitizer build is for finding bugs, not for measuring: -O1 and no
    # benches.
    local bench=ON flags=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG")
    if [ -n "${CDOC_SANITIZE:-}" ]; then
        bench=OFF
        flags=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG")
    fi
    if [ "${CDOC_FUZZ:-OFF}" = "ON" ]; then
        flags+=(-DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCDOC_FUZZ=ON)
    fi
    cmake -S "$ROOT" -B "$BUILD_DIR" "${generator[@]}" \
        -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" "${flags[@]}" \
        -DCDOC_BUILD_BENCH="$bench" \
        -DCDOC_SANITIZE="${CDOC_SANITIZE:-}"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

install_missing
build

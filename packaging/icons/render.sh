#!/usr/bin/env bash
# Renders the hicolor PNGs, the Windows .ico and the macOS .icns from the
# hand-written SVGs. Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's
# convert and python3.
# The results are committed, so a normal build does not need these tools.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

ID=io.github.connectiondoctor.ConnectionDoctor
for n in 16 24 32 48 64 128 256 512; do
    src="$ID.svg"
    [ "$n" -eq 16 ] && src="$ID-16.svg"   # pixel-aligned small variant
    mkdir -p "hicolor/${n}x${n}/apps"
    rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio "$src" \
        --output "hicolor/${n}x${n}/apps/$ID.png"
    echo "hicolor/${n}x${n}/apps/$ID.png"
done

# Windows: 16, 24, 32, 48, 64 and 256 px in one .ico (256 stored as PNG).
convert \
    "hicolor/16x16/apps/$ID.png" "hicolor/24x24/apps/$ID.png" \
    "hicolor/32x32/apps/$ID.png" "hicolor/48x48/apps/$ID.png" \
    "hicolor/64x64/apps/$ID.png" "hicolor/256x256/apps/$ID.png" \
    ../windows/connection-doctor.ico
echo ../windows/connection-doctor.ico

# macOS: an .icns of PNG images (the format macOS 10.7 and later read).
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
rsvg-convert --width 1024 --height 1024 "$ID.svg" --output "$tmp/1024.png"
python3 - "$ID" "$tmp/1024.png" ../macos/connection-doctor.icns <<'PY'
import struct, sys
app_id, big, out = sys.argv[1:4]
png = lambda n: f"hicolor/{n}x{n}/apps/{app_id}.png"
entries = [            # (OSType, file): 1x and @2x sizes
    (b"icp4", png(16)), (b"icp5", png(32)), (b"ic11", png(32)),
    (b"icp6", png(64)), (b"ic12", png(64)), (b"ic07", png(128)),
    (b"ic08", png(256)), (b"ic13", png(256)), (b"ic09", png(512)),
    (b"ic14", png(512)), (b"ic10", big),
]
body = b""
for kind, path in entries:
    data = open(path, "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
with open(out, "wb") as f:
    f.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo ../macos/connection-doctor.icns

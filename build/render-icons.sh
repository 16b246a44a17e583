#!/bin/sh
# Renders build/icon.svg to the PNGs electron-builder and the tray use, each size drawn
# from the vector by headless Chromium. Run from the repository root.
set -eu
tmp=$(mktemp -d)
cp build/icon.svg "$tmp/icon.svg"
for size in 16 32 48 64 128 256 512 1024; do
  printf '<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style><img src="icon.svg" width="%s" height="%s">' \
    "$size" "$size" > "$tmp/page.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --default-background-color=00000000 --window-size="$size,$size" \
    --screenshot="build/icons/${size}x${size}.png" "file://$tmp/page.html" 2>/dev/null
done
cp build/icons/1024x1024.png build/icon.png
rm -rf "$tmp"

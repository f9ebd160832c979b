#!/usr/bin/env bash
# Regenerates the subset Fira Sans files in components/layout/fonts/ from the KERN UX package (SIL Open Font
# License 1.1, components/layout/fonts/OFL.txt). The full files cover Latin, Greek and Cyrillic (~130 kB each); the
# pages need German and the names of European colleagues: Basic Latin, Latin-1, Latin Extended-A,
# punctuation, the euro sign and arrows (~30 kB each). Other characters fall back to the system font.
# Needs fontTools with Brotli: Debian `apt-get install python3-fonttools python3-brotli`.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=node_modules/@kern-ux/native/dist/fonts/fira-sans
python=${PYTHON:-/usr/bin/python3}
unicodes="U+0000-017F,U+0192,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2190-2199,U+2212,U+2215,U+FEFF,U+FFFD"
for face in Regular Italic Medium SemiBold Bold; do
  "$python" -m fontTools.subset "$src/FiraSans-$face.woff2" \
    --unicodes="$unicodes" --layout-features='kern,liga,calt,ccmp,locl,mark,mkmk,tnum,lnum,pnum' \
    --flavor=woff2 --no-hinting --desubroutinize \
    --output-file="components/layout/fonts/fira-sans-$(echo "$face" | tr '[:upper:]' '[:lower:]').woff2"
done
ls -l components/layout/fonts/*.woff2

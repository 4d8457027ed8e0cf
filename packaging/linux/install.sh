#!/bin/sh
# Reageerwijzer installeren voor jezelf (geen beheerdersrechten nodig):
#   ./install.sh              programma naar ~/.local/opt/reageerwijzer, menu-item en iconen, ~/.local/bin/reageerwijzer
#   ./install.sh --uninstall  alles weer weghalen (je geschiedenis blijft staan)
# Een andere map: REAGEERWIJZER_PREFIX=/pad ./install.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
prefix="${REAGEERWIJZER_PREFIX:-$HOME/.local/opt/reageerwijzer}"
bindir="$HOME/.local/bin"
desktop="$data/applications/nl.reageerwijzer.Reageerwijzer.desktop"
sizes="16 24 32 48 64 128 256 512"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$prefix"
  rm -f "$desktop" "$data/icons/hicolor/scalable/apps/reageerwijzer.svg"
  for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/reageerwijzer.png"; done
  if [ -L "$bindir/reageerwijzer" ]; then rm -f "$bindir/reageerwijzer"; fi
  refresh
  echo "Reageerwijzer is verwijderd. Je geschiedenis staat nog in ${XDG_DATA_HOME:-$HOME/.local/share}/Reageerwijzer."
  exit 0
fi

case "$prefix" in
  *'"'* | *'`'* | *'$'* | *'\'* | *'%'*) echo "Kies een map zonder \" \` \$ \\ of % in de naam: $prefix" >&2; exit 1 ;;
esac

# Copy next to the old version first, then swap: an interrupted install leaves the old one working.
mkdir -p "$(dirname "$prefix")"
rm -rf "$prefix.nieuw"
cp -R "$here/Reageerwijzer" "$prefix.nieuw"
rm -rf "$prefix"
mv "$prefix.nieuw" "$prefix"

for size in $sizes; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$here/icons/reageerwijzer-$size.png" "$data/icons/hicolor/${size}x${size}/apps/reageerwijzer.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/applications"
cp "$here/icons/reageerwijzer.svg" "$data/icons/hicolor/scalable/apps/reageerwijzer.svg"
sed "s|@EXEC@|$prefix/reageerwijzer|g" "$here/reageerwijzer.desktop" > "$desktop"
chmod 644 "$desktop"

mkdir -p "$bindir"
if [ ! -e "$bindir/reageerwijzer" ] || [ -L "$bindir/reageerwijzer" ]; then
  ln -sf "$prefix/reageerwijzer" "$bindir/reageerwijzer"
fi
refresh
echo "Reageerwijzer staat nu in je menu (Kantoor). Programma: $prefix/reageerwijzer"

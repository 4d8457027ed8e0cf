#!/bin/sh
# Install the .deb on a bare Debian (debootstrap minbase, nothing else) and start it there:
# --version and classify with standard input closed, and the window through Qt's xcb plugin on an
# Xvfb of the host. Proves that the package's Depends are complete. Needs root, debootstrap, Xvfb and
# network access to the Debian archive; takes a few minutes. Not part of .ci/run.
#   sh packaging/linux/test_deb_in_chroot.sh packaging/dist/reageerwijzer_<v>_amd64.deb [bookworm]
set -eu
deb=$(readlink -f "$1")
suite="${2:-bookworm}"
root=$(mktemp -d "${TMPDIR:-/tmp}/rw-chroot.XXXXXX")
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  # Never delete through a mount: the bind mount is the host's /tmp/.X11-unix.
  for mounted in "$root/tmp/.X11-unix" "$root/proc"; do
    if mountpoint -q "$mounted" && ! umount "$mounted"; then
      echo "kon $mounted niet ontkoppelen; $root blijft staan" >&2
      return
    fi
  done
  rm -rf "$root"
}
trap cleanup EXIT
debootstrap --variant=minbase "$suite" "$root" http://deb.debian.org/debian >/dev/null
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/reageerwijzer.deb"
chroot "$root" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/reageerwijzer.deb >/dev/null'
chroot "$root" sh -c 'grep "^Exec=" /usr/share/applications/*.desktop; test -x /opt/reageerwijzer/reageerwijzer'
chroot "$root" sh -c 'cd /tmp && HOME=/tmp reageerwijzer --version <&-'
chroot "$root" sh -c 'cd /tmp && echo "{\"text\": \"Zijn jullie zondag open?\"}" >in.jsonl && HOME=/tmp reageerwijzer classify --no-explain in.jsonl <&- | grep -q "\"label\": \"vraag\"" && echo "classify: goed"'
display=99
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp -ac >/dev/null 2>&1 &
xvfb_pid=$!
sleep 2
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
chroot "$root" sh -c "cd /tmp && HOME=/tmp DISPLAY=:$display QT_QPA_PLATFORM=xcb reageerwijzer --smoke-window <&-"
echo "het .deb werkt op een kale Debian $suite"

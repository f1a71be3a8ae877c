#!/usr/bin/env bash
# The container image's base, made on the build machine instead of pulled from a registry: Jib lays this
# directory over `scratch`. It holds
#   /opt/java       a Java runtime made with jlink from the JDK that runs the build (only MODULES, locales en and sv)
#   /lib, /lib64    the shared libraries that runtime loads (its ELF files' ldd closure, plus fontconfig, which
#                   the JDK opens by name) with the dynamic loader: glibc and friends from the build machine
#   /etc            passwd and group with the unprivileged user where-ai (10001), nsswitch.conf, fontconfig's
#                   configuration; the system's Java CA certificates replace the JDK's own set
#   /usr/share/fonts  the DejaVu fonts, for the text in the cost chart's PNG (their cache in /var/cache/fontconfig)
#   /tmp            (a tmpfs in compose.yaml, where the root file system is read-only)
#
# usage: runtime.sh jlink JAVA_HOME MODULES OUT_DIR   the base above
#        runtime.sh none  JAVA_HOME MODULES OUT_DIR   an empty OUT_DIR (a base image from a registry has its own Java)
# A library the runtime needs but the machine lacks fails the build, naming it.
set -euo pipefail

mode=$1 java_home=$2 modules=$3 out=$4
rm -rf "$out"
mkdir -p "$out"
[ "$mode" = none ] && exit 0
[ "$mode" = jlink ] || { echo "runtime.sh: unknown mode '$mode' (jlink or none)" >&2; exit 2; }

fail() { echo "runtime.sh: $*" >&2; exit 1; }

"$java_home/bin/jlink" --add-modules "$modules" --include-locales=en,sv \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/opt/java"
# The server is headless: no X11 toolkit, splash screen or sound (their libraries would pull in X11 and ALSA).
rm -f "$out"/opt/java/lib/{libawt_xawt,libjawt,libsplashscreen,libjsound}.so
# jlink keeps the legal notices as links into the JDK; the image gets the files.
find "$out/opt/java/legal" -type l -exec sh -c 'cp --remove-destination "$(readlink -f "$1")" "$1"' _ {} \;

# The Java CA certificates the distribution maintains (Debian: ca-certificates-java), if there are any.
system_cacerts=$(readlink -f "$java_home/lib/security/cacerts" || true)
if [ -f "$system_cacerts" ]; then
  cp "$system_cacerts" "$out/opt/java/lib/security/cacerts"
fi

# Fontconfig: Java's font manager opens it by name, so ldd cannot see it.
fontconfig=$(ldconfig -p | awk '/libfontconfig\.so\.1 .*x86-64/ && !found {print $NF; found = 1}')
[ -n "$fontconfig" ] || fail "libfontconfig.so.1 not found (apt-get install fontconfig)"
command -v fc-cache >/dev/null || fail "fc-cache not found (apt-get install fontconfig)"
[ -d /usr/share/fonts/truetype/dejavu ] || fail "/usr/share/fonts/truetype/dejavu not found (apt-get install fonts-dejavu-core)"

# Every shared library the runtime's ELF files and fontconfig load, with the dynamic loader.
elves=$(find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper \))
deps=$(LD_LIBRARY_PATH="$out/opt/java/lib:$out/opt/java/lib/server" ldd $elves "$fontconfig" 2>&1 || true)
missing=$(printf '%s\n' "$deps" | awk '/not found/ {print $1}' | sort -u)
[ -z "$missing" ] || fail "libraries the runtime needs are missing on this machine: $(echo $missing)"
libs=$(printf '%s\n' "$deps" | awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /\/opt\/java\// {print $3} $1 ~ /^\/.*ld-linux/ {print $1}' | sort -u)
for lib in $libs "$fontconfig"; do
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done

# Fonts and their configuration (conf.d's links resolved to files).
mkdir -p "$out/etc" "$out/usr/share/fonts/truetype"
cp -rL /etc/fonts "$out/etc/fonts"
cp -rL /usr/share/fonts/truetype/dejavu "$out/usr/share/fonts/truetype/dejavu"
# Fontconfig's cache, made now because the image's /var is read-only for where-ai. A cache is valid for its
# directory's modification time, and Jib gives every file the same one (1970-01-01T00:00:01Z): so do the fonts here.
find "$out/usr/share/fonts" -exec touch -h -d @1 {} +
fc-cache --sysroot="$out" --force

cat > "$out/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
where-ai:x:10001:10001:where-ai:/tmp:/sbin/nologin
EOF
cat > "$out/etc/group" <<'EOF'
root:x:0:
where-ai:x:10001:
EOF
cat > "$out/etc/nsswitch.conf" <<'EOF'
passwd: files
group: files
hosts: files dns
EOF
mkdir -p "$out/tmp"
chmod 1777 "$out/tmp"

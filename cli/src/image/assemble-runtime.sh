#!/usr/bin/env bash
# Assembles the image's runtime without a base image (no registry is needed): a Java runtime made by jlink from
# the building JDK, the shared libraries it needs (resolved with ldd, copied from this machine), a user without
# privileges, and the folders the server writes to. Jib adds the result to a `scratch` image (cli/pom.xml, -Pimage).
#   assemble-runtime.sh JAVA_HOME OUT_DIR
set -euo pipefail
java_home="$1"
out="$2"
rm -rf "$out"
mkdir -p "$out"

# Every module of the JDK's runtime (Neo4j and Micronaut reach widely), without debug symbols, headers or man pages.
modules="$("$java_home/bin/java" --list-modules | sed 's/@.*//' | grep -v '^jdk\.incubator\.' | grep -v '^jdk\.\(hotspot\.agent\|jcmd\|jconsole\|jdeps\|jdi\|jlink\|jpackage\|jshell\|javadoc\|compiler\|internal\.jvmstat\|jstatd\|editpad\|internal\.opt\|internal\.ed\|internal\.le\)$' | paste -sd, -)"
"$java_home/bin/jlink" --module-path "$java_home/jmods" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/opt/java"

# The C libraries the runtime links against (glibc, zlib …), at the paths the dynamic loader looks in.
find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
  | xargs -0 -n1 ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$out/" | sort -u \
  | while read -r lib; do
      mkdir -p "$out$(dirname "$lib")"
      cp -L "$lib" "$out$lib"
    done
# The loader itself, under the name the binaries ask for.
interpreter="$(readelf -l "$java_home/bin/java" | sed -n 's/.*interpreter: \(.*\)\]/\1/p')"
mkdir -p "$out$(dirname "$interpreter")"
cp -L "$interpreter" "$out$interpreter"
# Name resolution (localhost for the embedded Bolt connector, DNS for NEO4J_URI) and CA certificates are the JDK's.
for lib in /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libresolv.so.2; do
  if [ -e "$lib" ]; then mkdir -p "$out$(dirname "$lib")"; cp -L "$lib" "$out$lib"; fi
done

mkdir -p "$out/etc" "$out/tmp" "$out/data"
printf 'root:x:0:0:root:/root:/sbin/nologin\nreegraph:x:10001:10001:reegraph:/data:/sbin/nologin\n' > "$out/etc/passwd"
printf 'root:x:0:\nreegraph:x:10001:\n' > "$out/etc/group"
printf 'hosts: files dns\n' > "$out/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "$out/etc/hosts"

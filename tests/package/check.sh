#!/usr/bin/env bash
# Checks the .deb that `cmake --build BUILD --target package` wrote: extracts
# it into a temporary root and checks its file list, runs the extracted
# binary (--version, serve + ab, LD_LIBRARY_PATH untouched), runs lintian,
# appstreamcli validate, desktop-file-validate and man -l, and checks that
# every option each command's --help lists is in the man page and in what
# the bash completion offers (and the value lists of --model, --engine and
# --lang). Every failure is printed; the exit status is 1 if there was one.
#   tests/package/check.sh [BUILD_DIR]      (default: build)
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}

failures=0
fail() {
    printf 'FAIL: %s\n' "$*"
    failures=$((failures + 1))
}
ok() { printf 'ok:   %s\n' "$*"; }

debs=("$build"/serverbench_*.deb)
if [[ ${#debs[@]} -ne 1 || ! -f ${debs[0]} ]]; then
    echo "FAIL: expected one $build/serverbench_*.deb, found: ${debs[*]}"
    exit 1
fi
deb=${debs[0]}
root=$(mktemp -d /tmp/serverbench-package.XXXXXX)
server_pid=
cleanup() {
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null
    rm -rf "$root"
}
trap cleanup EXIT
dpkg-deb -x "$deb" "$root" || { echo "FAIL: dpkg-deb -x $deb"; exit 1; }
echo "package: $deb"
dpkg-deb -f "$deb" Package Version Architecture Section Depends | sed 's/^/  /'

# --- the file list -----------------------------------------------------------
version=$(dpkg-deb -f "$deb" Version)
bin=$root/usr/bin/serverbench
man=$root/usr/share/man/man1/serverbench.1.gz
completion=$root/usr/share/bash-completion/completions/serverbench
desktop=$root/usr/share/applications/serverbench.desktop
metainfo=$root/usr/share/metainfo/io.github.serverbench.serverbench.metainfo.xml
for f in "$bin" "$desktop" "$root/usr/share/icons/hicolor/scalable/apps/serverbench.svg" \
    "$metainfo" "$man" "$completion" "$root/usr/share/serverbench/docroot/index.html" \
    "$root/usr/share/serverbench/docroot/hello.txt" \
    "$root/usr/share/doc/serverbench/copyright" "$root/usr/share/doc/serverbench/changelog.gz"; do
    [[ -f $f ]] && ok "has ${f#"$root"}" || fail "the package has no ${f#"$root"}"
done
[[ -x $bin ]] || { fail "no executable usr/bin/serverbench"; exit 1; }

# --- the extracted binary runs ------------------------------------------------
# Its libraries are the system's (dpkg-shlibdeps' Depends): LD_LIBRARY_PATH is
# left as it is; so is the display (serve and ab need none).
run() { QT_QPA_PLATFORM=offscreen "$bin" "$@"; }
got=$(run --version 2>&1)
[[ $got == "serverbench $version" ]] && ok "--version: $got" ||
    fail "--version says '$got', the package's version is $version"

out=$root/serve.out
"$bin" serve --port 0 >"$out" 2>&1 &
server_pid=$!
url=
for _ in $(seq 100); do
    url=$(grep -o 'http://[0-9.:]*' "$out" | head -1)
    [[ -n $url ]] && break
    sleep 0.1
done
if [[ -z $url ]]; then
    fail "serve printed no URL: $(cat "$out")"
else
    ok "serve listens on $url"
    # hello.txt is in the packaged docroot: serve found <bindir>/../share.
    report=$("$bin" ab -n 200 -c 4 -k "$url/hello.txt" 2>&1)
    status=$?
    hello_bytes=$(stat -c %s "$root/usr/share/serverbench/docroot/hello.txt")
    if [[ $status -eq 0 ]] && grep -qE '^Complete requests: +200$' <<<"$report" &&
        grep -qE '^Failed requests: +0$' <<<"$report" &&
        grep -qE "^Document Length: +$hello_bytes bytes$" <<<"$report"; then
        ok "ab -n 200 -c 4 -k $url/hello.txt: 200 complete, 0 failed, $hello_bytes-byte document"
    else
        fail "ab against serve (exit $status):"$'\n'"$report"
    fi
    kill -TERM "$server_pid"
    wait "$server_pid"
    status=$?
    server_pid=
    [[ $status -eq 0 ]] && ok "serve stopped on SIGTERM with 0" || fail "serve exited $status on SIGTERM"
fi

# --- Debian's and freedesktop's validators ------------------------------------
if lintian_out=$(lintian --fail-on error --display-info "$deb" 2>&1); then
    ok "lintian: no errors"
else
    fail "lintian reports errors"
fi
[[ -n $lintian_out ]] && sed 's/^/  lintian: /' <<<"$lintian_out"
if as_out=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1); then
    ok "appstreamcli validate --pedantic"
else
    fail "appstreamcli validate: $as_out"
fi
if df_out=$(desktop-file-validate "$desktop" 2>&1) && [[ -z $df_out ]]; then
    ok "desktop-file-validate"
else
    fail "desktop-file-validate: $df_out"
fi
man_text=$(MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$man" 2>"$root/man.err" | col -b)
if [[ -s $root/man.err || -z $man_text ]]; then
    fail "man -l $man: $(cat "$root/man.err")"
else
    ok "man -l renders without warnings ($(wc -l <<<"$man_text") lines)"
fi
# groff may print a hyphen as U+2010 or U+2212: compare with ASCII ones.
man_text=$(sed 's/\xe2\x80\x90/-/g; s/\xe2\x88\x92/-/g' <<<"$man_text")

# --- --help against the man page and the completion ---------------------------
complete_words() { # WORDS... (the last one is being completed)
    bash -c '
        source /usr/share/bash-completion/bash_completion
        source "$0"
        COMP_WORDS=("$@")
        COMP_CWORD=$(($# - 1))
        COMP_LINE="$*"
        COMP_POINT=${#COMP_LINE}
        _serverbench serverbench "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}"
    ' "$completion" "$@"
}
# The options a --help lists: its Options section; for the top level, also
# those its text gives the GUI ("It takes the sweep command's --target, ...").
help_options() {
    awk -v top="$1" '
        /^Options:$/ { options = 1; next }
        /^Arguments:$/ { options = 0; next }
        options && /^  -/ {
            sub(/^  /, ""); sub(/  .*/, ""); sub(/ <.*/, "")
            n = split($0, names, /, /)
            for (i = 1; i <= n; i++) print names[i]
            next
        }
        top && !options && /^With no command/ { gui = 1 }
        top && gui && !options {
            while (match($0, /(^|[ (,])--?[A-Za-z][A-Za-z0-9-]*/)) {
                word = substr($0, RSTART, RLENGTH); sub(/^[ (,]/, "", word); print word
                $0 = substr($0, RSTART + RLENGTH)
            }
        }' | sort -u
}
commands=$(run --help | awk '/^Commands/ { c = 1; next } c && /^  [a-z]+  / { print $1; next } c { c = 0 }')
[[ -n $commands ]] || fail "no command list in serverbench --help"
for command in "" $commands; do
    label=${command:-"(GUI)"}
    if [[ -z $command ]]; then
        options=$(run --help | help_options 1)
        offered=$(complete_words serverbench -)
    else
        options=$(run "$command" --help | help_options 0)
        offered=$(complete_words serverbench "$command" -)
    fi
    count=0
    for option in $options; do
        count=$((count + 1))
        grep -qE -- "(^|[^A-Za-z0-9-])$option([^A-Za-z0-9-]|$)" <<<"$man_text" ||
            fail "serverbench $label: $option is in --help but not in the man page"
        grep -qxF -- "$option" <<<"$offered" ||
            fail "serverbench $label: $option is in --help but not in the completion"
    done
    ok "serverbench $label: $count options, each in the man page and the completion"
done

# The value lists: what the binary accepts, offered after the option.
values() { run --list-values | awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }'; }
check_values() { # label expected-values words...
    local label=$1 expected=$2
    shift 2
    local got
    got=$(complete_words "$@" | sort | tr '\n' ' ' | sed 's/ $//')
    expected=$(tr ' ' '\n' <<<"$expected" | sort | tr '\n' ' ' | sed 's/ $//')
    [[ $got == "$expected" ]] && ok "$label offers: $got" ||
        fail "$label offers '$got', expected '$expected'"
}
check_values "serve --model" "$(values model)" serverbench serve --model ""
check_values "sweep --target" "$(values model)" serverbench sweep --target ""
check_values "ab --engine" "$(values engine)" serverbench ab --engine ""
check_values "sweep --engine" "$(values engine)" serverbench sweep --engine ""
check_values "sweep --lang" "$(values lang)" serverbench sweep --lang ""
check_values "GUI --lang" "$(values lang)" serverbench --lang ""
check_values "commands" "$commands" serverbench ""
for value in $(values model) $(values engine); do
    grep -qE -- "(^|[^A-Za-z0-9-])$value([^A-Za-z0-9-]|$)" <<<"$man_text" ||
        fail "the man page does not mention the value '$value'"
done
# File arguments complete to files, folders to folders.
mkdir -p "$root/files/sub" && touch "$root/files/post.txt"
got=$(complete_words serverbench ab -p "$root/files/po")
[[ $got == "$root/files/post.txt" ]] && ok "ab -p completes a file" ||
    fail "ab -p $root/files/po completes to '$got'"
got=$(complete_words serverbench serve --docroot "$root/files/")
[[ $got == "$root/files/sub" ]] && ok "serve --docroot completes folders only" ||
    fail "serve --docroot $root/files/ completes to '$got'"

if [[ $failures -ne 0 ]]; then
    echo "package check: $failures failure(s)"
    exit 1
fi
echo "package check: all passed"

#!/usr/bin/env python3
"""Writes serverbench's man page (serverbench.1) and bash completion from the
built binary itself, so neither can drift from the command line:

  * each command's options (names, value name, description) come from its
    --help, which QCommandLineParser prints from the options' definitions;
  * the commands come from the top-level --help's command list, and the GUI's
    options are the ones that list mentions (the sweep's, by their sweep
    definitions, plus the GUI's own such as --autorun);
  * the values of --model (and --target), --engine and --lang come from the
    hidden `serverbench --list-values` (the enums' own key functions); a value
    name such as <ab|http> lists its values itself.

Usage: gen-cli-docs.py BINARY --man OUT.1 --completion OUT [--date YYYY-MM-DD]
Only the prose sections (exit status, files, environment, examples) are
written here.
"""

import argparse
import os
import re
import subprocess
import sys

OPTION_LINE = re.compile(r"^  (-\S.*?)(?:\s{2,}(.*))?$")


def run(binary, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([binary, *args], env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"gen-cli-docs: '{binary} {' '.join(args)}' exited {done.returncode}: {done.stderr}")
    return done.stdout


class Option:
    def __init__(self, names, value, description):
        self.names = names  # ["-n", "--requests"]
        self.value = value  # "n" or None
        self.description = description
        self.values = []  # completion/man values, if a closed list

    def long_name(self):
        longs = [n for n in self.names if n.startswith("--")]
        return longs[0][2:] if longs else self.names[0][1:]


def parse_help(text):
    """Returns (description lines, options, positional arguments) of one --help."""
    lines = text.splitlines()
    description, options, positionals = [], [], []
    section = "usage"
    for line in lines:
        if section == "usage":
            section = "description"
            continue
        if line == "Options:":
            section = "options"
            continue
        if line == "Arguments:":
            section = "arguments"
            continue
        if section == "description":
            description.append(line)
        elif section == "options":
            match = OPTION_LINE.match(line)
            if match:
                spec, text_ = match.group(1), match.group(2) or ""
                value = None
                value_match = re.search(r"\s<([^>]*)>$", spec)
                if value_match:
                    value = value_match.group(1)
                    spec = spec[: value_match.start()]
                names = [n.strip() for n in spec.split(",")]
                options.append(Option(names, value, text_.strip()))
            elif line.strip() and options:
                options[-1].description += " " + line.strip()
        elif section == "arguments" and line.strip():
            match = re.match(r"^  (\S+)(?:\s{2,}(.*))?$", line)
            if match:
                positionals.append([match.group(1), (match.group(2) or "").strip()])
            elif positionals:
                positionals[-1][1] += " " + line.strip()
    while description and not description[-1].strip():
        description.pop()
    return description, options, positionals


def load(binary):
    top_desc, top_options, top_positionals = parse_help(run(binary, "--help"))
    values = {}
    for line in run(binary, "--list-values").splitlines():
        words = line.split()
        if words:
            values[words[0]] = words[1:]
    # "  serve   run one embedded server ..." lines name the commands.
    commands = []
    for line in top_desc:
        match = re.match(r"^  ([a-z]+)\s{2,}(.*)$", line)
        if match:
            commands.append((match.group(1), match.group(2)))
    if not commands:
        sys.exit("gen-cli-docs: no commands found in 'serverbench --help'")
    command_help = {}
    for name, _ in commands:
        command_help[name] = parse_help(run(binary, name, "--help"))

    def add_values(options):
        for option in options:
            key = option.long_name()
            if key in values:
                option.values = values[key]
            elif key == "target" and "model" in values:
                option.values = values["model"]
            elif option.value and "|" in option.value:
                option.values = option.value.split("|")

    add_values(top_options)
    for _, options, _ in command_help.values():
        add_values(options)

    # The GUI's options: every option the top-level description mentions
    # after its command list. The sweep's by their sweep definitions; the
    # GUI's own with what the description says after them.
    sweep_options = command_help.get("sweep", ([], [], []))[1]
    by_name = {n: o for o in sweep_options for n in o.names}
    known = {n for o in top_options for n in o.names}
    gui_options = []
    prose = " ".join(l.strip() for l in top_desc if not re.match(r"^  [a-z]+\s{2,}", l))
    gui_part = prose[prose.find("With no command"):] if "With no command" in prose else prose
    for match in re.finditer(r"(?<![\w-])(--?[A-Za-z][\w-]*)(?:\s+([A-Z]+\b|[a-z]+(?:\|[a-z]+)+))?(?:\s+\(([^)]*)\))?", gui_part):
        name, value, said = match.group(1), match.group(2), match.group(3)
        if name in known:
            continue
        # A mention with a value (--lang en|id) is the GUI's own option, even
        # where the sweep has one of that name.
        if name in by_name and not value:
            option = by_name[name]
        else:
            key = name.lstrip("-")
            option = Option([name], None, "")
            if value and "|" in value:
                option.value = key
                option.values = values.get(key, value.split("|"))
            elif value:
                option.value = value.lower()
            if option.values and not said:
                said = "one of: " + ", ".join(option.values) + " (see DESCRIPTION)"
            option.description = (said[0].upper() + said[1:] + ".") if said else "See DESCRIPTION."
        if option not in gui_options:
            gui_options.append(option)
            known.update(option.names)
    return top_desc, top_options, gui_options, commands, command_help, values


# --- man page ---------------------------------------------------------------

def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return text


def roff_line(text):
    text = roff(text)
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def paragraph(lines):
    """--help prose as roff: blank lines start paragraphs, "  word   text"
    lines (the command list) become tagged paragraphs."""
    out, in_list = [], False
    for line in lines:
        item = re.match(r"^  (\S+)\s{2,}(.*)$", line)
        if not line.strip():
            out.append(".PP")
            in_list = False
        elif item:
            out += [".TP", f"\\fB{roff(item.group(1))}\\fR", roff_line(item.group(2))]
            in_list = True
        else:
            if in_list:
                out.append(".PP")
                in_list = False
            out.append(roff_line(line.strip()))
    return out


def option_entry(option):
    names = ", ".join(f"\\fB{roff(n)}\\fR" for n in option.names)
    if option.value:
        names += f" \\fI{roff(option.value)}\\fR"
    body = option.description
    if option.values and not all(v in body for v in option.values):
        body += " Values: " + ", ".join(option.values) + "."
    return [".TP", names, roff_line(body)]


INTRO = r"""
\fBserverbench\fR compares HTTP servers that differ only in their concurrency model under
load. It drives its embedded servers, or any external HTTP server, with a load tester whose
figures are ApacheBench's, charts the results live in its Qt GUI and writes a report:
markdown tables in ab's columns, one PNG chart per run, CSV and JSON. Everything the GUI
does is also a headless command.
"""

EXIT_STATUS = r"""
.TP
.B 0
The command did what was asked (\fBab\fR: the test ran; \fBsweep\fR: the report was written;
\fBserve\fR: the server stopped on SIGINT or SIGTERM; \-\-help, \-\-version).
.TP
.B 1
Misuse or failure, with one line on standard error saying why: an unknown command or option,
a value out of range, a port that cannot be listened on, a report that cannot be written,
no display for the GUI.
.TP
.B 104, 111, 119, ...
\fBab\fR only: ab's own status where ab would have stopped the test (104 for a connection
reset, 111 for a refused connection, 119 when \fB\-s\fR expired), after printing ab's message.
.TP
.B 130
\fBsweep\fR only: interrupted by SIGINT after writing what had finished.
"""

FILES = r"""
.TP
.I ~/.local/share/serverbench/serverbench/sweeps/
Every finished sweep (GUI or \fBsweep\fR) is autosaved here as JSON
(\fI$XDG_DATA_HOME/serverbench/serverbench/sweeps\fR); \fBsweep \-\-load\fR re-exports one.
.TP
.I ~/.config/serverbench/serverbench.conf
The GUI's settings: targets, load options, language, window layout
(\fI$XDG_CONFIG_HOME/serverbench/serverbench.conf\fR).
.TP
.I /usr/share/serverbench/docroot/
The embedded servers' default document root (\fBserve \-\-docroot\fR overrides it).
.TP
.I ./serverbench\-report/
The \fBsweep\fR command's default report folder (\fB\-\-out\fR): markdown tables, one PNG per run, CSV and JSON.
"""

ENVIRONMENT = r"""
.TP
.BR DISPLAY ", " WAYLAND_DISPLAY
With neither (and no \fBQT_QPA_PLATFORM\fR), \fBserverbench\fR without a command says there is no display
and exits 1; \fBsweep\fR renders its charts off\-screen.
.TP
.B QT_QPA_PLATFORM
Qt's platform plugin, e.g. \fBoffscreen\fR.
.TP
.B XDG_RUNTIME_DIR
When unset, a private \fI/tmp/serverbench\-runtime\-UID\fR is used.
"""

EXAMPLES = r"""
Start the GUI with a sweep of the event-driven and thread-per-connection servers at three
levels, keep-alive on:
.PP
.RS
.nf
serverbench \-\-target async \-\-target thread \-\-levels 1,10,100 \-k
.fi
.RE
.PP
Run the thread-per-connection server on port 8080 until Ctrl-C:
.PP
.RS
.nf
serverbench serve \-\-model thread \-\-port 8080
.fi
.RE
.PP
Load-test it as ApacheBench would, 1000 requests, 10 at a time:
.PP
.RS
.nf
serverbench ab \-n 1000 \-c 10 http://127.0.0.1:8080/
.fi
.RE
.PP
Sweep the event-driven and thread-per-connection servers and an external one, writing the
report into ./report:
.PP
.RS
.nf
serverbench sweep \-\-target async \-\-target thread \e
    \-\-target nginx=http://127.0.0.1:8000/ \-\-levels 1,10,50 \-n 2000 \-o report
.fi
.RE
.PP
Re-export a saved sweep with English headings:
.PP
.RS
.nf
serverbench sweep \-\-load sweep.json \-\-lang en \-o report\-en
.fi
.RE
"""


def write_man(path, data, version, date):
    top_desc, top_options, gui_options, commands, command_help, values = data
    summary = top_desc[0].strip().rstrip(".") if top_desc else "serverbench"
    out = [
        "'\\\" t",
        ".\\\" Generated by packaging/gen-cli-docs.py from serverbench's --help; do not edit.",
        f'.TH SERVERBENCH 1 "{date}" "serverbench {version}" "User Commands"',
        ".nh",
        ".SH NAME",
        f"serverbench \\- {roff(summary)}",
        ".SH SYNOPSIS",
        ".B serverbench",
        "[\\fIoptions\\fR]",
    ]
    for name, _ in commands:
        positionals = command_help[name][2]
        out += [".br", f".B serverbench {name}", "[\\fIoptions\\fR]"
                + "".join(f" \\fI{roff(p[0])}\\fR" for p in positionals)]
    out += [".SH DESCRIPTION", INTRO.strip(), ".PP"]
    body = top_desc[1:] if len(top_desc) > 1 else []
    out += paragraph(body)
    out += [".SH OPTIONS", "With no command (the GUI):"]
    for option in top_options + gui_options:
        out += option_entry(option)
    out += [".SH COMMANDS"]
    for name, said in commands:
        desc, options, positionals = command_help[name]
        out += [f".SS serverbench {name}"]
        out += paragraph(desc)
        for positional, text_ in positionals:
            out += [".TP", f"\\fI{roff(positional)}\\fR", roff_line(text_)]
        for option in options:
            out += option_entry(option)
    out += [".SH EXIT STATUS", EXIT_STATUS.strip()]
    out += [".SH FILES", FILES.strip()]
    out += [".SH ENVIRONMENT", ENVIRONMENT.strip()]
    out += [".SH EXAMPLES", EXAMPLES.strip()]
    out += [".SH SEE ALSO", ".BR ab (1),", ".BR wrk (1)"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# --- bash completion ----------------------------------------------------------

def shell_words(words):
    return " ".join(words)


def value_action(option):
    if option.values:
        return f'COMPREPLY=($(compgen -W "{shell_words(option.values)}" -- "$cur"))'
    value = (option.value or "").lower()
    if "dir" in value:
        return "_filedir -d"
    if "file" in value:
        return "_filedir"
    return None  # a free value: nothing to offer


def completion_cases(labelled):
    """One case per action ("command:option" patterns), options that take
    a free value (a number, a URL) together: they complete to nothing."""
    actions = {}
    for label, options in labelled:
        for option in options:
            if option.value:
                action = value_action(option) or "COMPREPLY=()"
                actions.setdefault(action, []).extend(f"{label}:{n}" for n in option.names)
    return [f"    {'|'.join(patterns)})\n        {action}\n        return\n        ;;"
            for action, patterns in actions.items()]


def write_completion(path, data):
    _, top_options, gui_options, commands, command_help, _ = data
    names = [c for c, _ in commands]
    gui = top_options + gui_options
    cases = completion_cases([("gui", gui)] + [(n, command_help[n][1]) for n in names])
    option_lists = [f'    gui) opts="{shell_words(n for o in gui for n in o.names)}" ;;']
    for name in names:
        opts = shell_words(n for o in command_help[name][1] for n in o.names)
        option_lists.append(f'    {name}) opts="{opts}" ;;')
    script = f"""# bash completion for serverbench                          -*- shell-script -*-
# Generated by packaging/gen-cli-docs.py from serverbench's --help; do not edit.

_serverbench()
{{
    local cur prev words cword split
    _init_completion -s || return

    local command=gui
    case ${{words[1]-}} in
    {"|".join(names)}) command=${{words[1]}} ;;
    esac

    case $command:$prev in
{chr(10).join(cases)}
    esac
    $split && return

    local opts
    case $command in
{chr(10).join(option_lists)}
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    elif [[ $command == gui && $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "{shell_words(names)}" -- "$cur"))
    fi
}} &&
    complete -F _serverbench serverbench

# ex: filetype=sh
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(script)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--man")
    parser.add_argument("--completion")
    parser.add_argument("--version", default="")
    parser.add_argument("--date", default="")
    args = parser.parse_args()
    data = load(args.binary)
    version = args.version or run(args.binary, "--version").split()[-1]
    if args.man:
        write_man(args.man, data, version, args.date)
    if args.completion:
        write_completion(args.completion, data)


if __name__ == "__main__":
    main()

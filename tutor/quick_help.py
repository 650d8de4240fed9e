"""`tutor --help` (and `tutor CMD --help`) answered before typer is imported.

Importing typer and its click costs about 30 ms, three times Python's own start, and a
request for help needs none of it: the text is fixed by the code. The texts typer
renders are kept in `tutor.help_texts`, written by `python -m tutor.quick_help` and
checked against typer's rendering by a test, so a changed option or docstring fails the
suite until they are written again. Only the plain requests are answered here (the
program as `tutor` or `python -m tutor`, a known command, a terminal of 80 columns or
more, which click renders at its widest); anything else goes to typer as before.
"""

from __future__ import annotations

import os
import sys

# click renders help at most 80 columns wide; a terminal at least this wide reads the same.
WIDEST = 80
PROGRAMS = ("tutor", "python -m tutor")
ASKS = ("--help", "-h")


def answer(args: list[str]) -> bool:
    """Print the help `args` ask for and return True, or return False to let typer do it."""
    if not args or args[-1] not in ASKS:
        return False
    program = _program()
    if program not in PROGRAMS or _columns() < WIDEST:
        return False
    text = kept_text(program, " ".join(args[:-1]))
    if text is None:
        return False
    if sys.stdout is None:  # started with stdout closed: nothing to print, as click does
        return True
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `tutor --help | head -1`
        sys.stderr.close()
        sys.exit(1)
    except OSError as error:  # a full disk, a device that refuses it
        unwritable(error)
    return True


def kept_text(program: str, command: str) -> str | None:
    """The kept help of `PROGRAM COMMAND`, or None for a command it has no text for.

    The texts are kept as `tutor` prints them; another program name changes only the
    usage line, unless that line then wraps otherwise (those are kept apart).
    """
    from tutor.help_texts import TEXTS, WRAPPED_OTHERWISE

    own = WRAPPED_OTHERWISE.get(program, {}).get(command)
    if own is not None:
        return own
    text = TEXTS.get(command)
    if text is None or program == PROGRAMS[0]:
        return text
    return text.replace(f"Usage: {PROGRAMS[0]}", f"Usage: {program}", 1)


def unwritable(error: OSError) -> None:
    """Say in one line that the output could not be written, and exit 1."""
    sys.stderr.write(f"tutor: cannot write the output: {error.strerror or error}\n")
    sys.exit(1)


def _program() -> str:
    """The program's name as click works it out for the usage line: `python -m tutor`
    when run as a module, else the script's file name."""
    package = getattr(sys.modules.get("__main__"), "__package__", None)
    if package:
        name = os.path.splitext(os.path.basename(sys.argv[0]))[0]
        module = package if name == "__main__" else f"{package}.{name}"
        return f"python -m {module}"
    return os.path.basename(sys.argv[0])


def _columns() -> int:
    """The terminal's width as `shutil.get_terminal_size` gives it (COLUMNS, then the
    terminal of stdout, else 80), without importing shutil."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or WIDEST


def rendered(program: str, command: str, columns: int = WIDEST) -> str:
    """What typer prints for `PROGRAM COMMAND --help` on a terminal `columns` wide (click
    leaves two columns free, and writes no wider than 78 or narrower than 50)."""
    import io
    from contextlib import redirect_stdout

    from tutor.cli import app
    from tutor.lazy_commands import command_group

    args = [*command.split(), "--help"]
    out = io.StringIO()
    with redirect_stdout(out):
        code = command_group(app).main(
            args,
            prog_name=program,
            standalone_mode=False,
            terminal_width=max(min(columns, WIDEST) - 2, 50),
        )
    assert code == 0, (program, command, out.getvalue())
    return out.getvalue()


def commands() -> list[str]:
    """Every command and group by its words (`""` for `tutor` itself, `"export csv"`)."""
    import typer.main

    from tutor.cli import app

    found = [""]

    def walk(group: object, prefix: str) -> None:
        for name, command in getattr(group, "commands", {}).items():
            words = f"{prefix} {name}".strip()
            found.append(words)
            walk(command, words)

    walk(typer.main.get_command(app), "")
    return found


def write(path: str) -> None:
    """Write `tutor.help_texts` from typer's rendering of every command's help, each
    text as it prints (a triple-quoted string) so that a change reads plainly in a diff."""
    every = commands()
    texts = {words: rendered(PROGRAMS[0], words) for words in every}
    lines = [
        '"""Help texts as typer renders them, 80 columns wide, for `tutor.quick_help`.',
        "",
        "Written by `python -m tutor.quick_help`: do not edit. A test fails when they differ",
        'from what typer renders."""',
        "",
        f"# As `{PROGRAMS[0]}` prints them, by command.",
        "TEXTS: dict[str, str] = {",
        *(f'    "{words}": {_literal(text)},' for words, text in texts.items()),
        "}",
        "# Where another program name makes the usage line wrap otherwise: that text whole.",
        "WRAPPED_OTHERWISE: dict[str, dict[str, str]] = {",
    ]
    for program in PROGRAMS[1:]:
        lines.append(f'    "{program}": {{')
        for words, text in texts.items():
            own = rendered(program, words)
            if own != text.replace(f"Usage: {PROGRAMS[0]}", f"Usage: {program}", 1):
                lines.append(f'        "{words}": {_literal(own)},')
        lines.append("    },")
    lines += ["}", ""]
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))


def _literal(text: str) -> str:
    plain = "\\" not in text and '"""' not in text and not text.endswith('"')
    return f'"""\\\n{text}"""' if plain else repr(text)


if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "help_texts.py"))

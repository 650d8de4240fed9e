"""`python -m tutor` and the `tutor` script."""

import sys


def main() -> None:
    """Entry point: a plain request for help ('tutor --help', 'tutor help review') is
    answered from the kept texts (see `tutor.quick_help`), everything else by the
    command line of `tutor.cli`."""
    from tutor.quick_help import answer

    if sys.argv[1:2] == ["help"]:
        # 'tutor help', 'tutor help review': as git and pip take it, the help of the
        # command named after it (a new user tried it first)
        sys.argv[1:] = [*sys.argv[2:], "--help"]
    if answer(sys.argv[1:]):
        return
    from tutor.cli import main as run

    run()


if __name__ == "__main__":
    main()

"""`python -m tutor` and the `tutor` script."""

import sys


def main() -> None:
    """Entry point: a plain request for help is answered from the kept texts (see
    `tutor.quick_help`), everything else by the command line of `tutor.cli`."""
    from tutor.quick_help import answer

    if answer(sys.argv[1:]):
        return
    from tutor.cli import main as run

    run()


if __name__ == "__main__":
    main()

"""`python -m tutor` and the `tutor` script."""

from tutor.cli import main

if __name__ == "__main__":
    main()

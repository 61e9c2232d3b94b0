"""``python -m communique``: the same command line as the ``communique`` script."""

from communique.cli import main

if __name__ == "__main__":
    main()

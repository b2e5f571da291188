"""Tools for the people who keep sobot's knowledge right: check, eval, report."""

"""The terminal face: the prompt-toolkit REPL, its commands and its strings."""

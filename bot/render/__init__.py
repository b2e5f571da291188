"""Renderers: an Answer in, what a channel shows out (markdown, protocol JSON, terminal text)."""

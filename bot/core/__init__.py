"""The answering core: text in, an Answer out. Imports no face (terminal, Slack, MCP)."""

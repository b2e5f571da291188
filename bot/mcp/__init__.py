"""The MCP face: sobot's tools, resources and prompt for AI assistants, served on stdio."""

"""sobot's MCP server on the official SDK's MCPServer: four tools, the matrix and platform pages, one prompt.

Importing this module imports the `mcp` SDK; `bot.mcp.main` does so only when `sobot mcp` runs.
No `from __future__ import annotations` here: the SDK reads the tools' annotations to build their
schemas, and some of them describe values known only once the knowledge has loaded.
"""

from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated, Literal

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.mcpserver.resources import TextResource
from mcp.shared.exceptions import MCPError
from mcp.types import INVALID_PARAMS, CallToolResult, TextContent, ToolAnnotations
from pydantic import Field

from bot.core.catalog.model import Catalog
from bot.core.engine import Engine
from bot.core.model import Answer, Client, Env
from bot.mcp import answers
from bot.mcp import messages as msg
from bot.mcp.protocol import ProtocolAnswer
from bot.render.json import to_dict
from bot.render.markdown import render

MATRIX_URI = "sobot://matrix"
PLATFORM_URI = "sobot://platforms/{id}"
MARKDOWN = "text/markdown"

# Every tool returns the answer as markdown (content) and as the ask protocol's object (structured content).
Result = Annotated[CallToolResult, ProtocolAnswer]
LOOKUP = ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=False)
CONVERSATION = ToolAnnotations(read_only_hint=True, idempotent_hint=False, open_world_hint=False)


def reply(build: Callable[[], Answer]) -> CallToolResult:
    """An Answer as a tool result; a refused argument becomes a tool error the assistant can read and correct."""
    try:
        answer = build()
    except answers.Refused as exc:
        raise ToolError(str(exc)) from exc
    return CallToolResult(content=[TextContent(type="text", text=render(answer))], structured_content=to_dict(answer))


def add_tools(server: MCPServer, engine: Engine) -> None:
    """ask, capability, matrix and platform, each with its description and typed arguments."""
    catalog = engine.catalog
    levels = [lv.name for lv in catalog.levels]
    ids = [p.id for p in catalog.platforms]

    @server.tool(description=msg.ASK_TOOL, annotations=CONVERSATION)
    def ask(question: Annotated[str, Field(description=msg.ASK_QUESTION)],
            thread: Annotated[str | None, Field(description=msg.ASK_THREAD)] = None) -> Result:
        return reply(lambda: answers.ask(engine, question, thread))

    @server.tool(description=msg.CAPABILITY_TOOL, annotations=LOOKUP)
    def capability(name: Annotated[str, Field(description=msg.CAPABILITY_NAME)]) -> Result:
        return reply(lambda: answers.capability(engine, name))

    @server.tool(description=msg.MATRIX_TOOL, annotations=LOOKUP)
    def matrix(environment: Annotated[Literal["onsite", "online"] | None,
                                      Field(description=msg.MATRIX_ENVIRONMENT)] = None,
               client: Annotated[Literal["Sales", "Service"] | None, Field(description=msg.MATRIX_CLIENT)] = None,
               level: Annotated[str | None, Field(description=msg.matrix_level(levels))] = None) -> Result:
        env = Env(environment) if environment else None
        who = Client(client) if client else None
        return reply(lambda: answers.matrix(catalog, env, who, level))

    @server.tool(description=msg.PLATFORM_TOOL, annotations=LOOKUP)
    def platform(id: Annotated[str, Field(description=msg.platform_id(ids))]) -> Result:
        return reply(lambda: answers.platform(catalog, id))


def add_resources(server: MCPServer, catalog: Catalog) -> None:
    """The matrix and each platform's page as markdown, rendered once from the loaded knowledge."""
    server.add_resource(TextResource(uri=MATRIX_URI, name="matrix", title=msg.MATRIX_TITLE,
                                     description=msg.MATRIX_RESOURCE, mime_type=MARKDOWN,
                                     text=render(answers.matrix(catalog))))
    for plat in catalog.platforms:
        server.add_resource(TextResource(uri=PLATFORM_URI.format(id=plat.id), name=plat.id, title=plat.name,
                                         description=msg.platform_resource(plat.name), mime_type=MARKDOWN,
                                         text=render(answers.platform(catalog, plat.id))))


def choice(field: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    """A prompt argument that must be one of `choices` (any case) or empty."""
    if value is None or not value.strip():
        return None
    for option in choices:
        if value.strip().casefold() == option.casefold():
            return option
    raise MCPError(INVALID_PARAMS, msg.unknown_value(field, value, choices))


def add_prompt(server: MCPServer) -> None:
    """The "choose an integration point" prompt: environment, client and need in, a request for the tools out."""

    @server.prompt(name=msg.PROMPT_NAME, title=msg.PROMPT_TITLE, description=msg.PROMPT_DESCRIPTION)
    def choose(*, environment: Annotated[str | None, Field(description=msg.PROMPT_ENVIRONMENT)] = None,
               client: Annotated[str | None, Field(description=msg.PROMPT_CLIENT)] = None,
               need: Annotated[str, Field(description=msg.PROMPT_NEED)]) -> str:
        if not need.strip():
            raise MCPError(INVALID_PARAMS, msg.empty("need"))
        return msg.choose_prompt(choice("environment", environment, tuple(e.value for e in Env)),
                                 choice("client", client, tuple(c.value for c in Client)), need.strip())


def sobot_version() -> str:
    """The installed sobot's version, reported to clients at initialisation."""
    try:
        return version("sobot")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0"


def build_server(engine: Engine) -> MCPServer:
    """The MCP server on an engine whose knowledge is already loaded; nothing loads again while it serves."""
    server: MCPServer = MCPServer(msg.SERVER_NAME, instructions=msg.INSTRUCTIONS, version=sobot_version())
    add_tools(server, engine)
    add_resources(server, engine.catalog)
    add_prompt(server)
    return server

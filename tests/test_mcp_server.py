"""`sobot mcp` driven through the MCP SDK's own stdio client: tools, resources, the prompt, errors, stdout hygiene."""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal
from mcp import ClientSession, StdioServerParameters, stdio_client  # the SDK comes with sobot[mcp], part of [dev]
from mcp.shared.exceptions import MCPError
from mcp.types import INVALID_PARAMS, CallToolResult, TextContent
from mcp.types.version import LATEST_HANDSHAKE_VERSION
from seed_facts import PLATFORM_IDS, SEED_MATRIX, rows

from bot.core.catalog.model import Catalog
from bot.core.engine import Engine
from bot.core.lookup import closest_rows
from bot.mcp import messages as msg
from bot.mcp.protocol import ProtocolAnswer

SOBOT = Path(sys.executable).parent / "sobot"
ROOT = Path(__file__).resolve().parent.parent
SEED = {name: (level, list(clients), onsite, online) for name, level, clients, onsite, online in SEED_MATRIX}
TOOLS = {"ask", "capability", "matrix", "platform"}


class Remote:
    """A live `sobot mcp` behind an initialised ClientSession, called from synchronous tests."""

    def __init__(self, portal: BlockingPortal, session: ClientSession, errlog: Path) -> None:
        self.portal = portal
        self.session = session
        self.errlog = errlog

    def call(self, tool: str, **arguments: Any) -> CallToolResult:
        result = self.portal.call(functools.partial(self.session.call_tool, tool, arguments))
        assert isinstance(result, CallToolResult)
        return result

    def run(self, method: str, *args: Any) -> Any:
        return self.portal.call(functools.partial(getattr(self.session, method), *args))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Remote]:
    """One `sobot mcp` process for the module, started from another directory, its stderr kept in a file."""
    errlog = tmp_path_factory.mktemp("mcp") / "stderr.log"
    params = StdioServerParameters(command=str(SOBOT), args=["mcp"], cwd=str(errlog.parent),
                                   env={"SOBOT_CACHE_DIR": os.environ["SOBOT_CACHE_DIR"]})  # the test run's cache
    with errlog.open("w") as err, start_blocking_portal() as portal, \
            portal.wrap_async_context_manager(stdio_client(params, errlog=err)) as (read, write), \
            portal.wrap_async_context_manager(ClientSession(read, write)) as session:
        portal.call(session.initialize)
        yield Remote(portal, session, errlog)


def text_of(result: CallToolResult) -> str:
    (block,) = result.content
    assert isinstance(block, TextContent)
    return block.text


def names(result: CallToolResult) -> list[str]:
    assert not result.is_error, text_of(result)
    return [item["name"] for item in result.structured_content["items"]]


def test_the_tools_are_listed_with_descriptions_and_typed_schemas(server: Remote) -> None:
    tools = {tool.name: tool for tool in server.run("list_tools").tools}
    assert set(tools) == TOOLS
    for tool in tools.values():
        assert tool.description
        assert tool.input_schema["type"] == "object"
        assert all(prop.get("description") for prop in tool.input_schema["properties"].values())
        assert tool.output_schema is not None
        assert set(tool.output_schema["properties"]) == set(ProtocolAnswer.model_fields)
        assert tool.annotations is not None
        assert tool.annotations.read_only_hint
    assert tools["ask"].input_schema["required"] == ["question"]
    assert set(tools["ask"].input_schema["properties"]) == {"question", "thread"}
    assert tools["capability"].input_schema["required"] == ["name"]
    assert tools["platform"].input_schema["required"] == ["id"]
    matrix = tools["matrix"].input_schema
    assert not matrix.get("required")
    enums = {key: [alt.get("enum") for alt in prop["anyOf"] if "enum" in alt] for key, prop in
             matrix["properties"].items() if "anyOf" in prop}
    assert enums["environment"] == [["onsite", "online"]]
    assert enums["client"] == [["Sales", "Service"]]


def test_ask_says_no_to_sentry_plugins_in_online(server: Remote) -> None:
    result = server.call("ask", question="can I deploy sentry plugins to CRM Online?")
    assert names(result)[0] == "Sentry Plugins"
    obj = result.structured_content
    first = obj["items"][0]
    assert (first["onsite"], first["online"]) == (True, False)
    assert not obj["fallback"]
    assert text_of(result) == obj["answer"]
    assert re.match(r"\W*no\b", obj["answer"], re.IGNORECASE), obj["answer"][:80]


def test_ask_keeps_a_thread_s_context(server: Remote) -> None:
    assert names(server.call("ask", question="can I use CRMScript in CRM Online?", thread="crm"))[0] == "CRMScript"
    assert names(server.call("ask", question="and onsite?", thread="crm"))[0] == "CRMScript"


def test_capability_returns_the_row(server: Remote) -> None:
    result = server.call("capability", name="sentry plugin")
    assert names(result)[0] == "Sentry Plugins"
    first = result.structured_content["items"][0]
    assert [first[k] for k in ("level", "clients", "onsite", "online")] == list(SEED["Sentry Plugins"])
    assert first["url"].startswith("https://")
    assert all(alt["online"] for alt in result.structured_content["items"][1:])


def test_matrix_returns_the_rows_the_matrix_says(server: Remote) -> None:
    assert names(server.call("matrix", environment="online", client="Service")) == rows(online=True, client="Service")
    assert names(server.call("matrix")) == [row[0] for row in SEED_MATRIX]
    assert names(server.call("matrix", level="Database")) == rows(level="Database")


def test_platform_returns_its_integration_points(server: Remote, catalog: Catalog) -> None:
    result = server.call("platform", id="windows-client")
    assert not result.is_error
    assert result.structured_content["platform"] == "windows-client"
    assert all(point.name in text_of(result) for point in catalog.platform("windows-client").points)


@pytest.mark.parametrize(("tool", "arguments"), [
    ("matrix", {"environment": "cloud"}),
    ("matrix", {"client": 42}),
    ("capability", {}),
    ("ask", {"question": "   "}),
    ("platform", {"id": "commodore-64"}),
    ("no_such_tool", {}),
])
def test_a_bad_argument_is_a_tool_error_and_the_server_keeps_serving(server: Remote, tool: str,
                                                                     arguments: dict[str, Any]) -> None:
    result = server.call(tool, **arguments)
    assert result.is_error
    assert text_of(result)
    assert result.structured_content is None
    assert names(server.call("capability", name="SAINT"))[0] == "SAINT"


def test_an_unknown_row_names_the_closest_rows(server: Remote, catalog: Catalog) -> None:
    asked = "sentri plugn xyz"
    result = server.call("capability", name=asked)
    assert result.is_error
    assert msg.unknown_row(asked, closest_rows(catalog, asked)) in text_of(result)


def test_the_matrix_and_each_platform_are_resources(server: Remote) -> None:
    listed = {str(r.uri): r for r in server.run("list_resources").resources}
    assert set(listed) == {"sobot://matrix", *(f"sobot://platforms/{pid}" for pid in PLATFORM_IDS)}
    assert {r.mime_type for r in listed.values()} == {"text/markdown"}
    (matrix,) = server.run("read_resource", "sobot://matrix").contents
    assert all(f"| {name} |" in matrix.text for name in SEED)
    (page,) = server.run("read_resource", "sobot://platforms/web-client-online").contents
    assert "Web client" in page.text


def test_an_unknown_resource_is_an_mcp_error(server: Remote) -> None:
    with pytest.raises(MCPError):
        server.run("read_resource", "sobot://platforms/commodore-64")
    assert names(server.call("matrix", environment="onsite"))


def test_the_prompt_asks_for_environment_client_and_need(server: Remote) -> None:
    (prompt,) = server.run("list_prompts").prompts
    assert prompt.name == msg.PROMPT_NAME
    assert prompt.title == msg.PROMPT_TITLE
    arguments = {a.name: a.required for a in prompt.arguments or []}
    assert arguments == {"environment": False, "client": False, "need": True}
    need = "run my code whenever a contact is saved"
    got = server.run("get_prompt", msg.PROMPT_NAME, {"environment": "Online", "client": "sales", "need": need})
    (message,) = got.messages
    assert message.content.text == msg.choose_prompt("online", "Sales", need)


def test_a_bad_prompt_argument_is_an_invalid_params_error(server: Remote) -> None:
    with pytest.raises(MCPError) as caught:
        server.run("get_prompt", msg.PROMPT_NAME, {"environment": "cloud", "need": "x"})
    assert caught.value.code == INVALID_PARAMS
    assert caught.value.message == msg.unknown_value("environment", "cloud", ("onsite", "online"))


def rpc(ident: int | None, method: str, params: dict[str, Any] | None = None) -> str:
    obj: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
    if ident is not None:
        obj["id"] = ident
    if params is not None:
        obj["params"] = params
    return json.dumps(obj)


def test_stdout_carries_only_protocol_and_the_knowledge_loads_once(tmp_path: Path, catalog: Catalog) -> None:
    requests = [rpc(1, "initialize", {"protocolVersion": LATEST_HANDSHAKE_VERSION, "capabilities": {},
                                      "clientInfo": {"name": "raw", "version": "0"}}),
                rpc(None, "notifications/initialized"),
                rpc(2, "tools/call", {"name": "matrix", "arguments": {"environment": "online"}}),
                rpc(3, "tools/call", {"name": "capability", "arguments": {"name": "nonsense row"}}),
                rpc(4, "tools/call", {"name": "ask", "arguments": {"question": "is SAINT available online?"}}),
                rpc(5, "resources/read", {"uri": "sobot://matrix"})]
    with subprocess.Popen([str(SOBOT), "mcp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, cwd=tmp_path) as proc:
        proc.stdin.write("\n".join(requests) + "\n")
        proc.stdin.flush()
        replies: list[dict[str, Any]] = []
        while {r.get("id") for r in replies} < {1, 2, 3, 4, 5}:  # every line is JSON-RPC, or json.loads fails
            line = proc.stdout.readline()
            assert line, "stdout closed before every reply arrived"
            replies.append(json.loads(line))
        proc.stdin.close()  # the client leaves: the server ends
        assert proc.wait(timeout=60) == 0
        assert proc.stdout.read() == ""
        stderr = proc.stderr.read()
    assert all(r["jsonrpc"] == "2.0" and "result" in r for r in replies if "id" in r)
    assert next(r for r in replies if r.get("id") == 3)["result"]["isError"] is True
    assert stderr.count(msg.loaded(len(catalog.items), len(catalog.platforms))) == 1


def test_sobot_ask_does_not_import_the_mcp_sdk() -> None:
    code = ("import io, sys, contextlib; from bot.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): main(['ask', '--json', 'is SAINT online?'])\n"
            "print(sorted(m for m in sys.modules if m == 'mcp' or m.startswith(('mcp.', 'bot.mcp'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_sobot_mcp_without_the_sdk_says_how_to_install_it() -> None:
    code = "import sys; sys.modules['mcp'] = None; from bot.cli import main; sys.exit(main(['mcp']))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert msg.SDK_MISSING in done.stderr
    assert done.stdout == ""


def test_tools_and_resources_never_load_the_knowledge_again(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    import anyio

    from bot.core import engine as engine_module
    from bot.core.catalog import cache as cache_module
    from bot.core.catalog import load as load_module
    from bot.mcp.server import build_server

    built = build_server(engine)

    def no_loading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the knowledge was loaded again")

    monkeypatch.setattr(cache_module, "read", no_loading)  # the compiled knowledge is loading too
    monkeypatch.setattr(engine_module, "load_engine", no_loading)
    monkeypatch.setattr(load_module, "load_catalog", no_loading)

    async def use_everything() -> list[bool]:
        calls = [("ask", {"question": "is SAINT available online?"}), ("capability", {"name": "Custom Pages"}),
                 ("matrix", {"environment": "online"}), ("platform", {"id": "mobile"})]
        results = [await built.call_tool(name, arguments) for name, arguments in calls]
        await built.read_resource("sobot://matrix")
        return [isinstance(r, CallToolResult) and not r.is_error for r in results]

    assert anyio.run(use_everything) == [True, True, True, True]

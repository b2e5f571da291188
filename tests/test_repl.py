"""The terminal REPL, driven as prompt-toolkit's testing guide shows: pipe input, dummy output."""

from __future__ import annotations

import asyncio
import io
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import fragment_list_to_text, to_formatted_text
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot.core import messages as core_msg
from bot.core.engine import Engine, load_engine
from bot.core.errors import DataError
from bot.core.model import Answer, Client, Env, Profile
from bot.render.explain import why_lines
from bot.repl import messages as msg
from bot.repl.main import run_repl
from bot.repl.prompt import build_session, make_completer, toolbar
from bot.repl.session import EngineLoader, Repl, resolve_state_dir

ROOT = Path(__file__).resolve().parent.parent
CTRL_C, CTRL_D, ENTER, UP = "\x03", "\x04", "\r", "\x1b[A"


class Recorder:
    """The real engine, remembering what it was asked and with which profile and thread."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.calls: list[tuple[str, str | None, Profile | None]] = []

    @property
    def catalog(self) -> Any:
        return self.engine.catalog

    def reload(self, catalog: Any) -> None:
        self.engine.reload(catalog)

    def read_filters(self, text: str) -> Any:
        return self.engine.read_filters(text)

    def forget(self, thread: str) -> None:
        self.engine.forget(thread)

    def respond(self, text: str, thread: str | None = None, profile: Profile | None = None) -> Answer:
        self.calls.append((text, thread, profile))
        return self.engine.respond(text, thread=thread, profile=profile)


@pytest.fixture(scope="module")
def real_engine() -> Engine:
    return load_engine()


@pytest.fixture
def engine(real_engine: Engine) -> Recorder:
    return Recorder(real_engine)


@pytest.fixture(autouse=True)
def _wide_plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("SOBOT_STATE_DIR", raising=False)


def drive(keys: str, state_dir: Path, factory: Callable[[], Any], **kwargs: Any) -> tuple[int, str]:
    """Type `keys` into a REPL session; returns the exit code and everything it printed."""
    out = io.StringIO()
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        code = run_repl(factory, input=pipe, output=DummyOutput(), state_dir=state_dir, stream=out, **kwargs)
    return code, out.getvalue()


def flat(text: str) -> str:
    """Whitespace-insensitive form, so wrapping does not matter."""
    return " ".join(text.split())


def test_question_gets_the_engines_answer(engine: Recorder, tmp_path: Path) -> None:
    question = "can I use CRMScript in CRM Online?"
    expected = engine.engine.respond(question)
    code, out = drive(question + ENTER + CTRL_D, tmp_path, lambda: engine)
    assert code == 0
    assert flat(expected.verdict) in flat(out)
    assert [call[0] for call in engine.calls] == [question]
    assert out.startswith(msg.WELCOME)
    assert out.endswith(msg.GOODBYE)


def test_every_question_of_a_session_shares_one_thread(engine: Recorder, tmp_path: Path) -> None:
    drive("is SAINT available onsite" + ENTER + "and online?" + ENTER + CTRL_D, tmp_path, lambda: engine)
    threads = {thread for _text, thread, _profile in engine.calls}
    assert len(engine.calls) == 2
    assert len(threads) == 1
    assert None not in threads


def test_history_is_written_and_read_back(engine: Recorder, tmp_path: Path) -> None:
    drive("what is SAINT" + ENTER + CTRL_D, tmp_path, lambda: engine)
    assert "+what is SAINT" in (tmp_path / "history").read_text(encoding="utf-8")
    engine.calls.clear()
    drive(UP + ENTER + CTRL_D, tmp_path, lambda: engine)
    assert [call[0] for call in engine.calls] == ["what is SAINT"]


def test_suggestions_come_from_the_saved_history(engine: Recorder, tmp_path: Path) -> None:
    drive("what is SAINT" + ENTER + CTRL_D, tmp_path, lambda: engine)
    session = build_session(Repl(engine, state_dir=tmp_path, stream=io.StringIO()))

    async def load() -> list[str]:
        return [line async for line in session.history.load()]

    assert asyncio.run(load()) == ["what is SAINT"]
    assert session.auto_suggest is not None
    suggestion = session.auto_suggest.get_suggestion(session.default_buffer, Document("what i"))
    assert suggestion is not None
    assert suggestion.text == "s SAINT"


def test_state_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    assert resolve_state_dir() == tmp_path / "xdg" / "sobot"
    monkeypatch.setenv("SOBOT_STATE_DIR", str(tmp_path / "mine"))
    assert resolve_state_dir() == tmp_path / "mine"
    assert resolve_state_dir(tmp_path / "arg") == tmp_path / "arg"


def completions(repl: Repl, text: str, tab: bool = True) -> list[tuple[str, str, int]]:
    found = make_completer(repl).get_completions(Document(text), CompleteEvent(completion_requested=tab))
    return [(c.text, c.display_meta_text, c.start_position) for c in found]


def test_typing_ordinary_words_opens_no_popup(repl: Repl) -> None:
    repl.loader.get()
    assert completions(repl, "hi", tab=False) == []
    assert completions(repl, "what is the", tab=False) == []
    assert [c[0] for c in completions(repl, "is sentr", tab=False)] == ["Sentry Plugins"]
    assert completions(repl, "hi", tab=True)  # Tab still offers the fuzzy candidates


@pytest.fixture
def repl(engine: Recorder, tmp_path: Path) -> Repl:
    return Repl(engine, state_dir=tmp_path, stream=io.StringIO())


def test_completion_of_a_partial_row_name(repl: Repl) -> None:
    found = completions(repl, "is sentr")
    assert found[0] == ("Sentry Plugins", "Internal APIs · onsite only", -len("sentr"))


def test_completion_is_fuzzy_and_replaces_the_words_already_typed(repl: Repl) -> None:
    assert ("Sales Guide", "Configuration · onsite + online", -len("sales gu")) in completions(
        repl, "what is a sales gu"
    )
    assert "CRMScript" in [text for text, _meta, _start in completions(repl, "crmscr")]
    assert "Web client (onsite)" in [text for text, _meta, _start in completions(repl, "webcl")]


def test_completion_of_commands_and_their_arguments(repl: Repl) -> None:
    assert completions(repl, "/ma")[0][:2] == ("/matrix", msg.COMMANDS["/matrix"])
    assert [text for text, _meta, _start in completions(repl, "/env on")] == ["onsite", "online"]
    assert "service" in [text for text, _meta, _start in completions(repl, "/client s")]
    assert "internal apis" in [text for text, _meta, _start in completions(repl, "/matrix online int")]


def test_toolbar_shows_the_profile_and_key_hints(repl: Repl) -> None:
    repl.set_profile(Profile(env=Env.ONLINE))
    text = fragment_list_to_text(to_formatted_text(toolbar(repl)))
    assert "env: online" in text
    assert "client: any" in text
    assert "Ctrl-D quit" in text


def test_help_lists_examples_and_every_command(engine: Recorder, tmp_path: Path) -> None:
    _code, out = drive("/help" + ENTER + CTRL_D, tmp_path, lambda: engine)
    for command in msg.COMMANDS:
        assert command in out
    assert core_msg.HELP_EXAMPLES[0] in out
    assert engine.calls == []


@pytest.mark.parametrize("question", core_msg.HELP_EXAMPLES)
def test_help_examples_get_real_answers(real_engine: Engine, question: str) -> None:
    assert not real_engine.respond(question).fallback


def test_matrix_shows_every_row(engine: Recorder, tmp_path: Path) -> None:
    _code, out = drive("/matrix" + ENTER + CTRL_D, tmp_path, lambda: engine)
    for item in engine.catalog.items:
        assert item.name in out
    assert f"{len(engine.catalog.items)} of {len(engine.catalog.items)} rows" in out


def test_matrix_filters_by_environment_and_client(engine: Recorder, tmp_path: Path) -> None:
    _code, out = drive("/matrix online" + ENTER + CTRL_D, tmp_path, lambda: engine)
    assert "Zapier" in out
    assert "Sentry Plugins" not in out
    _code, out = drive("/matrix onsite service" + ENTER + CTRL_D, tmp_path, lambda: engine)
    rows = [i for i in engine.catalog.items if i.onsite and "Service" in i.clients]
    assert f"{len(rows)} of {len(engine.catalog.items)} rows" in out
    assert "Zapier" not in out
    assert "User-defined Fields" not in out  # a Sales-only row


def test_matrix_filters_by_level_and_rejects_unknown_words(engine: Recorder, tmp_path: Path) -> None:
    keys = "/matrix database" + ENTER + "/matrix purple" + ENTER + CTRL_D
    _code, out = drive(keys, tmp_path, lambda: engine)
    assert "SQL Scripts" in out
    assert "Zapier" not in out
    assert "I don't know the filter 'purple'" in out


def test_env_and_client_persist_across_sessions(engine: Recorder, tmp_path: Path) -> None:
    _code, out = drive("/env online" + ENTER + "/client service" + ENTER + CTRL_D, tmp_path, lambda: engine)
    assert msg.profile_set("Environment", "online") in out
    assert msg.profile_set("Client", "Service") in out
    drive("what is SAINT" + ENTER + CTRL_D, tmp_path, lambda: engine)
    assert engine.calls[-1][2] == Profile(env=Env.ONLINE, client=Client.SERVICE)
    keys = "/env any" + ENTER + "/client any" + ENTER + "what is SAINT" + ENTER + CTRL_D
    drive(keys, tmp_path, lambda: engine)
    assert engine.calls[-1][2] == Profile()


def test_env_without_a_valid_value_shows_usage(engine: Recorder, tmp_path: Path) -> None:
    _code, out = drive("/env cloudy" + ENTER + "/client" + ENTER + CTRL_D, tmp_path, lambda: engine)
    assert msg.usage("/env", "onsite|online|any", "any") in out
    assert msg.usage("/client", "sales|service|any", "any") in out
    assert not (tmp_path / "profile.json").exists()


def test_why_explains_the_last_answer(engine: Recorder, tmp_path: Path) -> None:
    question = "is a sentry plugin available in online"
    expected = engine.engine.respond(question).explanation
    _code, out = drive("/why" + ENTER + question + ENTER + "/why" + ENTER + CTRL_D, tmp_path, lambda: engine)
    assert msg.WHY_NONE in out
    why = flat(out.split(msg.WHY_NONE, 1)[1])
    for line in why_lines(expected, expected.intent):
        assert flat(line) in why
    for row in expected.rows:
        assert row in why
    for runner_up in expected.runners_up:
        assert runner_up.intent in why


def test_forum_and_quit(engine: Recorder, tmp_path: Path) -> None:
    code, out = drive("/forum" + ENTER + "/quit" + ENTER, tmp_path, lambda: engine)
    assert code == 0
    assert msg.FORUM_URL in out
    assert msg.SDK_EMAIL in out
    assert out.endswith(msg.GOODBYE)


def test_unknown_command_suggests_the_close_one(engine: Recorder, tmp_path: Path) -> None:
    _code, out = drive("/matrx" + ENTER + "/zzzz" + ENTER + CTRL_D, tmp_path, lambda: engine)
    assert "Unknown command /matrx. Did you mean /matrix" in out
    assert "Unknown command /zzzz. Type /help" in out


@pytest.fixture
def data_copy(tmp_path: Path) -> tuple[Path, Path]:
    data, intents = tmp_path / "data", tmp_path / "intents"
    shutil.copytree(ROOT / "data", data)
    shutil.copytree(ROOT / "intents", intents)
    return data, intents


def test_reload_with_a_broken_file_keeps_the_old_data(data_copy: tuple[Path, Path], tmp_path: Path) -> None:
    data, intents = data_copy
    engines: list[Engine] = []

    def load_then_break() -> Engine:
        engines.append(load_engine(data, intents))
        with (data / "matrix.yaml").open("a", encoding="utf-8") as f:
            f.write("- name: [unclosed\n")
        return engines[0]

    keys = "/reload" + ENTER + "/matrix" + ENTER + CTRL_D
    _code, out = drive(keys, tmp_path / "state", load_then_break, data_dir=data, intents_dir=intents)
    assert "Reload failed; still using the previous data." in out
    assert "matrix.yaml:" in out
    assert "Sentry Plugins" in out.split("Reload failed")[1]  # /matrix still shows the old rows
    assert len(engines[0].catalog.items) == len(load_engine().catalog.items)


def test_reload_swaps_in_valid_data(data_copy: tuple[Path, Path], tmp_path: Path) -> None:
    data, intents = data_copy
    engine = load_engine(data, intents)
    before = engine.catalog
    matrix = data / "matrix.yaml"
    text = matrix.read_text(encoding="utf-8").replace("The Zapier connector", "The reloaded Zapier connector")
    matrix.write_text(text, encoding="utf-8")
    _code, out = drive("/reload" + ENTER + CTRL_D, tmp_path / "state", lambda: engine,
                       data_dir=data, intents_dir=intents)
    assert msg.reload_ok(len(before.items), len(before.platforms)) in out
    assert engine.catalog is not before
    assert any(item.summary.startswith("The reloaded Zapier") for item in engine.catalog.items)


def test_ctrl_c_drops_the_line_and_the_session_goes_on(engine: Recorder, tmp_path: Path) -> None:
    code, out = drive("half a question" + CTRL_C + "/forum" + ENTER + CTRL_D, tmp_path, lambda: engine)
    assert code == 0
    assert engine.calls == []
    assert msg.FORUM_URL in out
    assert "half a question" not in (tmp_path / "history").read_text(encoding="utf-8")


def test_ctrl_d_says_goodbye(engine: Recorder, tmp_path: Path) -> None:
    code, out = drive(CTRL_D, tmp_path, lambda: engine)
    assert code == 0
    assert out == msg.WELCOME + msg.GOODBYE


class Broken:
    """An engine with a bug: every question raises."""

    def __init__(self, engine: Engine) -> None:
        self.catalog = engine.catalog

    def respond(self, text: str, thread: str | None = None, profile: Profile | None = None) -> Answer:
        raise KeyError("boom")


def test_engine_error_apologises_and_the_loop_goes_on(real_engine: Engine, tmp_path: Path) -> None:
    keys = "what is SAINT" + ENTER + "/forum" + ENTER + CTRL_D
    code, out = drive(keys, tmp_path, lambda: Broken(real_engine))
    assert code == 0
    assert msg.apology("KeyError: 'boom'") in out
    assert msg.FORUM_URL in out


def test_piped_stdin_answers_each_line_without_a_prompt(
    engine: Recorder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("what is SAINT\n\n/matrix online\n"))
    out = io.StringIO()
    assert run_repl(lambda: engine, state_dir=tmp_path, stream=out) == 0
    assert [call[0] for call in engine.calls] == ["what is SAINT"]
    assert "Zapier" in out.getvalue()
    assert msg.PROMPT not in out.getvalue()
    # a batch reads as a transcript: each question above its answer, separated
    shown = out.getvalue()
    assert shown.index(msg.piped_question("what is SAINT")) < shown.index("Sales Intelligence")
    assert msg.piped_question("/matrix online") in shown
    assert "\x1b[" not in out.getvalue()


def test_bad_data_at_start_names_the_file(
    data_copy: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, intents = data_copy
    (data / "matrix.yaml").write_text("- name: [unclosed\n", encoding="utf-8")
    code = run_repl(state_dir=tmp_path, stream=io.StringIO(), data_dir=data, intents_dir=intents, lines=[])
    assert code == 2
    assert "matrix.yaml" in capsys.readouterr().err


def test_repl_start_path_leaves_slack_out() -> None:
    code = "import sys, bot.repl.session, bot.repl.commands; print('slack_bolt' in sys.modules)"
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "False"


class ReleaseOn(io.StringIO):
    """Output that lets the engine finish loading once `marker` has been printed."""

    def __init__(self, marker: str, release: threading.Event) -> None:
        super().__init__()
        self.marker, self.release = marker, release

    def write(self, text: str) -> int:
        if self.marker in text:
            self.release.set()
        return super().write(text)


def test_commands_work_while_the_engine_is_still_loading(real_engine: Engine, tmp_path: Path) -> None:
    release = threading.Event()

    def slow_load() -> Engine:
        assert release.wait(timeout=30)
        return real_engine

    out = ReleaseOn(msg.FORUM_URL, release)
    keys = "/forum" + ENTER + "what is SAINT" + ENTER + CTRL_D
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        code = run_repl(slow_load, input=pipe, output=DummyOutput(), state_dir=tmp_path, stream=out)
    text = out.getvalue()
    assert code == 0
    assert text.index(msg.FORUM_URL) < text.index("SAINT")
    assert "Sales Intelligence" in text


def test_toolbar_says_when_data_is_loading(real_engine: Engine, tmp_path: Path) -> None:
    release = threading.Event()

    def slow_load() -> Engine:
        assert release.wait(timeout=30)
        return real_engine

    loader = EngineLoader(slow_load)
    repl = Repl(loader, state_dir=tmp_path, stream=io.StringIO())
    assert "loading data" in fragment_list_to_text(to_formatted_text(toolbar(repl)))
    assert completions(repl, "sentr") == []
    release.set()
    loader.get()
    assert "loading data" not in fragment_list_to_text(to_formatted_text(toolbar(repl)))
    assert completions(repl, "sentr")[0][0] == "Sentry Plugins"


def test_bad_data_ends_an_interactive_session_with_the_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> Engine:
        raise DataError("data/matrix.yaml", 3, "`onsite` must be true or false", "write onsite: true")

    code, out = drive("what is SAINT" + ENTER + CTRL_D, tmp_path, broken)
    assert code == 2
    assert "data/matrix.yaml:3: `onsite` must be true or false" in capsys.readouterr().err
    assert msg.GOODBYE not in out


def test_env_and_client_take_the_words_questions_understand(engine: Recorder, tmp_path: Path) -> None:
    _code, out = drive("/env cloud" + ENTER + "/client cs" + ENTER + CTRL_D, tmp_path, lambda: engine)
    assert msg.profile_set("Environment", "online") in out
    assert msg.profile_set("Client", "Service") in out


@pytest.mark.parametrize(("words", "expected", "read"), [
    ("Internal APIs", 9, "Internal APIs"), ("internal", 9, "Internal APIs"), ("onlinee sevrice", 11, "Service, online"),
    ("onsite only", 13, "onsite only"), ("plugins", 3, "Batch Task Plugins, Document Plugins, Sentry Plugins"),
])
def test_matrix_filters_like_questions_do(engine: Recorder, tmp_path: Path, words: str, expected: int,
                                          read: str) -> None:
    """The rows a question with these words would list, titled with the filters as read."""
    _code, out = drive(f"/matrix {words}" + ENTER + CTRL_D, tmp_path, lambda: engine)
    assert msg.matrix_verdict(expected, 30, read) in out


def test_new_starts_a_fresh_conversation(engine: Recorder, tmp_path: Path) -> None:
    keys = "is SAINT available online?" + ENTER + "/new" + ENTER + "and onsite?" + ENTER + CTRL_D
    _code, out = drive(keys, tmp_path, lambda: engine)
    assert msg.NEW_THREAD in out
    first, second = engine.calls
    assert first[1] != second[1]  # a new thread: "and onsite?" no longer leans on SAINT
    assert engine.engine.store.load(first[1] or "") is None  # and the old one is forgotten

"""slack-bolt listeners: translate Slack payloads, call the engine, post a rendering.

Listeners never decide anything: the engine answers, `bot.slack.blocks` draws,
and one error handler apologises and logs. `build_app` is the way in, for
`bot.slack_app.run` and for tests against a local stand-in of Slack.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from bot.core import messages as core_msg
from bot.core.model import Answer, Client, Env, Profile
from bot.slack import blocks as render
from bot.slack import messages as msg
from bot.slack.http import Arrivals, Health, asgi_app, verified_only
from bot.slack.settings import SlackSetupError
from bot.slack.stores import request_key, slack_stores
from bot.slack.workers import Workers
from bot.store.base import Feedback, Profiles, SeenKeys
from bot.store.factory import Stores
from bot.store.local import MemorySeen
from bot.store.questionlog import record_answer, record_vote

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

    from bot.core.catalog.model import Catalog

log = logging.getLogger("sobot.slack")

RATE_LIMIT_RETRIES = 3
WEB_API_TIMEOUT = 10  # seconds for any one Web API or response_url call; a hung call frees its worker
_MENTION = re.compile(r"^\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s:,]*")


class Answers(Protocol):
    """What the Slack app needs from the engine (bot.engine.Engine has it)."""

    def respond(self, text: str, thread: str | None = None, profile: Profile | None = None) -> Answer: ...

    def forget(self, thread: str) -> None: ...


@dataclass
class SlackBot:
    """The listeners' shared state: the engine, per-user profiles, feedback, requests already handled."""

    engine: Answers
    profiles: Profiles
    feedback: Feedback
    knowledge: Sequence[tuple[str, Sequence[str]]] = ()
    examples: Sequence[str] = ()
    seen: SeenKeys = field(default_factory=MemorySeen)

    def answer(self, text: str, thread: str | None, user: str | None) -> Answer:
        answer = self.engine.respond(text, thread=thread, profile=self.profiles.get(user, thread))
        record_answer("slack", user, answer)
        return answer


def make_client(token: str, base_url: str | None = None, timeout: int = WEB_API_TIMEOUT) -> WebClient:
    """A WebClient that gives up on a call after `timeout` seconds and retries rate-limited calls after
    Slack's Retry-After (and connection errors)."""
    url = base_url or os.environ.get("SLACK_API_URL") or WebClient.BASE_URL
    client = WebClient(token=token, base_url=url, timeout=timeout)
    if not client.base_url.endswith("/"):
        client.base_url += "/"
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES))
    return client


def describe(catalog: Catalog | None) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """For App Home: matrix rows grouped by level, and the example questions (the same as /help's)."""
    if catalog is None:
        return [], []
    knowledge = [
        (level.name, [i.name for i in catalog.items if i.level == level.name]) for level in catalog.levels
    ]
    knowledge.append(("Platforms", [p.name for p in catalog.platforms]))
    return [(k, v) for k, v in knowledge if v], list(core_msg.HELP_EXAMPLES)


def build_app(
    engine: Answers,
    *,
    token: str,
    signing_secret: str | None = None,
    client: WebClient | None = None,
    base_url: str | None = None,
    feedback_path: Path | None = None,
    profiles_path: Path | None = None,
    examples: Sequence[str] | None = None,
    stores: Stores | None = None,
    workers: Workers | None = None,
) -> App:
    """The bolt App with every sobot listener; `signing_secret` None means Socket Mode.

    `stores` (from `bot.slack.stores.slack_stores`, the engine given their `state`)
    are shared with other replicas when they are Redis-backed; without them the app
    keeps its state in this process and the state directory.

    Listeners run on `workers` (a fresh pool when not given): the request is acknowledged
    first, the answer follows on a worker thread.
    """
    catalog: Catalog | None = getattr(engine, "catalog", None)
    knowledge, found = describe(catalog)
    stores = stores or slack_stores(feedback_path, profiles_path, shared=False)
    bot = SlackBot(
        engine=engine,
        profiles=stores.profiles,
        feedback=stores.feedback,
        knowledge=knowledge,
        examples=list(examples if examples is not None else found),
        seen=stores.seen,
    )
    bolt_log = logging.getLogger("sobot.slack.bolt")
    if not any(isinstance(f, _SkipClientWarning) for f in bolt_log.filters):
        bolt_log.addFilter(_SkipClientWarning())
    app = App(
        client=client or make_client(token, base_url),
        signing_secret=signing_secret or "",
        request_verification_enabled=signing_secret is not None,
        logger=bolt_log,
        listener_executor=workers or Workers(),
    )
    register(app, bot)
    return app


class _SkipClientWarning(logging.Filter):
    """Bolt warns that SLACK_BOT_TOKEN is unused when a client is given; here it is the client's token."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("As you gave `client` as well")


def register(app: App, bot: SlackBot) -> None:
    """Attach the middleware, listeners and error handler to the app."""
    handlers = Listeners(bot)
    app.use(handlers.skip_repeats)
    app.event("app_mention")(handlers.on_mention)
    app.event("message")(handlers.on_message)
    app.event("app_home_opened")(handlers.on_home)
    app.command("/sobot")(handlers.on_command)
    app.action(re.compile(f"^{render.ASK}:"))(handlers.on_ask)
    app.action(render.WHY)(handlers.on_why)
    app.action(render.START_OVER)(handlers.on_start_over)
    app.action(re.compile(f"^{render.FEEDBACK}:"))(handlers.on_feedback)
    app.action(re.compile(f"^({render.ENV_SELECT}|{render.CLIENT_SELECT})$"))(handlers.on_profile)
    app.error(handlers.on_error)


class Listeners:
    """Translate Slack payloads into engine calls and renderings into Web API calls."""

    def __init__(self, bot: SlackBot) -> None:
        self.bot = bot

    # --- middleware --------------------------------------------------------------------------

    def skip_repeats(
        self, body: dict[str, Any], request: Any, next: Callable[[], None]
    ) -> BoltResponse | None:
        """Acknowledge, but do not handle, a request already handled here or by another replica:
        a retried event (same event_id), a replayed slash command or button click (same signature)."""
        key = request_key(body, request.headers)
        if key and not self.bot.seen.first_time(key):
            retry = request.headers.get("x-slack-retry-num", ["-"])[0]
            log.info(msg.skipped_repeat(payload_kind(body), retry))
            return BoltResponse(status=200, body="")
        next()
        return None

    # --- messages ----------------------------------------------------------------------------

    def on_mention(self, event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        """A mention in a channel: answer in the thread (the event's thread, or a new one); without
        a timestamp to thread on, in the channel itself, as a question of its own."""
        if not event.get("channel"):
            log.warning(msg.mention_not_answerable(body.get("event_id")))
            return
        thread_ts = event.get("thread_ts") or event.get("ts")
        if not thread_ts:
            log.info(msg.mention_without_ts(body.get("event_id")))
        thread = f"{event['channel']}:{thread_ts}" if thread_ts else None
        self.reply(client, event, thread_ts=thread_ts, thread=thread)

    def on_message(self, event: dict[str, Any], client: WebClient) -> None:
        """A direct message; bots, edits and other subtypes are ignored."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        thread_ts = event.get("thread_ts")
        self.reply(client, event, thread_ts=thread_ts, thread=f"{event['channel']}:{thread_ts or 'dm'}")

    def reply(self, client: WebClient, event: dict[str, Any], *, thread_ts: str | None,
              thread: str | None) -> None:
        text = question_text(event.get("text", ""))
        if not text:
            post(client, event["channel"], thread_ts, render.render_help(self.bot.examples))
            return
        answer = self.bot.answer(text, thread, event.get("user"))
        post_answer(client, event["channel"], thread_ts, answer, start_over=thread)

    def on_command(self, ack: Callable[..., None], command: dict[str, Any]) -> None:
        """/sobot <question>: acknowledge at once, then answer in the channel through response_url."""
        text = question_text(command.get("text", ""))
        if not text:
            ack(**render.render_help(self.bot.examples).kwargs())
            return
        ack()
        user, channel = command.get("user_id"), command.get("channel_id")
        answer = self.bot.answer(text, f"{channel}:{user}:slash", user)
        send_response(command["response_url"], answer, response_type="in_channel")

    def on_home(self, event: dict[str, Any], client: WebClient) -> None:
        """App Home opened: publish what the bot knows, examples and the user's profile."""
        if event.get("tab", "home") == "home":
            self.publish_home(client, event["user"])

    def publish_home(self, client: WebClient, user: str) -> None:
        view = render.render_home(self.bot.profiles.get(user), knowledge=self.bot.knowledge,
                                  examples=self.bot.examples)
        client.views_publish(user_id=user, view=view)

    # --- buttons and selects -----------------------------------------------------------------

    def on_ask(self, ack: Callable[..., None], body: dict[str, Any], action: dict[str, Any],
               client: WebClient) -> None:
        """A suggestion, follow-up or example button: ask its question where it was clicked."""
        ack()
        question, user = action.get("value", ""), body["user"]["id"]
        container = body.get("container", {})
        if container.get("type") == "view":  # App Home: answer in the app's DM
            channel = client.conversations_open(users=user)["channel"]["id"]
            thread = f"{channel}:dm"
            answer = self.bot.answer(question, thread, user)
            post_answer(client, channel, None, answer, asked_by=user, start_over=thread)
        elif container.get("is_ephemeral") and body.get("response_url"):
            thread = f"{container.get('channel_id')}:{user}:slash"
            answer = self.bot.answer(question, thread, user)
            send_response(body["response_url"], answer, response_type="in_channel", asked_by=user)
        else:
            channel, thread_ts = message_place(body)
            thread = f"{channel}:{thread_ts or 'dm'}"
            answer = self.bot.answer(question, thread, user)
            try:
                post_answer(client, channel, thread_ts, answer, asked_by=user, start_over=thread)
            except SlackApiError as error:  # a /sobot answer in a channel sobot is not in
                if not (outside(error) and body.get("response_url")):
                    raise
                send_response(body["response_url"], answer, response_type="in_channel", asked_by=user)

    def on_why(self, ack: Callable[..., None], body: dict[str, Any], action: dict[str, Any],
               client: WebClient) -> None:
        """"Why this answer?": the explanation, visible only to whoever asked for it."""
        ack()
        self.tell(client, body, render.render_why(load_value(action.get("value"))))

    def on_start_over(self, ack: Callable[..., None], body: dict[str, Any], action: dict[str, Any],
                      client: WebClient) -> None:
        """"Start over": the thread's next question is read afresh; only the clicking user is told."""
        ack()
        thread = str(load_value(action.get("value")).get("t") or "")
        channel, _ = message_place(body)
        if not thread.startswith(f"{channel}:"):  # the button names its own conversation, nothing else
            log.warning(msg.start_over_elsewhere(channel))
            return
        self.bot.engine.forget(thread)
        self.tell(client, body, render.Message(text=msg.STARTED_OVER, blocks=[render.context(msg.STARTED_OVER)]))

    def on_feedback(self, ack: Callable[..., None], body: dict[str, Any], action: dict[str, Any],
                    client: WebClient) -> None:
        """👍/👎: one JSON line in the feedback log, and a quiet thank-you."""
        ack()
        vote = action["action_id"].rsplit(":", 1)[-1]
        value = load_value(action.get("value"))
        channel, _ = message_place(body)
        self.bot.feedback.record(
            vote,
            user=body["user"]["id"],
            team=(body.get("team") or {}).get("id"),
            channel=channel,
            message_ts=body.get("container", {}).get("message_ts"),
            question=value.get("q"),
            intent=value.get("i"),
        )
        record_vote("slack", body["user"]["id"], vote, value.get("q"), value.get("i"))
        thanks = msg.feedback_thanks(vote)
        self.tell(client, body, render.Message(text=thanks, blocks=[render.context(thanks)]))

    def tell(self, client: WebClient, body: dict[str, Any], message: render.Message) -> None:
        """An ephemeral message to the clicking user, in the clicked message's thread."""
        channel, thread_ts = message_place(body)
        try:
            client.chat_postEphemeral(channel=channel, user=body["user"]["id"], thread_ts=thread_ts,
                                      **message.kwargs())
        except SlackApiError as error:  # e.g. under a /sobot answer in a channel sobot is not in
            if not (outside(error) and body.get("response_url")):
                raise
            reply = {"response_type": "ephemeral", "replace_original": False, **message.kwargs()}
            webhook(body["response_url"]).send_dict(reply)

    def on_profile(self, ack: Callable[..., None], body: dict[str, Any], action: dict[str, Any],
                   client: WebClient) -> None:
        """An App Home select: store the user's environment or client, then redraw the tab."""
        ack()
        user = body["user"]["id"]
        value = (action.get("selected_option") or {}).get("value", "any")
        profile = self.bot.profiles.get(user)
        if action["action_id"] == render.ENV_SELECT:
            profile = replace(profile, env=Env(value) if value in {e.value for e in Env} else None)
        else:
            profile = replace(profile, client=Client(value) if value in {c.value for c in Client} else None)
        self.bot.profiles.set(user, profile)
        self.publish_home(client, user)

    # --- the fault barrier -------------------------------------------------------------------

    def on_error(self, error: Exception, body: dict[str, Any], client: WebClient) -> None:
        """Any listener failure: log the cause, apologise where the question was asked."""
        log.error("Failed to handle a Slack %s: %r", payload_kind(body), error, exc_info=error)
        try:
            apologise(client, body)
        except Exception as second:  # the apology is best effort; the loop stays alive
            log.error("Could not send the apology either: %r", second)


def question_text(text: str) -> str:
    """The question in a message: without the leading @sobot mention, Slack's escapes undone."""
    return render.unescape(_MENTION.sub("", text, count=1)).strip()


def message_place(body: dict[str, Any]) -> tuple[str, str | None]:
    """(channel, thread_ts) of the message an action was clicked on."""
    container = body.get("container", {})
    message = body.get("message") or {}
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
    return channel, message.get("thread_ts") or container.get("thread_ts") or message.get("ts")


def outside(error: SlackApiError) -> bool:
    """Slack refused because the bot is not a member of the conversation."""
    return error.response.get("error") in {"not_in_channel", "channel_not_found"}


def webhook(url: str) -> WebhookClient:
    """A response_url client that gives up after WEB_API_TIMEOUT seconds and retries rate-limited posts."""
    return WebhookClient(url=url, timeout=WEB_API_TIMEOUT,
                         retry_handlers=[RateLimitErrorRetryHandler(RATE_LIMIT_RETRIES)])


def payload_kind(body: dict[str, Any]) -> str:
    if body.get("command"):
        return f"command {body['command']}"
    event = body.get("event") or {}
    return str(event.get("type") or body.get("type") or "request")


def load_value(value: str | None) -> dict[str, Any]:
    try:
        data = json.loads(value or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def post(client: WebClient, channel: str, thread_ts: str | None, message: render.Message) -> None:
    client.chat_postMessage(channel=channel, thread_ts=thread_ts, unfurl_links=False, **message.kwargs())


def post_answer(client: WebClient, channel: str, thread_ts: str | None, answer: Answer,
                asked_by: str | None = None, start_over: str | None = None) -> None:
    """Post an answer (with a "Start over" button for the conversation `start_over`, if given); if Slack
    refuses the table block, post it again with the monospace table."""
    try:
        post(client, channel, thread_ts, render.render_answer(answer, asked_by=asked_by, start_over=start_over))
    except SlackApiError as error:
        if error.response.get("error") != "invalid_blocks" or not render.shows_table(answer):
            raise
        log.warning("Slack refused the table block; posting the monospace table instead")
        post(client, channel, thread_ts,
             render.render_answer(answer, tables=False, asked_by=asked_by, start_over=start_over))


def send_response(url: str, answer: Answer, *, response_type: str, asked_by: str | None = None) -> None:
    """Answer through a response_url (slash commands, ephemeral buttons), retrying rate limits."""
    client = webhook(url)
    for tables in (True, False):
        message = render.render_answer(answer, tables=tables, asked_by=asked_by)
        result = client.send_dict({"response_type": response_type, **message.kwargs()})
        if result.status_code == 200 or "invalid_blocks" not in (result.body or ""):
            break
    if result.status_code != 200:
        raise RuntimeError(f"response_url answered {result.status_code}: {result.body}")


def apologise(client: WebClient, body: dict[str, Any]) -> None:
    apology = render.render_apology()
    event = body.get("event") or {}
    if event.get("channel"):
        thread_ts = event.get("thread_ts") or (event.get("ts") if event.get("type") == "app_mention" else None)
        post(client, event["channel"], thread_ts, apology)
    elif body.get("response_url"):
        webhook(body["response_url"]).send_dict({"response_type": "ephemeral", **apology.kwargs()})
    elif body.get("user") and (body.get("channel") or body.get("container")):
        channel, thread_ts = message_place(body)
        client.chat_postEphemeral(channel=channel, user=body["user"]["id"], thread_ts=thread_ts,
                                  **apology.kwargs())


def verify_token(client: WebClient) -> None:
    """Ask Slack whether the bot token works, turning failures into set-up messages."""
    try:
        client.auth_test()
    except SlackApiError as error:
        raise SlackSetupError(msg.token_rejected(error.response.get("error"))) from None
    except OSError as error:
        raise SlackSetupError(msg.api_unreachable(client.base_url, error)) from None


def http_app(app: App, signing_secret: str, workers: Workers, health: Health | None = None,
             degraded: Health | None = None) -> Starlette:
    """The ASGI application of HTTP mode: POST /slack/events (size-capped, signature checked before
    anything parses it), GET /healthz (503 with `health`'s reason, by default the workers' stalls;
    else 200 "degraded: ..." while `degraded()` gives a reason, as `stores.degraded` does while
    Redis is down; else 200 "ok").

    An Events API delivery is acknowledged at once and dispatched on a worker: its ack is always an
    empty 200, so it waits for nothing. Anything else (slash commands, clicks, URL verification) goes
    through bolt's dispatch on a thread, because its ack may carry a message.
    """
    from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import Response

    arrivals = Arrivals()
    workers.defer_while(arrivals.busy)  # acks first: answers wait while a burst of events is coming in

    async def dispatch(request: Request, body: bytes) -> Response:
        try:
            bolt_request = to_bolt_request(request, body)
        except UnicodeDecodeError:
            return Response(status_code=400)
        if is_event_delivery(body):
            arrivals.seen()
            workers.submit(dispatch_later, app, bolt_request)
            return Response(status_code=200)
        response = await run_in_threadpool(app.dispatch, bolt_request)
        return to_starlette_response(response)

    return asgi_app(health or workers.stalled, verified_only(dispatch, signing_secret), degraded)


def is_event_delivery(body: bytes) -> bool:
    """An Events API delivery (not URL verification, a command or a click)."""
    if not body.startswith(b"{"):
        return False
    try:
        data = json.loads(body)
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("type") == "event_callback"


def dispatch_later(app: App, request: BoltRequest) -> None:
    """Bolt's dispatch of an event already acknowledged; what it would have answered Slack is dropped."""
    response = app.dispatch(request)
    if response.status >= 400:
        log.debug("bolt answered %s to an event acknowledged earlier: %s", response.status, response.body)

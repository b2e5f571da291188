"""Every sentence the Slack app shows or logs, in one place: constants, and template functions for the rest."""

from __future__ import annotations

from bot.core.messages import FORUM_URL

HELP_INTRO = (
    "Ask me which SuperOffice extensibility point or API fits your platform, in plain words. "
    "Mention me in a channel (I answer in a thread), send me a direct message, or use `/sobot <question>`. "
    "Follow-up questions in the same thread keep the context (\"and onsite?\")."
)
HELP_TITLE = "How to ask sobot"
EXAMPLES_TITLE = "Try one of these"
HOME_TITLE = "sobot"
HOME_KNOWS = "What I know"
HOME_PROFILE = "Your profile"
HOME_PROFILE_HINT = (
    "Your environment and client fill the gaps in your questions; answers say when they were used."
)
ENV_LABEL = "Environment"
CLIENT_LABEL = "Client"
ANY_LABEL = "Any"
ENV_LABELS = {"onsite": "Onsite (own servers)", "online": "Online (CRM Online)"}

ONSITE = "Onsite"
ONLINE = "Online"
LEVEL = "Level"
CLIENTS = "Clients"
TABLE_HEADER = ("Name", "Level", "Clients", "Onsite", "Online")
TRIMMED_NO_LINK = "The answer was trimmed to fit Slack; ask a narrower question for the rest."
DOCS = ":book:"

WHY_BUTTON = "Why this answer?"
START_OVER_BUTTON = "Start over"
STARTED_OVER = "Starting afresh in this thread: my next answer will not lean on earlier questions."
THUMBS_UP = "👍"
THUMBS_DOWN = "👎"
WHY_TITLE = "Why this answer"
WHY_UNAVAILABLE = "I no longer have the details for that answer."

APOLOGY = (
    "Sorry, something went wrong while answering that. It has been logged; please try again, "
    f"or ask the developer forum: {FORUM_URL}"
)
NOT_CONNECTED = "not connected to Slack"
STARTED_SOCKET = "sobot is connected to Slack in Socket Mode; press Ctrl-C to stop."

# Start-up problems: name the variable and where the Slack app settings show it.
WHERE = {
    "SLACK_BOT_TOKEN": (
        "the Slack app settings (https://api.slack.com/apps > your app) under "
        "OAuth & Permissions > OAuth Tokens > Bot User OAuth Token; it starts with xoxb-"
    ),
    "SLACK_APP_TOKEN": (
        "the Slack app settings under Basic Information > App-Level Tokens (generate one with the "
        "connections:write scope); it starts with xapp-"
    ),
    "SLACK_SIGNING_SECRET": (
        "the Slack app settings under Basic Information > App Credentials > Signing Secret "
        "(click Show); it is 32 hexadecimal characters"
    ),
}


def flag(value: bool, word: str) -> str:
    """A matrix cell in mrkdwn: the yes/no word (drawn once, in bot.render.markdown) with its emoji."""
    return f"{':white_check_mark:' if value else ':x:'} {word}"


def home_knows_line(level: str, names: str) -> str:
    return f"*{level}*: {names}"


def table_more(count: int) -> str:
    return f"…and {count} more rows."


def trimmed(link: str) -> str:
    return f"The answer was trimmed to fit Slack. The rest: {link}"


def feedback_thanks(vote: str) -> str:
    return "Thanks for the 👎 — noted; we'll look at it." if vote == "down" else "Thanks for the 👍 — noted."


def asked_by(user: str, question: str) -> str:
    return f"<@{user}> asked: {question}"


def why_question(question: str) -> str:
    return f"*Question:* {question}"


def token_missing(name: str) -> str:
    return f"{name} is not set. Find it in {WHERE[name]}."


def token_malformed(name: str, problem: str) -> str:
    return f"{name} does not look right ({problem}). Copy it again from {WHERE[name]}."


def token_rejected(error: object) -> str:
    return ("Slack rejected SLACK_BOT_TOKEN ({error}). Reinstall the app to the workspace and copy the token "
            "again from {where}.").format(error=error, where=WHERE["SLACK_BOT_TOKEN"])


def api_unreachable(url: str, error: object) -> str:
    return f"Could not reach the Slack Web API at {url} ({error})."


def started_http(host: str, port: int) -> str:
    return f"sobot listens for Slack on http://{host}:{port}/slack/events (health: /healthz)."


def request_refused(status: str, why: str, peer: str) -> str:
    return f"Refused an HTTP request ({status}: {why}) from {peer}; it was not processed."


def env_file_missing(path: object) -> str:
    return f"the settings file {path} does not exist (give an existing file with --env-file, or leave it out)"


def reload_refused(error: str) -> str:
    return f"Edited knowledge not loaded; still answering from the previous version: {error}"


def reloaded(rows: int, intents: int) -> str:
    return f"Knowledge reloaded: {rows} matrix rows, {intents} intents"


def watch_failed(error: Exception) -> str:
    return f"Cannot watch data/ and intents/ for edits ({error}); send SIGHUP to reload"


def health_degraded(reason: str) -> str:
    """/healthz's body while the replica answers but its shared state is unreachable."""
    return f"degraded: {reason}\n"


def skipped_repeat(kind: str, retry: str) -> str:
    return f"Skipping a {kind} already handled, here or by another replica (a retry or a replay; retry {retry})"


def state_shared(where: str) -> str:
    return f"Sharing thread context, profiles, feedback and seen requests through Redis at {where}"


def could_not_listen(host: str, port: int) -> str:
    return f"could not listen on {host}:{port} (is the port in use, or the address not this machine's?)"


def workers_stalled(stuck: int, size: int, late: int, seconds: float) -> str:
    """The /healthz reason when answers are not keeping up: short, for a load balancer's log."""
    parts = []
    if stuck:
        parts.append(f"{stuck} of {size} workers busy for over {seconds:g}s")
    if late:
        parts.append(f"{late} answers queued for over {seconds:g}s")
    return "stalled: " + "; ".join(parts)


def stopping(budget: float) -> str:
    return f"Stopping: no new requests; answers in progress get up to {budget:g}s."


def abandoned_at_shutdown(left: int, budget: float) -> str:
    return f"{left} answer(s) still unfinished after {budget:g}s at shutdown; they were dropped."


def mention_not_answerable(event_id: object) -> str:
    return f"Ignored an app_mention without a channel (event {event_id}); there is nowhere to answer."


def mention_without_ts(event_id: object) -> str:
    return f"An app_mention without ts (event {event_id}): answering in the channel, not in a thread."


def start_over_elsewhere(channel: object) -> str:
    return f"Ignored a Start over click in {channel} whose button names another conversation."

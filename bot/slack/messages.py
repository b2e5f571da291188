"""Every string the Slack app shows or logs about its set-up, in one place."""

from __future__ import annotations

FORUM_URL = "https://community.superoffice.com/en/developer/forum/"

HELP_INTRO = (
    "Ask me which SuperOffice extensibility point or API fits your platform, in plain words. "
    "Mention me in a channel (I answer in a thread), send me a direct message, or use `/sobot <question>`. "
    "Follow-up questions in the same thread keep the context (\"and onsite?\")."
)
HELP_TITLE = "How to ask sobot"
EXAMPLES_TITLE = "Try one of these"
HOME_TITLE = "sobot"
HOME_KNOWS = "What I know"
HOME_KNOWS_LINE = "*{level}*: {names}"
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
YES = ":white_check_mark: yes"
NO = ":x: no"
LEVEL = "Level"
CLIENTS = "Clients"
TABLE_HEADER = ("Name", "Level", "Clients", "Onsite", "Online")
TABLE_MORE = "…and {count} more rows."
TRIMMED = "The answer was trimmed to fit Slack. The rest: {link}"
TRIMMED_NO_LINK = "The answer was trimmed to fit Slack; ask a narrower question for the rest."
DOCS = ":book:"

WHY_BUTTON = "Why this answer?"
THUMBS_UP = "👍"
THUMBS_DOWN = "👎"
WHY_TITLE = "Why this answer"
WHY_QUESTION = "*Question:* {question}"
WHY_INTENT = "*Intent:* `{intent}` (confidence {confidence:.2f})"
WHY_UNAVAILABLE = "I no longer have the details for that answer."
FEEDBACK_THANKS = {"up": "Thanks for the 👍 — noted.", "down": "Thanks for the 👎 — noted; we'll look at it."}
ASKED_BY = "<@{user}> asked: {question}"

APOLOGY = (
    "Sorry, something went wrong while answering that. It has been logged; please try again, "
    f"or ask the developer forum: {FORUM_URL}"
)

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
TOKEN_MISSING = "{name} is not set. Find it in {where}."
TOKEN_MALFORMED = "{name} does not look right ({problem}). Copy it again from {where}."
TOKEN_REJECTED = (
    "Slack rejected SLACK_BOT_TOKEN ({error}). Reinstall the app to the workspace and copy the token "
    "again from {where}."
)
API_UNREACHABLE = "Could not reach the Slack Web API at {url} ({error})."
STARTED_SOCKET = "sobot is connected to Slack in Socket Mode; press Ctrl-C to stop."
STARTED_HTTP = "sobot listens for Slack on http://{host}:{port}/slack/events (health: /healthz)."
REQUEST_REFUSED = "Refused an HTTP request ({status}: {why}) from {peer}; it was not processed."

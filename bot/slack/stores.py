"""What the Slack app remembers, and how it knows a request it has handled already.

The stores themselves live in `bot.store` (Redis when REDIS_URL is set, else this
process and its state directory); this module names the Slack app's files and
derives the key that makes a retried event, a replayed slash command or a
replayed button click the same request.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from bot.core.paths import state_dir
from bot.store.factory import Stores, local_stores, open_stores

FEEDBACK_FILE = "feedback.jsonl"
PROFILES_FILE = "slack-profiles.json"


def default_state_dir() -> Path:
    """Where feedback and profiles go (see bot.core.paths.state_dir)."""
    return state_dir()


def slack_stores(feedback_path: Path | None = None, profiles_path: Path | None = None, *,
                 environ: Mapping[str, str] = os.environ, shared: bool = True) -> Stores:
    """The Slack app's stores: shared through Redis when REDIS_URL is set (and `shared`), else local."""
    state = default_state_dir()
    feedback = feedback_path or state / FEEDBACK_FILE
    profiles = profiles_path or state / PROFILES_FILE
    return open_stores(feedback, profiles, environ) if shared else local_stores(feedback, profiles)


def request_key(body: dict[str, Any], headers: Mapping[str, Sequence[str]]) -> str | None:
    """What is the same for every delivery of one request, and differs between requests; None if nothing is.

    Events: the event id (Slack's retries repeat it). Slash commands and button
    clicks over HTTP: the request signature, an HMAC of its timestamp and body, so a
    captured request replayed within Slack's five minutes has the same one. Over
    Socket Mode (no signature): the command's trigger_id, or the click's user,
    action and action_ts.
    """
    team = str(body.get("team_id") or (body.get("team") or {}).get("id") or "")
    if body.get("type") == "event_callback":
        return f"event:{team}:{body['event_id']}" if body.get("event_id") else None
    kind = "command" if body.get("command") else "action" if body.get("type") == "block_actions" else None
    if kind is None:
        return None
    signature = (headers.get("x-slack-signature") or [""])[0]
    if signature:
        return f"{kind}:{signature}"
    if kind == "command":
        return f"command:{team}:{body['trigger_id']}" if body.get("trigger_id") else None
    action = (body.get("actions") or [{}])[0]
    user = (body.get("user") or {}).get("id", "")
    return f"action:{team}:{user}:{action.get('action_id', '')}:{action.get('action_ts', '')}"

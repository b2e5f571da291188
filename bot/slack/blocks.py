"""Answer -> Slack Block Kit: pure functions of plain data, no I/O and no slack_bolt.

Every piece of text that reaches a `mrkdwn` field or the `text` fallback goes
through `escape`, so a question quoting `<!channel>` or `<@U123>` can never
become a mention. Slack's limits are kept here: 50 blocks a message (100 on
App Home), 3,000 characters a section, 10 fields, 10 context elements, one
table, 2,000 characters a button value.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.core.model import Answer, Client, Env, Item, Link, Profile, Section
from bot.render import markdown
from bot.render.explain import why_lines
from bot.slack import messages as msg

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_HOME_BLOCKS = 100
MAX_SECTION = 3000
MAX_FIELD = 2000
MAX_FIELDS = 10
MAX_CONTEXT = 10
MAX_BUTTON_LABEL = 75
MAX_VALUE = 2000
MAX_SUGGESTIONS = 5
MAX_EXAMPLES = 5
MAX_TABLE_ROWS = 40
MAX_TEXT = 3000

ASK = "sobot_ask"
WHY = "sobot_why"
START_OVER = "sobot_start_over"
FEEDBACK = "sobot_feedback"
ENV_SELECT = "sobot_env"
CLIENT_SELECT = "sobot_client"


@dataclass(frozen=True)
class Message:
    """A Slack message: the `text` fallback (notifications, screen readers) and the blocks."""

    text: str
    blocks: list[Block] = field(default_factory=list)

    def kwargs(self) -> dict[str, Any]:
        """Arguments for chat.postMessage, chat.postEphemeral or a response_url."""
        return {"text": self.text, "blocks": self.blocks}


def escape(text: str) -> str:
    """Slack's three control characters as entities: no mention, link or command can sneak through."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """What Slack escaped in an incoming message, back to the characters the user typed."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def mrkdwn(text: str) -> Block:
    return {"type": "mrkdwn", "text": text}


def plain(text: str, limit: int = MAX_BUTTON_LABEL) -> Block:
    return {"type": "plain_text", "text": clip(text, limit), "emoji": True}


def section(text: str) -> Block:
    return {"type": "section", "text": mrkdwn(clip(text, MAX_SECTION))}


def context(*texts: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(clip(t, MAX_SECTION)) for t in texts[:MAX_CONTEXT]]}


def button(label: str, action_id: str, value: str, style: str | None = None) -> Block:
    element: Block = {"type": "button", "text": plain(label), "action_id": action_id, "value": value}
    if style:
        element["style"] = style
    return element


def chunk(lines: Iterable[str], limit: int = MAX_SECTION) -> list[str]:
    """Join lines into texts of at most `limit` characters, breaking between lines where possible."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        while len(line) > limit:
            if current:
                chunks.append(current)
                current = ""
            chunks.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            candidate = line
        current = candidate
    if current:
        chunks.append(current)
    return chunks


def yes_no(value: bool) -> str:
    return msg.flag(value, markdown.yes_no(value))


def link(item: Link) -> str:
    """A mrkdwn link; the label is escaped and may not close the link early."""
    return f"<{item.url.replace('>', '%3E').replace('|', '%7C')}|{escape(item.title).replace('|', '-')}>"


# --- the answer -------------------------------------------------------------------------------


def section_lines(part: Section) -> list[str]:
    """A Section as mrkdwn lines: bold title, paragraphs, then bullets."""
    lines = [f"*{escape(part.title)}*"] if part.title else []
    for paragraph in part.paragraphs:
        if lines:
            lines.append("")
        lines.append(escape(paragraph))
    lines.extend(f"• {escape(bullet)}" for bullet in part.bullets)
    return lines


def shows_table(answer: Answer) -> bool:
    """A matrix excerpt of two or more rows; a single row is clearer as fields."""
    return answer.table and len(answer.items) > 1


def facts_block(answer: Answer) -> Block | None:
    """Onsite/Online as fields: one row in detail, several rows briefly, or the platform's reach."""
    items = answer.items
    if shows_table(answer):
        return None
    if len(items) == 1:
        item = items[0]
        fields = [
            f"*{msg.ONSITE}*\n{yes_no(item.onsite)}",
            f"*{msg.ONLINE}*\n{yes_no(item.online)}",
            f"*{msg.LEVEL}*\n{escape(item.level)}",
            f"*{msg.CLIENTS}*\n{escape(', '.join(item.clients))}",
        ]
    elif items:
        fields = [
            f"*{escape(i.name)}*\n{msg.ONSITE} {yes_no(i.onsite)} · {msg.ONLINE} {yes_no(i.online)}"
            for i in items[:MAX_FIELDS]
        ]
    elif answer.platform is not None:
        envs = answer.platform.env
        fields = [
            f"*{msg.ONSITE}*\n{yes_no(Env.ONSITE in envs)}",
            f"*{msg.ONLINE}*\n{yes_no(Env.ONLINE in envs)}",
        ]
    else:
        return None
    return {"type": "section", "fields": [mrkdwn(clip(f, MAX_FIELD)) for f in fields]}


def table_cells(item: Item) -> tuple[str, ...]:
    level, name, clients, onsite, online = markdown.matrix_rows((item,))[0]
    return (name, level, clients, onsite, online)


def table_block(items: Sequence[Item]) -> Block:
    """The matrix excerpt as a Block Kit table (raw text cells: never parsed, never a mention)."""
    rows = [msg.TABLE_HEADER, *(table_cells(i) for i in items[:MAX_TABLE_ROWS])]
    return {
        "type": "table",
        "column_settings": [{"is_wrapped": True}],
        "rows": [[{"type": "raw_text", "text": cell or "-"} for cell in row] for row in rows],
    }


def monospace_table(items: Sequence[Item]) -> list[str]:
    """The same excerpt as fixed-width lines, for the text fallback and surfaces without tables."""
    rows = [msg.TABLE_HEADER, *(table_cells(i) for i in items[:MAX_TABLE_ROWS])]
    widths = [min(28, max(len(row[c]) for row in rows)) for c in range(len(msg.TABLE_HEADER))]
    return ["  ".join(clip(c, w).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]


def table_blocks(items: Sequence[Item], tables: bool) -> list[Block]:
    blocks = [table_block(items)] if tables else code_sections(monospace_table(items))
    if len(items) > MAX_TABLE_ROWS:
        blocks.append(context(msg.table_more(len(items) - MAX_TABLE_ROWS)))
    return blocks


def code_sections(lines: Sequence[str]) -> list[Block]:
    fence = "```"
    texts = chunk((escape(x) for x in lines), MAX_SECTION - 2 * len(fence) - 2)
    return [section(f"{fence}\n{text}\n{fence}") for text in texts]


def fit_value(data: dict[str, Any], trim_key: str) -> str:
    """JSON for a button value, trimming one field until it fits Slack's 2,000 characters."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    while len(text) > MAX_VALUE and data[trim_key]:
        overflow = len(text) - MAX_VALUE
        data[trim_key] = data[trim_key][: max(0, len(data[trim_key]) - overflow - 1)]
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text


def action_blocks(answer: Answer, start_over: str | None = None) -> list[Block]:
    """Suggestions (did you mean / follow-ups) as buttons, then "Why this answer?", 👍/👎 and, for a
    conversation that remembers (`start_over` names it), "Start over"."""
    blocks: list[Block] = []
    suggestions = [s for s in answer.suggestions if s.strip()][:MAX_SUGGESTIONS]
    if suggestions:
        elements = [button(s, f"{ASK}:{n}", clip(s, MAX_VALUE)) for n, s in enumerate(suggestions)]
        blocks.append({"type": "actions", "block_id": "sobot_suggestions", "elements": elements})
    why = fit_value(
        {
            "q": clip(answer.question, 300),
            "i": answer.intent,
            "c": round(answer.confidence, 3),
            "w": "\n".join(why_lines(answer.explanation, answer.intent)),
        },
        "w",
    )
    vote = fit_value({"q": clip(answer.question, 500), "i": answer.intent}, "q")
    elements = [
        button(msg.WHY_BUTTON, WHY, why),
        button(msg.THUMBS_UP, f"{FEEDBACK}:up", vote),
        button(msg.THUMBS_DOWN, f"{FEEDBACK}:down", vote),
    ]
    if start_over:
        elements.append(button(msg.START_OVER_BUTTON, START_OVER, clip(json.dumps({"t": start_over}), MAX_VALUE)))
    blocks.append({"type": "actions", "block_id": "sobot_meta", "elements": elements})
    return blocks


def links_block(links: Sequence[Link]) -> Block | None:
    if not links:
        return None
    return context(*(f"{msg.DOCS} {link(item)}" for item in links[:MAX_CONTEXT]))


def trim(body: list[Block], budget: int, links: Sequence[Link]) -> list[Block]:
    """Keep the body within `budget` blocks; when cut, say so and point at the first link."""
    if len(body) <= budget:
        return body
    note = msg.trimmed(link(links[0])) if links else msg.TRIMMED_NO_LINK
    return [*body[: max(0, budget - 1)], context(note)]


def render_answer(answer: Answer, *, tables: bool = True, asked_by: str | None = None,
                  start_over: str | None = None) -> Message:
    """The Block Kit message for an answer: verdict first, facts, sections, matrix, links, buttons
    (with "Start over" for the conversation `start_over`, when given)."""
    head: list[Block] = []
    if asked_by:
        head.append(context(msg.asked_by(asked_by, escape(clip(answer.question, 500)))))
    head.append(section(f"*{escape(answer.verdict.strip())}*"))
    facts = facts_block(answer)
    if facts is not None:
        head.append(facts)
    body = [section(text) for part in answer.sections for text in chunk(section_lines(part))]
    if shows_table(answer):
        body.extend(table_blocks(answer.items, tables))
    links = links_block(answer.links)
    tail = ([links] if links else []) + action_blocks(answer, start_over)
    body = trim(body, MAX_BLOCKS - len(head) - len(tail), answer.links)
    return Message(text=fallback_text(answer), blocks=[*head, *body, *tail])


def fallback_text(answer: Answer) -> str:
    """The plain `text` of the message: what notifications and screen readers get."""
    lines = [escape(answer.verdict)]
    if len(answer.items) == 1:
        item = answer.items[0]
        lines.append(f"{msg.ONSITE}: {markdown.yes_no(item.onsite)} · {msg.ONLINE}: {markdown.yes_no(item.online)}")
    for part in answer.sections:
        lines.extend(section_lines(part))
    if shows_table(answer):
        lines.extend(["```", *(escape(x) for x in monospace_table(answer.items)), "```"])
    lines.extend(f"{escape(item.title)}: {item.url}" for item in answer.links)
    return clip("\n".join(lines), MAX_TEXT)


# --- the other surfaces ----------------------------------------------------------------------


def example_buttons(examples: Sequence[str], prefix: str) -> list[Block]:
    shown = [e for e in examples if e.strip()][:MAX_EXAMPLES]
    if not shown:
        return []
    elements = [button(e, f"{ASK}:{prefix}{n}", clip(e, MAX_VALUE)) for n, e in enumerate(shown)]
    return [{"type": "actions", "block_id": f"sobot_examples_{prefix}", "elements": elements}]


def render_help(examples: Sequence[str]) -> Message:
    """What to ask and how, with example questions as buttons."""
    blocks = [section(f"*{msg.HELP_TITLE}*\n{escape(msg.HELP_INTRO)}")]
    if examples:
        blocks.append(context(msg.EXAMPLES_TITLE))
        blocks.extend(example_buttons(examples, "help"))
    return Message(text=escape(msg.HELP_INTRO), blocks=blocks)


def render_why(value: dict[str, Any]) -> Message:
    """The ephemeral explanation behind an answer, from its "Why this answer?" button value."""
    lines = [str(line) for line in str(value.get("w", "")).splitlines() if line]
    if not lines:
        return Message(text=msg.WHY_UNAVAILABLE, blocks=[section(msg.WHY_UNAVAILABLE)])
    shown = [f"*{msg.WHY_TITLE}*", msg.why_question(escape(str(value.get("q", "")))),
             *(f"• {escape(line)}" for line in lines)]
    texts = chunk(shown)
    return Message(text=clip("\n".join(shown), MAX_TEXT), blocks=[section(t) for t in texts][:MAX_BLOCKS])


def render_apology() -> Message:
    return Message(text=escape(msg.APOLOGY), blocks=[section(escape(msg.APOLOGY))])


def option(label: str, value: str) -> Block:
    return {"text": plain(label), "value": value}


def profile_selects(profile: Profile) -> Block:
    """Environment and client pickers; "any" clears the preference."""
    envs = [option(msg.ANY_LABEL, "any")] + [option(msg.ENV_LABELS[e.value], e.value) for e in Env]
    clients = [option(msg.ANY_LABEL, "any")] + [option(c.value, c.value) for c in Client]
    env_now = profile.env.value if profile.env else "any"
    client_now = profile.client.value if profile.client else "any"
    return {
        "type": "actions",
        "block_id": "sobot_profile",
        "elements": [
            _select(ENV_SELECT, msg.ENV_LABEL, envs, env_now),
            _select(CLIENT_SELECT, msg.CLIENT_LABEL, clients, client_now),
        ],
    }


def _select(action_id: str, label: str, options: list[Block], current: str) -> Block:
    initial = next(o for o in options if o["value"] == current)
    return {
        "type": "static_select",
        "action_id": action_id,
        "placeholder": plain(label),
        "options": options,
        "initial_option": initial,
    }


def render_home(
    profile: Profile, *, knowledge: Sequence[tuple[str, Sequence[str]]], examples: Sequence[str]
) -> Block:
    """The App Home tab: how to ask, example buttons, what the bot knows, the user's profile."""
    blocks: list[Block] = [
        {"type": "header", "text": plain(msg.HOME_TITLE, 150)},
        section(escape(msg.HELP_INTRO)),
        context(msg.EXAMPLES_TITLE),
        *example_buttons(examples, "home"),
        {"type": "divider"},
        section(f"*{msg.HOME_PROFILE}*\n{escape(msg.HOME_PROFILE_HINT)}"),
        profile_selects(profile),
        {"type": "divider"},
    ]
    lines = [f"*{msg.HOME_KNOWS}*"] + [
        msg.home_knows_line(escape(level), escape(", ".join(names)))
        for level, names in knowledge
    ]
    blocks.extend(section(text) for text in chunk(lines))
    return {"type": "home", "blocks": blocks[:MAX_HOME_BLOCKS]}

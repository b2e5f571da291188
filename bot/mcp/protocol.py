"""The ask protocol's answer object as a pydantic model: the output schema every sobot tool publishes.

`bot.render.json.to_dict` builds the object; this only describes it, so an assistant
knows the fields and the SDK (and its client) check every result against it.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from bot.mcp.messages import ANSWER_FIELDS as A
from bot.mcp.messages import ITEM_FIELDS as I


class ProtocolItem(BaseModel):
    """One capability-matrix row."""

    name: str = Field(description=I["name"])
    level: str = Field(description=I["level"])
    clients: list[str] = Field(description=I["clients"])
    onsite: bool = Field(description=I["onsite"])
    online: bool = Field(description=I["online"])
    url: str = Field(description=I["url"])


class ProtocolLink(BaseModel):
    """A documentation page."""

    title: str
    url: str


class ProtocolAnswer(BaseModel):
    """sobot's answer: the ask protocol's object (what `sobot ask --json` prints)."""

    text: str = Field(description=A["text"])
    intent: str = Field(description=A["intent"])
    confidence: float = Field(ge=0, le=1, description=A["confidence"])
    fallback: bool = Field(description=A["fallback"])
    platform: str | None = Field(description=A["platform"])
    items: list[ProtocolItem] = Field(description=A["items"])
    answer: str = Field(description=A["answer"])
    links: list[ProtocolLink] = Field(description=A["links"])
    suggestions: list[str] = Field(description=A["suggestions"])

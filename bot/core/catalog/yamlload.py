"""YAML loading that remembers line numbers, so errors can name them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from bot.core.errors import DataError


class LineDict(dict[str, Any]):
    """A mapping that knows the line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list[Any]):
    """A sequence that knows the line of itself and of each element."""

    line: int = 0
    item_lines: list[int]


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same marks, much faster


_STR = "tag:yaml.org,2002:str"


class _Loader(_Base):  # type: ignore[valid-type,misc]
    def construct_value(self, node: yaml.Node) -> Any:
        """A plain string is its text, as PyYAML's own constructor makes it, without its bookkeeping (most
        of the knowledge is strings: a large matrix loads in about two thirds of the time); anything else
        is constructed as PyYAML does."""
        if node.tag == _STR and isinstance(node, yaml.ScalarNode):
            return node.value
        return self.construct_object(node, deep=True)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_value(key_node)
            if not isinstance(key, str):
                raise DataError(
                    self.name, key_node.start_mark.line + 1, f"key {key!r} is not text", "quote the key"
                )
            if key in result:
                raise DataError(
                    self.name, key_node.start_mark.line + 1, f"duplicate key {key!r}", "keep one of them"
                )
            result[key] = self.construct_value(value_node)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LineList:
        result = LineList(self.construct_value(child) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result


# YAML 1.2 booleans: only true/false. Words such as "no", "on" and "off" stay text, so a
# list of words (negations, stop words) never turns into booleans.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_sequence)


def load_yaml(path: Path, label: str | None = None) -> Any:
    """Parse one YAML file; syntax errors become a DataError with file and line."""
    name = label or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(name, None, f"cannot read the file ({exc.strerror})", "check the path") from exc
    loader = _Loader(text)
    loader.name = name
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = f"not valid YAML: {exc.problem or exc.context}"
        raise DataError(name, line, problem, "fix the YAML syntax on that line") from exc
    except yaml.YAMLError as exc:
        raise DataError(name, None, f"not valid YAML: {exc}", "fix the YAML syntax") from exc
    finally:
        loader.dispose()


def line_of(data: Any, loc: tuple[int | str, ...]) -> int | None:
    """The line of the deepest element of `loc` that the parsed YAML knows."""
    line: int | None = getattr(data, "line", None)
    node = data
    for part in loc:
        if isinstance(node, LineDict) and isinstance(part, str) and part in node:
            line = node.key_lines.get(part, line)
            node = node[part]
        elif isinstance(node, LineList) and isinstance(part, int) and 0 <= part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            break
        line = getattr(node, "line", None) or line
    return line

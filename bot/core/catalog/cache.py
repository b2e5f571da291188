"""The compiled knowledge: a validated catalog and what the engine derives from it, kept between starts.

Validating data/ and intents/ (YAML, pydantic) and deriving the lexicons, the example
representations and the retrieval indexes is most of a start, and depends only on those files
and on sobot's code. So after a successful validation the engine's matcher (which holds the
catalog) is pickled into the cache directory (`bot.core.paths.cache_dir`), one file per pair of
knowledge folders, and the next start whose files, code and version are the same unpickles it:

    key  = blake2b(FORMAT, sobot's version, Python's, the source of bot/core, the folders' names,
                   the name and bytes of every file in data/ and intents/)
    file = MAGIC | key (32 bytes) | payload length (8) | blake2b of the payload (32) | pickle (protocol 5)

Only a file of ours is unpickled: the directory is the user's and 0700, the file the user's and
0600 (not a link), and its header names the key sought, the length and a checksum the payload
matches. Anything else (another key, a truncated or corrupt file, another owner or mode) is no
cache: the caller loads and validates in full and writes a fresh file, to a temporary file of its
own renamed over the old one, so two processes starting at once never leave half a file.
A catalog is written only when the files still hash to what they were before it was read (`mark`),
so a file edited during a validation is never cached under the wrong key.
"""

from __future__ import annotations

import gc
import os
import pickle
import stat
import struct
import sys
from pathlib import Path
from typing import Any

from bot.core.paths import PACKAGE, cache_dir
from bot.core.version import __version__

try:  # hashlib's own blake2b, without hashlib loading OpenSSL first (a few ms of every start)
    from _blake2 import blake2b
except ImportError:  # a Python without the module: the same function through hashlib
    from hashlib import blake2b

FORMAT = 1  # raise when the layout of the file or of what is pickled changes in a way the code hash misses
MAGIC = b"sobotkc\x01"
DIGEST = 32
HEADER = struct.Struct(f"<8s{DIGEST}sQ{DIGEST}s")
PREFIX = "engine-"
SUFFIX = ".pickle"
CODE = PACKAGE / "core"  # the classes pickled and the code that derives them: a change there is a new key
DIR_MODE = 0o700
FILE_MODE = 0o600
_MARK = "_compiled_from"  # set on a catalog by `mark`; dataclasses.replace() makes an unmarked copy


def _warn(text: str, *args: object) -> None:
    import logging  # only when something is wrong: a start from the cache does without it

    logging.getLogger(__name__).warning(text, *args)


def key(data_dir: Path, intents_dir: Path) -> bytes:
    """The key of the knowledge in these folders as the files are now, for this sobot and this Python."""
    digest = blake2b(digest_size=DIGEST)
    head = [str(FORMAT), __version__, sys.version, str(data_dir), str(intents_dir),
            os.path.abspath(data_dir), os.path.abspath(intents_dir)]
    digest.update("\0".join(head).encode("utf-8", "surrogateescape"))
    _hash_tree(digest, CODE, ".py")
    _hash_tree(digest, Path(data_dir), "")
    _hash_tree(digest, Path(intents_dir), "")
    return digest.digest()


def _hash_tree(digest: Any, root: Path, suffix: str) -> None:
    """Every file under `root` (ending in `suffix`) by its relative name, size and bytes, in a fixed order."""
    digest.update(b"\0tree\0" + os.fsencode(root))
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if not name.endswith(suffix):
                continue
            path = os.path.join(folder, name)
            try:
                with open(path, "rb") as handle:
                    data = handle.read()
            except OSError:  # unreadable now: the load will say so; the key still differs from a readable one
                data = b"\0unreadable"
            relative = os.fsencode(os.path.relpath(path, root))
            digest.update(struct.pack("<QQ", len(relative), len(data)) + relative)
            digest.update(data)


def file_for(data_dir: Path, intents_dir: Path) -> Path:
    """The cache file of one pair of knowledge folders."""
    where = f"{os.path.abspath(data_dir)}\0{os.path.abspath(intents_dir)}".encode("utf-8", "surrogateescape")
    return cache_dir() / f"{PREFIX}{blake2b(where, digest_size=8).hexdigest()}{SUFFIX}"


def mark(catalog: Any, source: bytes) -> None:
    """Remember the key of the files a catalog was read from (before reading them)."""
    object.__setattr__(catalog, _MARK, source)


def read(data_dir: Path, intents_dir: Path) -> Any | None:
    """What was compiled for these folders as they are now, or None (no file, another key, not ours, damaged)."""
    path = file_for(data_dir, intents_dir)
    if not _private_dir(path.parent, create=False):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not _private(info, stat.S_ISREG):
            _warn("Ignoring the knowledge cache %s: not a private file of this user", path)
            return None
        data = handle.read()
    if len(data) < HEADER.size:
        return None
    magic, found, length, checksum = HEADER.unpack_from(data)
    payload = memoryview(data)[HEADER.size:]
    if magic != MAGIC or found != key(data_dir, intents_dir) or length != len(payload):
        return None
    if blake2b(payload, digest_size=DIGEST).digest() != checksum:
        return None
    collecting = gc.isenabled()
    gc.disable()  # a hundred thousand new objects, none of them garbage: no collection while they arrive
    try:
        return pickle.loads(payload)
    except Exception as error:  # written by us with this key, so only a bug lands here: rebuild, say why
        _warn("Ignoring the knowledge cache %s: %s", path, error)
        return None
    finally:
        if collecting:
            gc.enable()


def write(catalog: Any, compiled: Any) -> bool:
    """Keep `compiled` for the next start when `catalog` was read from the files as they still are.

    Never raises: a cache that cannot be written only means the next start validates again."""
    source = getattr(catalog, _MARK, None)
    if source is None or source != key(catalog.data_dir, catalog.intents_dir):
        return False  # a catalog made in memory, or files edited while they were read
    path = file_for(catalog.data_dir, catalog.intents_dir)
    try:
        payload = pickle.dumps(compiled, protocol=5)
        header = HEADER.pack(MAGIC, source, len(payload), blake2b(payload, digest_size=DIGEST).digest())
        if not _private_dir(path.parent, create=True):
            _warn("Not writing the knowledge cache: %s is not a private folder of this user", path.parent)
            return False
        _replace(path, header, payload)
    except Exception as error:  # pickling or disk trouble must never stop sobot from answering
        _warn("Could not write the knowledge cache %s: %s", path, error)
        return False
    return True


def _replace(path: Path, header: bytes, payload: bytes) -> None:
    """Write a fresh 0600 temporary file beside `path`, then rename it over `path` (atomic)."""
    import tempfile

    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            os.fchmod(out.fileno(), FILE_MODE)
            out.write(header)
            out.write(payload)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _owner_ok(info: os.stat_result) -> bool:
    getuid = getattr(os, "getuid", None)
    return getuid is None or info.st_uid == getuid()


def _private(info: os.stat_result, kind: Any) -> bool:
    return bool(kind(info.st_mode)) and _owner_ok(info) and not info.st_mode & 0o077


def _private_dir(folder: Path, create: bool) -> bool:
    """True when `folder` is a directory of this user that only they can use (made so, or made, if `create`)."""
    try:
        if create:
            folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        info = os.stat(folder)
        if create and stat.S_ISDIR(info.st_mode) and _owner_ok(info) and info.st_mode & 0o077:
            os.chmod(folder, DIR_MODE)
            info = os.stat(folder)
    except OSError:
        return False
    return _private(info, stat.S_ISDIR)


def files() -> list[Path]:
    """The cache files in the cache directory (one per pair of knowledge folders used)."""
    return sorted(cache_dir().glob(f"{PREFIX}*{SUFFIX}"))


def clear() -> list[Path]:
    """Delete every cache file (and leftover temporary file) in the cache directory; returns what was deleted."""
    gone = [*files(), *sorted(cache_dir().glob(f".{PREFIX}*.tmp"))]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone

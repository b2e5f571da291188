"""Every sentence the stores log or report, in one place."""

from __future__ import annotations

from pathlib import Path


def profiles_not_saved(path: Path, error: object) -> str:
    return f"Could not save profiles to {path} ({error}); the profile is kept in memory and saved with the next write"


def profiles_damaged(path: Path, aside: Path, error: object) -> str:
    return f"{path} was not a JSON object of profiles ({error}); kept it as {aside} and started a new file"


def redis_down(where: str, error: object) -> str:
    return (f"Redis at {where} is unreachable ({error}); answering from this process's memory "
            "(thread context, seen requests, profiles and feedback) until it is back")


def redis_back(where: str) -> str:
    return f"Redis at {where} is reachable again; shared state resumed"


def redis_degraded(where: str) -> str:
    """The reason /healthz gives while Redis is down."""
    return f"redis unreachable at {where}; answering from local memory"


def redis_url_invalid(error: object) -> str:
    return (f"REDIS_URL cannot be used: {error}. Write it as redis://HOST:6379/0 "
            "(rediss:// for TLS, redis://:PASSWORD@HOST:6379/0 with a password), or leave it empty "
            "to keep state in this process")

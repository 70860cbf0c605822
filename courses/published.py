"""What every reader is shown alike, kept in the cache until something published changes: the
catalogue's courses and branch sections, and each module's rendered lesson (courses.lessons).

Every key carries the current generation. Any publishing, unpublishing, moving or deleting of a
page, any change to an image, a document or a branch starts a new one (courses.receivers), so
nothing is read stale from a cache that the changing process shares. With a cache per process
(the default, LocMemCache) a change reaches only the process that made it; the entries expire
after `PUBLISHED_CACHE_SECONDS` anyway, and several servers share a Redis cache (README,
"Running in production")."""

import time
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.utils.translation import get_language

PUBLISHED_CACHE_SECONDS = 60 * 60
_GENERATION_KEY = "published-generation"


def published_cached(parts: tuple, compute: Callable[[], Any]) -> Any:
    """`compute()`, kept under a key made of `parts`, the language and the generation."""
    # A generation is a time, not a count, so one that the cache has dropped and a reader has
    # started again is new too.
    generation = cache.get_or_set(_GENERATION_KEY, time.time_ns, timeout=None)
    key = ":".join(["published", str(generation), get_language() or "", *map(str, parts)])
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, PUBLISHED_CACHE_SECONDS)
    return value


def published_generation_bump() -> None:
    """Everything kept here is computed afresh on its next reading."""
    cache.set(_GENERATION_KEY, time.time_ns(), timeout=None)

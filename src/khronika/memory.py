"""Giving freed memory back to the system, so a worker's RSS is what it holds, not what it once held."""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name) if name else None


def release_memory() -> None:
    """Return free heap pages to the system (glibc's ``malloc_trim``); a no-op elsewhere."""
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None)
    if trim is not None:  # glibc only: musl and macOS have no malloc_trim
        trim(0)

"""Defaults that apply to every article read from one command's inputs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadOptions:
    published: str | None = None  # --published, for inputs that carry no date
    source: str | None = None  # --source, for inputs that name no source

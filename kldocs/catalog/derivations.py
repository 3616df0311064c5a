"""Justifications of derivation steps, by key, in English and Korean."""

EN: dict[str, str] = {}

KO: dict[str, str] = {}

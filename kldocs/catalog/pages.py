"""Words of the pages and the command line (not of derivation steps)."""

EN: dict[str, str] = {
    "unit.nats": "nats",
    "unit.bits": "bits",
    "unit.bans": "bans",
}

KO: dict[str, str] = {
    "unit.nats": "내트",
    "unit.bits": "비트",
    "unit.bans": "반",
}

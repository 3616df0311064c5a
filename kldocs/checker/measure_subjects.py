r"""The measure a sentence is about, named as its subject: "KL divergence", "cross-entropy", "√JSD".

:data:`SUBJECT` finds the name (the readers of properties build their patterns on it) and
:func:`subject_measure` says which measure it names.

>>> import re
>>> found = re.search(SUBJECT, "The Jensen-Shannon distance is a metric.", re.IGNORECASE)
>>> found["subject"], subject_measure(found["subject"])
('Jensen-Shannon distance', 'js_distance')
"""

from __future__ import annotations

import re

#: A dash or space between the parts of a name: "Kullback-Leibler", "Jensen–Shannon", "cross entropy".
DASH = "[-‐–— ]"
#: "divergence" as written, also misspelt: "divergance", "divergense", "diversion".
_DIVERGENCE = r"(?:diverg[ae]n[cs]e|diversion)"
#: The measure a property sentence is about, as its subject (group ``subject``): "KL divergence", "the
#: Jensen-Shannon distance", "cross-entropy", "the square root of the JSD", "√JSD".
SUBJECT = (
    # the square root of the JSD, maybe named again between commas: the Jensen-Shannon distance
    r"(?P<subject>(?:the\s+)?square\s+root\s+of\s+(?:the\s+)?(?:Jensen" + DASH + r"Shannon\s+divergence|JSD)"
    r"(?:\s*\(JSD\))?(?:,\s+[^,.;:!?\n]{1,40},)?|"
    # the same written as a root sign: "√JSD", "\sqrt{JSD}", "sqrt(JSD)"
    r"(?:√|\\sqrt\s*\{|sqrt\s*\()\s*(?:Jensen" + DASH + r"Shannon\s+divergence|JSD?(?:\s+divergence)?)\s*[)}]?|"
    r"(?:KLD|KL|Kullback"
    + DASH
    + r"Leibler(?:\s+\(KL\))?|relative\s+entropy|cross"
    + DASH
    + r"?entropy|Jensen"
    + DASH
    + r"Shannon(?:\s+\(JS\))?|JSD|JS|Jeffreys)(?:"
    + DASH
    + _DIVERGENCE
    + r"|\s+"
    + _DIVERGENCE
    + r"|\s+distance)?(?:\s+\((?:KLD?|JSD?)\))?)"
)


def subject_measure(subject: str) -> str:
    """The measure a subject :data:`SUBJECT` found names: ``kl``, ``cross_entropy``, ``jsd``, ``js_distance``,
    ``jeffreys``, ``entropy`` or ``mutual_information``."""
    lowered = re.sub(r"\s*\([a-z]{2,3}\)$", "", subject.lower())  # "Jensen-Shannon distance (JSD)"
    if "mutual" in lowered or lowered == "mi":
        return "mutual_information"
    if "square" in lowered or lowered.startswith(("√", "\\sqrt", "sqrt")):
        return "js_distance"
    if "jensen" in lowered or lowered.startswith("js"):
        return "js_distance" if lowered.endswith("distance") else "jsd"
    if "cross" in lowered:
        return "cross_entropy"
    if "jeffreys" in lowered:
        return "jeffreys"
    if lowered.endswith("entropy") and "relative" not in lowered:
        return "entropy"
    return "kl"

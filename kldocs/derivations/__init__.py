"""Derivations layer: every identity as a chain of SymPy-checked steps.

A derivation is data (:class:`Derivation`, a tuple of :class:`Step`) that
templates render and :func:`verify` checks; what a step shows is printed
from the expression that is checked. The named identities live in
:mod:`kldocs.derivations.registry`; worked instances for a user's P and Q
in :mod:`kldocs.derivations.instance`.

This package imports SymPy; nothing outside it imports this package at
start-up (the ``compute`` path stays free of SymPy).
"""

from kldocs.derivations.instance import (
    cross_entropy_instance,
    decomposition_instance,
    entropy_instance,
    jsd_instance,
    kl_instance,
)
from kldocs.derivations.registry import all_derivations, get, names
from kldocs.derivations.steps import GENERAL, Derivation, Row, Scope, Step, StepCheck, Verification
from kldocs.derivations.verify import verify

__all__ = [
    "GENERAL",
    "Derivation",
    "Row",
    "Scope",
    "Step",
    "StepCheck",
    "Verification",
    "all_derivations",
    "cross_entropy_instance",
    "decomposition_instance",
    "entropy_instance",
    "get",
    "jsd_instance",
    "kl_instance",
    "names",
    "verify",
]

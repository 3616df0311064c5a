"""Hypothesis strategies for family parameters: hand-sized exact fractions in each parameter's range."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import strategies as st

#: A rate or a standard deviation.
POSITIVE = st.fractions(min_value=Fraction(1, 5), max_value=5, max_denominator=12)
#: A mean or an end of an interval.
REAL = st.fractions(min_value=-3, max_value=3, max_denominator=12)
#: A probability strictly between 0 and 1.
UNIT = st.fractions(min_value=Fraction(1, 20), max_value=Fraction(19, 20), max_denominator=30)

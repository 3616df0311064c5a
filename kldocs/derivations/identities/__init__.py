"""The named identities, one module per idea; each exposes ``derivation()`` (or several)."""

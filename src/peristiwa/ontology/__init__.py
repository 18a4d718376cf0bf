"""Event ontologies: CAMEO codes with Goldstein scores, PLOVER types and quad classes."""

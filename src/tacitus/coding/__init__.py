"""Event typing: triggers and the explicit crosswalk between PLOVER, ACLED and CAMEO."""

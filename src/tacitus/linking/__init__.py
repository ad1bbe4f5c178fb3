"""Argument linking: attach dates, places, actors, counts and sources to each trigger."""

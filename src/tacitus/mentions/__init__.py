"""Mention finders: dates, datelines, attribution, modality, quantities and counts."""

"""Event assembly: merge frames that tell one real-world event, and build event records."""

"""Tables of tricky sentences for dates, counts and claims, run end to end."""

"""Care widgets: treatments, the gentle-escalation banner."""

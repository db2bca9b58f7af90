"""Engine and session handling."""

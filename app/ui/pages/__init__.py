"""The pages of an open case, one a tab."""

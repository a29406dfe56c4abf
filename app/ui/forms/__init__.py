"""The forms that add and change records; each is a `RecordForm`."""

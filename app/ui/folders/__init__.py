"""Several people, one PC account: each keeps their own data folder. Another data folder is
opened by starting the program again on it (`switching`), and the folders opened lately are
listed by their paths alone (`recent`)."""

"""State that outlives one message, on disk or in Redis: private files, logs and shared stores for the faces."""

"""The Slack face: slack-bolt listeners, Block Kit rendering, settings and stores."""

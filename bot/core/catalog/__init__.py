"""The knowledge: schema, YAML loading and validation of data/ and intents/."""

"""sobot: which SuperOffice extensibility point or API fits your platform and environment."""

"""Understanding: text normalisation, lexicons, retrieval and intent ranking."""

"""Text analysis: language, sentences, tokens, Indonesian morphology."""

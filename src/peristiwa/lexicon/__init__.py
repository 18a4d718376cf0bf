"""Knowledge as reviewed data files (`lexicon/data/<lang>/`), validated and compiled into matchers."""

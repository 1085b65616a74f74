"""Corpora for testing jiaohe: gold annotations of the seeds, a sample report, and the
planted-error generator (:mod:`corpora.planted`)."""

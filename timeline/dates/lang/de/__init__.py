"""German: CLDR's month and weekday names and the other word tables (``vocabulary``), the
building blocks of its patterns (``patterns``), tense cues (``cues``), vetoes (``vetoes``),
its words as the shared normalizations read them (``normalize``), the rule records with
their examples (``rules``: ``PACK``), and the words of running text (``text``: ``TEXT``)."""

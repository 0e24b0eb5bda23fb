"""English: the vocabulary (``vocabulary``), the building blocks of its patterns
(``patterns``), tense cues (``cues``), vetoes (``vetoes``), the shared normalizations over
its words (``normalize``), the rule records with their examples (``rules``: ``PACK``), and the
words of running text the other stages read (``text``: ``TEXT``)."""

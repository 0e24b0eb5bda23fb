"""English: the vocabulary (``vocabulary``), the building blocks of its patterns
(``patterns``), tense cues (``cues``), vetoes (``vetoes``), normalizations (``normalize``)
and the rule records with their examples (``rules``)."""

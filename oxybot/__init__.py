"""oxybot: bilingual, cited answers about breastfeeding and oxytocin massage."""

__version__ = "0.1.0"

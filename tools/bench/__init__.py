"""Province-scale benchmark of Task Oversight (``make bench``); see ``__main__.py``."""

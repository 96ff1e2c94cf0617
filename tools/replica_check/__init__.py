"""Odoo with a streaming replica, tried for real (``make replica-check``); see ``__main__.py``."""

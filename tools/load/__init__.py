"""The 25th under load (``make load``): see __main__.py."""

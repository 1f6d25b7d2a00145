# config is only partly run when it imports this module: DEBUG comes later.
import config

LEVEL = 2 if config.DEBUG else 1  # error: partially initialized

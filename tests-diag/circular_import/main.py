# An import cycle in which a module reads a name of the other before it is assigned.
import config

print(config.DEBUG)

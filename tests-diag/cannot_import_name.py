# A name that the imported module does not define.

from math import sqrt, cube_root  # error: cannot import name .cube_root.|has no attribute

# Importing a module that exists nowhere (neither next to the program nor in the library).

import geometry_helpers  # error: no module named .geometry_helpers.

print(geometry_helpers.area(2))

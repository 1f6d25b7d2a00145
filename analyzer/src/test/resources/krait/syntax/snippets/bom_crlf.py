x = "bom é"
y = 1

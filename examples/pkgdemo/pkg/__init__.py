print("loading pkg")
VERSION = "1.0"

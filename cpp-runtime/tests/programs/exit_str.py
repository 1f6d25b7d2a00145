import sys
print("out")
sys.exit("boom")

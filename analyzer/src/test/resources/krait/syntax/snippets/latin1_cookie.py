# -*- coding: latin-1 -*-
s = "café"
b = "ÿþ"

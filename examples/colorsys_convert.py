# colorsys: conversions between RGB, HSV, HLS and YIQ with CPython's formulas (floats, and
# rgb_to_hsv of ints, whose v stays an int).
import colorsys

colors = [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.9, 0.6, 0.1), (0.25, 0.5, 0.75)]
for r, g, b in colors:
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    print((r, g, b), (h, s, v), colorsys.hsv_to_rgb(h, s, v))
    hl = colorsys.rgb_to_hls(r, g, b)
    print("  hls", hl, colorsys.hls_to_rgb(hl[0], hl[1], hl[2]))
    y = colorsys.rgb_to_yiq(r, g, b)
    print("  yiq", y, colorsys.yiq_to_rgb(y[0], y[1], y[2]))
print(colorsys.rgb_to_hsv(255, 128, 0), colorsys.rgb_to_hsv(7, 7, 7), colorsys.rgb_to_hls(1, 0, 0), colorsys.hls_to_rgb(0.2, 0.5, 0))
for i in range(12):
    r, g, b = colorsys.hsv_to_rgb(i / 12, 0.75, 0.9)
    print(f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}", end=" ")
print()
print(colorsys.yiq_to_rgb(2.0, 1.0, -1.0), colorsys.hsv_to_rgb(1.0, 1.0, 1.0), colorsys.hsv_to_rgb(-0.25, 0.5, 0.5))

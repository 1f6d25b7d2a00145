"""The colorsys module as Krait implements it (cpp-runtime/include/krait/colorsys_module.h):
Lib/colorsys.py's formulas. Where CPython would return an int argument itself (rgb_to_hsv of
mixed ints and floats, hsv_to_rgb with an int v, hls_to_rgb with an int l and s == 0) the call
raises NotImplementedError."""


@cpp("krait::colorsys::rgb_to_yiq")
def rgb_to_yiq(r: float, g: float, b: float) -> tuple[float, float, float]: ...


@cpp("krait::colorsys::yiq_to_rgb")
def yiq_to_rgb(y: float, i: float, q: float) -> tuple[float, float, float]: ...


@cpp("krait::colorsys::rgb_to_hls")
def rgb_to_hls(r: float, g: float, b: float) -> tuple[float, float, float]: ...


@cpp("krait::colorsys::hls_to_rgb")
def hls_to_rgb(h: float, l: float, s: float) -> tuple[float, float, float]: ...


@cpp("krait::colorsys::hsv_to_rgb")
def hsv_to_rgb(h: float, s: float, v: float) -> tuple[float, float, float]: ...


@cpp("krait::colorsys::rgb_to_hsv_int")
def rgb_to_hsv(r: int, g: int, b: int) -> tuple[float, float, int]: ...
@cpp("krait::colorsys::rgb_to_hsv")
def rgb_to_hsv(r: float, g: float, b: float) -> tuple[float, float, float]: ...

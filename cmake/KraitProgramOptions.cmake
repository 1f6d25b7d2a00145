# The compile options of a generated program, in one place: krait_add_program compiles programs
# with them, and the runtime build precompiles <krait/runtime.h> with them. g++ uses a
# precompiled header only when the options match the ones it was made with, so the two must
# not drift apart. Safe to include twice.
set(KRAIT_PROGRAM_COMPILE_OPTIONS -O2 -fno-plt)

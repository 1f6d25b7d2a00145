# Runs a test program and its Python original with python3 (the oracle), and
# requires identical stdout, exit status, and last stderr line.
# -DPROGRAM=<exe> -DSCRIPT=<.py> -DPYTHON=<python3>
execute_process(COMMAND ${PROGRAM} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
get_filename_component(dir "${SCRIPT}" DIRECTORY)
get_filename_component(name "${SCRIPT}" NAME)
execute_process(COMMAND ${PYTHON} ${name} WORKING_DIRECTORY ${dir}
                RESULT_VARIABLE py_rc OUTPUT_VARIABLE py_out ERROR_VARIABLE py_err)
string(REGEX REPLACE "\n$" "" err_trim "${err}")
string(REGEX REPLACE "\n$" "" py_err_trim "${py_err}")
string(REGEX REPLACE ".*\n" "" err_last "${err_trim}")
string(REGEX REPLACE ".*\n" "" py_err_last "${py_err_trim}")
if(NOT out STREQUAL py_out)
  message(FATAL_ERROR "stdout differs:\n--- krait\n${out}\n--- python\n${py_out}")
endif()
if(NOT rc STREQUAL py_rc)
  message(FATAL_ERROR "exit status ${rc}, python ${py_rc}")
endif()
if(NOT err_last STREQUAL py_err_last)
  message(FATAL_ERROR "stderr last line differs:\n  krait: ${err_last}\n  python: ${py_err_last}")
endif()
if(py_err MATCHES "^Traceback" AND NOT err MATCHES "^Traceback \\(most recent call last\\):\n  File \"${name}\", line \\?, in <module>\n")
  message(FATAL_ERROR "traceback header differs:\n${err}")
endif()

# KraitRuntime.cmake -- included by every project that Krait generates.
#
# Inputs (set before include()):
#   KRAIT_HOME         root of the Krait tree (contains cpp-runtime/ and cmake/).
#                      Defaults to the parent of this file's directory.
#   KRAIT_RUNTIME_DIR  optional: a prebuilt, cached build directory of
#                      cpp-runtime/ containing libkrait_runtime.a. Without it
#                      the runtime is built as a subproject of the program.
#
# Defines:
#   krait::runtime                      INTERFACE target: headers, library,
#                                       Boehm GC, C++17, -ffp-contract=off.
#   krait_add_program(name src...)      an executable linked to krait::runtime.
#
# Typical generated CMakeLists.txt:
#   cmake_minimum_required(VERSION 3.16)
#   project(hello CXX)
#   set(KRAIT_HOME /path/to/krait)
#   include(${KRAIT_HOME}/cmake/KraitRuntime.cmake)
#   krait_add_program(hello hello.cpp)
include_guard(GLOBAL)

if(NOT KRAIT_HOME)
  get_filename_component(KRAIT_HOME "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
endif()
set(KRAIT_RUNTIME_SOURCE_DIR "${KRAIT_HOME}/cpp-runtime")

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE Release CACHE STRING "Build type" FORCE)
endif()

include(${CMAKE_CURRENT_LIST_DIR}/KraitSystemLibraries.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/KraitProgramOptions.cmake)

add_library(krait_runtime_iface INTERFACE)
add_library(krait::runtime ALIAS krait_runtime_iface)

if(KRAIT_RUNTIME_DIR)
  # Prebuilt runtime: import the archive.
  set(_krait_lib "${KRAIT_RUNTIME_DIR}/libkrait_runtime.a")
  if(NOT EXISTS "${_krait_lib}")
    message(FATAL_ERROR "Krait: KRAIT_RUNTIME_DIR=${KRAIT_RUNTIME_DIR} has no libkrait_runtime.a")
  endif()
  add_library(krait_runtime_prebuilt STATIC IMPORTED)
  set_target_properties(krait_runtime_prebuilt PROPERTIES IMPORTED_LOCATION "${_krait_lib}")
  target_include_directories(krait_runtime_iface INTERFACE "${KRAIT_RUNTIME_SOURCE_DIR}/include")
  target_link_libraries(krait_runtime_iface INTERFACE krait_runtime_prebuilt krait::gc krait::pcre2)
  target_compile_features(krait_runtime_iface INTERFACE cxx_std_17)
  target_compile_options(krait_runtime_iface INTERFACE -ffp-contract=off)
  # The runtime's headers, precompiled with the program options (see cpp-runtime/CMakeLists.txt):
  # g++ reads krait_pch.h.gch instead of parsing the headers, about two thirds of a program's
  # compile time. Without a usable .gch it includes krait_pch.h, the plain header, and says why
  # in the build log (-Winvalid-pch).
  if(EXISTS "${KRAIT_RUNTIME_DIR}/pch/krait_pch.h")
    target_compile_options(krait_runtime_iface INTERFACE
      -include "${KRAIT_RUNTIME_DIR}/pch/krait_pch.h" -Winvalid-pch)
  endif()
else()
  # Build the runtime as part of this project (no tests).
  set(KRAIT_RUNTIME_TESTS OFF CACHE BOOL "" FORCE)
  add_subdirectory("${KRAIT_RUNTIME_SOURCE_DIR}" "${CMAKE_BINARY_DIR}/krait-runtime")
  target_link_libraries(krait_runtime_iface INTERFACE krait_runtime)
endif()

# krait_add_program(<name> <source>...): an optimised executable of a
# translated Python program.
function(krait_add_program name)
  add_executable(${name} ${ARGN})
  target_link_libraries(${name} PRIVATE krait::runtime)
  set_target_properties(${name} PROPERTIES CXX_EXTENSIONS OFF)
  target_compile_options(${name} PRIVATE ${KRAIT_PROGRAM_COMPILE_OPTIONS})
  # Loading and relocating libstdc++.so (and libgc.so, see KraitSystemLibraries.cmake) was
  # 40% of a hello world's start-up (1.5 -> 0.9 ms task-clock); the static copies bring in
  # only what the program uses.
  target_link_options(${name} PRIVATE -static-libstdc++ -static-libgcc)
endfunction()

# Finds the Boehm-Demers-Weiser garbage collector and defines the INTERFACE
# target krait::gc. Included by cpp-runtime/CMakeLists.txt and by
# KraitRuntime.cmake (for prebuilt runtimes). Safe to include twice.
if(TARGET krait::gc)
  return()
endif()

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(KRAIT_BDWGC QUIET bdw-gc)
endif()

add_library(krait_gc INTERFACE)
add_library(krait::gc ALIAS krait_gc)
if(KRAIT_BDWGC_FOUND AND KRAIT_BDWGC_LINK_LIBRARIES)
  # Absolute paths, so the target stays exportable.
  target_include_directories(krait_gc INTERFACE ${KRAIT_BDWGC_INCLUDE_DIRS})
  target_link_libraries(krait_gc INTERFACE ${KRAIT_BDWGC_LINK_LIBRARIES})
else()
  find_path(KRAIT_GC_INCLUDE_DIR gc/gc.h)
  find_library(KRAIT_GC_LIBRARY gc)
  if(NOT KRAIT_GC_INCLUDE_DIR OR NOT KRAIT_GC_LIBRARY)
    message(FATAL_ERROR
      "Krait: the Boehm garbage collector was not found (need gc/gc.h and libgc).\n"
      "On Debian/Ubuntu install it with:  apt-get install libgc-dev")
  endif()
  target_include_directories(krait_gc INTERFACE ${KRAIT_GC_INCLUDE_DIR})
  target_link_libraries(krait_gc INTERFACE ${KRAIT_GC_LIBRARY})
endif()

# PCRE2 (8-bit code units, Debian package libpcre2-dev), the engine under the re module: the
# INTERFACE target krait::pcre2, linked by the runtime beside the collector.
if(NOT TARGET krait::pcre2)
  if(PkgConfig_FOUND)
    pkg_check_modules(KRAIT_PCRE2 QUIET libpcre2-8)
  endif()
  add_library(krait_pcre2 INTERFACE)
  add_library(krait::pcre2 ALIAS krait_pcre2)
  if(KRAIT_PCRE2_FOUND AND KRAIT_PCRE2_LINK_LIBRARIES)
    target_include_directories(krait_pcre2 INTERFACE ${KRAIT_PCRE2_INCLUDE_DIRS})
    target_link_libraries(krait_pcre2 INTERFACE ${KRAIT_PCRE2_LINK_LIBRARIES})
  else()
    find_path(KRAIT_PCRE2_INCLUDE_DIR pcre2.h)
    find_library(KRAIT_PCRE2_LIBRARY pcre2-8)
    if(NOT KRAIT_PCRE2_INCLUDE_DIR OR NOT KRAIT_PCRE2_LIBRARY)
      message(FATAL_ERROR
        "Krait: PCRE2 was not found (need pcre2.h and libpcre2-8), used by the re module.\n"
        "On Debian/Ubuntu install it with:  apt-get install libpcre2-dev")
    endif()
    target_include_directories(krait_pcre2 INTERFACE ${KRAIT_PCRE2_INCLUDE_DIR})
    target_link_libraries(krait_pcre2 INTERFACE ${KRAIT_PCRE2_LIBRARY})
  endif()
endif()

# Finds the C libraries the runtime links against, each as an INTERFACE target:
#   krait::gc     the Boehm-Demers-Weiser garbage collector (Debian libgc-dev)
#   krait::pcre2  PCRE2 with 8-bit code units, the engine under the re module (libpcre2-dev)
# Included by cpp-runtime/CMakeLists.txt and by KraitRuntime.cmake (for prebuilt runtimes).
# Safe to include twice.
find_package(PkgConfig QUIET)
# Static archives where the system has them: a program then maps and relocates no libgc.so or
# libpcre2-8.so at start-up (see krait_add_program in KraitRuntime.cmake for libstdc++).
option(KRAIT_STATIC_SYSTEM_LIBRARIES "Link libgc and libpcre2-8 statically when their archives exist" ON)

# krait_find_system_library(<name> PKG <pkg-config module> HEADER <header> LIBRARY <lib>
#                           DEBIAN <package> PURPOSE <text>)
# defines krait::<name>: from pkg-config when it knows the module (absolute paths, so the
# target stays exportable), else from find_path/find_library; a missing library stops the
# configuration with the Debian package that provides it.
function(krait_find_system_library name)
  cmake_parse_arguments(ARG "" "PKG;HEADER;LIBRARY;DEBIAN;PURPOSE" "" ${ARGN})
  if(TARGET krait::${name})
    return()
  endif()
  add_library(krait_${name} INTERFACE)
  add_library(krait::${name} ALIAS krait_${name})
  if(PkgConfig_FOUND)
    pkg_check_modules(KRAIT_PC_${name} QUIET ${ARG_PKG})
  endif()
  if(KRAIT_PC_${name}_FOUND AND KRAIT_PC_${name}_LINK_LIBRARIES)
    target_include_directories(krait_${name} INTERFACE ${KRAIT_PC_${name}_INCLUDE_DIRS})
    set(_libs)
    foreach(_lib IN LISTS KRAIT_PC_${name}_LINK_LIBRARIES)
      string(REGEX REPLACE "\\.so$" ".a" _archive "${_lib}")
      if(KRAIT_STATIC_SYSTEM_LIBRARIES AND NOT _archive STREQUAL _lib AND EXISTS "${_archive}")
        list(APPEND _libs "${_archive}")
      else()
        list(APPEND _libs "${_lib}")
      endif()
    endforeach()
    target_link_libraries(krait_${name} INTERFACE ${_libs})
    return()
  endif()
  find_path(KRAIT_${name}_INCLUDE_DIR ${ARG_HEADER})
  if(KRAIT_STATIC_SYSTEM_LIBRARIES)
    find_library(KRAIT_${name}_LIBRARY NAMES lib${ARG_LIBRARY}.a ${ARG_LIBRARY})
  else()
    find_library(KRAIT_${name}_LIBRARY ${ARG_LIBRARY})
  endif()
  if(NOT KRAIT_${name}_INCLUDE_DIR OR NOT KRAIT_${name}_LIBRARY)
    message(FATAL_ERROR
      "Krait: ${ARG_PURPOSE} was not found (need ${ARG_HEADER} and lib${ARG_LIBRARY}).\n"
      "On Debian/Ubuntu install it with:  apt-get install ${ARG_DEBIAN}")
  endif()
  target_include_directories(krait_${name} INTERFACE ${KRAIT_${name}_INCLUDE_DIR})
  target_link_libraries(krait_${name} INTERFACE ${KRAIT_${name}_LIBRARY})
endfunction()

krait_find_system_library(gc PKG bdw-gc HEADER gc/gc.h LIBRARY gc DEBIAN libgc-dev
  PURPOSE "the Boehm garbage collector")
krait_find_system_library(pcre2 PKG libpcre2-8 HEADER pcre2.h LIBRARY pcre2-8 DEBIAN libpcre2-dev
  PURPOSE "PCRE2, used by the re module,")

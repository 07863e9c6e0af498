# The layering of docs/ARCHITECTURE.md, enforced by the build: each library's public include
# root holds only its own folder, as build/include/LIB/LIB -> src/LIB. A library (or test, or
# app) sees `#include "media/Player.h"` only when it links omnikast_media, directly or through
# a library that links it publicly; including a library it does not link fails to compile.
function(omnikast_library_includes target)
  get_filename_component(name "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
  set(root "${PROJECT_BINARY_DIR}/include/${name}")
  file(MAKE_DIRECTORY "${root}")
  if(NOT EXISTS "${root}/${name}")
    file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${root}/${name}" SYMBOLIC)
  endif()
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    target_include_directories(${target} INTERFACE "${root}")
  else()
    target_include_directories(${target} PUBLIC "${root}")
  endif()
endfunction()

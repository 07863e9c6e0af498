# One place for warning flags so every library and test is held to the same bar.
# QML_MODULE: targets that compile qmlcachegen's generated C++, which shadows names; that one
# warning is left off for them (the generated code is Qt's, not ours).
function(omnikast_warnings target)
  cmake_parse_arguments(ARG "QML_MODULE" "" "" ${ARGN})
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor)
  if(NOT ARG_QML_MODULE)
    target_compile_options(${target} PRIVATE -Wshadow=local)
  endif()
  if(OMNIKAST_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# Turns shader sources into a header of string literals at build time, so the static library
# carries its shaders without Qt resources (whose init functions static libs silently drop).
# Inputs: OUTPUT (header path), SHADERS ("symbol=path,symbol=path"; commas because a list
# separator does not survive the trip through add_custom_command).
set(content "#pragma once\n// Generated from shaders/ by EmbedShaders.cmake; do not edit.\n\nnamespace omk::render::shaders {\n\n")
string(REPLACE "," ";" shader_entries "${SHADERS}")
foreach(entry IN LISTS shader_entries)
  string(REPLACE "=" ";" parts "${entry}")
  list(GET parts 0 symbol)
  list(GET parts 1 path)
  file(READ "${path}" source)
  string(APPEND content "inline constexpr const char ${symbol}[] = R\"omkshader(${source})omkshader\";\n\n")
endforeach()
string(APPEND content "}  // namespace omk::render::shaders\n")
file(WRITE "${OUTPUT}.tmp" "${content}")
# Only touch the header when it changed, so editing one shader does not rebuild the world.
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")

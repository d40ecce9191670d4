# Helpers that give every irkg target the same language level, warnings and sanitizers.

add_library(irkg_warnings INTERFACE)
target_compile_options(irkg_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(IRKG_WERROR)
  target_compile_options(irkg_warnings INTERFACE -Werror)
endif()
if(IRKG_SANITIZE)
  target_compile_options(irkg_warnings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
  target_link_options(irkg_warnings INTERFACE -fsanitize=address,undefined)
endif()

# irkg_add_library(NAME SOURCES a.cpp ... DEPENDS other_module ... LIBS extern_targets ...)
# Creates irkg_NAME (alias irkg::NAME) with lib/ as the include root.
function(irkg_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;LIBS" ${ARGN})
  add_library(irkg_${name} STATIC ${ARG_SOURCES})
  add_library(irkg::${name} ALIAS irkg_${name})
  target_include_directories(irkg_${name} PUBLIC ${PROJECT_SOURCE_DIR}/lib)
  target_compile_features(irkg_${name} PUBLIC cxx_std_20)
  target_link_libraries(irkg_${name} PRIVATE irkg_warnings)
  foreach(dep IN LISTS ARG_DEPENDS)
    target_link_libraries(irkg_${name} PUBLIC irkg_${dep})
  endforeach()
  if(ARG_LIBS)
    target_link_libraries(irkg_${name} PUBLIC ${ARG_LIBS})
  endif()
endfunction()

# irkg_add_test(NAME SOURCES a_test.cpp ... DEPENDS module ...)
# One doctest binary per lib/ module, registered with CTest.
function(irkg_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES} $<TARGET_OBJECTS:irkg_doctest_main>)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_link_libraries(${name} PRIVATE irkg_warnings)
  foreach(dep IN LISTS ARG_DEPENDS)
    target_link_libraries(${name} PRIVATE irkg_${dep})
  endforeach()
  target_compile_definitions(${name} PRIVATE
    IRKG_SHARED_DIR="${IRKG_SHARED_DIR}"
    IRKG_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    IRKG_BINARY="$<TARGET_FILE:irkg>")
  add_test(NAME ${name} COMMAND ${name})
endfunction()

# irkg_embed_files(OUT_CPP SYMBOL_PREFIX files...)
# Generates a .cpp that defines `std::string_view <prefix>_<stem>()` for each file, so data
# ships inside the binary and no install path has to be found at run time.
function(irkg_embed_files out_cpp namespace)
  set(files ${ARGN})
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DNAMESPACE=${namespace} "-DFILES=${files}"
            -P ${PROJECT_SOURCE_DIR}/scripts/cmake/EmbedFiles.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/scripts/cmake/EmbedFiles.cmake
    COMMENT "Embedding data files into ${out_cpp}"
    VERBATIM)
endfunction()

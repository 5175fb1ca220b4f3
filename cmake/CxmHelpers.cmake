# cxm_add_test(NAME SOURCES... LIBS...): a Catch2 binary registered with ctest, run offscreen,
# with a fixed locale and a private HOME so tests never touch the developer's settings.
function(cxm_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} cxm_test_main)
    target_compile_definitions(${name} PRIVATE
        CXM_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        CXM_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    set(home "${CMAKE_BINARY_DIR}/test-home/${name}")
    file(MAKE_DIRECTORY "${home}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;HOME=${home};XDG_CONFIG_HOME=${home}/.config;XDG_DATA_HOME=${home}/.local/share;TMPDIR=${home}")
endfunction()

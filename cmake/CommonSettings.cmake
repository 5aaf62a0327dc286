# One INTERFACE target carries the compiler settings every target shares.
add_library(serverbench_common INTERFACE)
target_compile_features(serverbench_common INTERFACE cxx_std_20)
target_compile_options(serverbench_common INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wold-style-cast)
# Qt's strictness: no implicit conversion between QString and 8-bit strings
# either way, no Q_FOREACH, and no connect() without a context object (a
# functor connected without one outlives its receiver). QT_NO_CONTEXTLESS_CONNECT
# only takes effect from Qt 6.7; with Qt 6.4 it documents the rule.
target_compile_definitions(serverbench_common INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    SERVERBENCH_VERSION="${PROJECT_VERSION}")
if(SERVERBENCH_WERROR)
    target_compile_options(serverbench_common INTERFACE -Werror)
endif()
# Sanitizer builds stop at the first report (-fno-sanitize-recover), so any
# finding fails the test that triggered it. UBSan's vptr check is left out: it
# probes memory through a pipe, so in a process at its descriptor limit (which
# the EMFILE tests cause on purpose) every virtual call was reported as
# "invalid vptr"; ASan still catches the use-after-free it would find.
if(SERVERBENCH_SANITIZE STREQUAL "address,undefined" OR SERVERBENCH_SANITIZE STREQUAL "address")
    set(sanitize_flags -fsanitize=address,undefined -fno-sanitize=vptr -fno-sanitize-recover=all)
elseif(SERVERBENCH_SANITIZE STREQUAL "thread")
    set(sanitize_flags -fsanitize=thread)
elseif(NOT SERVERBENCH_SANITIZE STREQUAL "" AND SERVERBENCH_SANITIZE)
    message(FATAL_ERROR "SERVERBENCH_SANITIZE must be empty, address,undefined or thread, not '${SERVERBENCH_SANITIZE}'")
endif()
if(sanitize_flags)
    target_compile_options(serverbench_common INTERFACE ${sanitize_flags} -fno-omit-frame-pointer)
    target_link_options(serverbench_common INTERFACE ${sanitize_flags})
    target_compile_definitions(serverbench_common INTERFACE SERVERBENCH_SANITIZER_BUILD)
endif()

# Each library folder is one static library made of the files in it (an
# INTERFACE library while it holds headers only).
function(serverbench_library name)
    file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
    file(GLOB headers CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    if(sources)
        add_library(${name} STATIC ${sources} ${headers})
        target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
        target_link_libraries(${name} PUBLIC serverbench_common)
    else()
        add_library(${name} INTERFACE ${headers})
        target_include_directories(${name} INTERFACE ${CMAKE_CURRENT_SOURCE_DIR})
        target_link_libraries(${name} INTERFACE serverbench_common)
    endif()
endfunction()

# One QtTest executable per tst_*.cpp, registered with ctest. LABELS tsan
# marks the tests test.sh also runs under ThreadSanitizer (threaded code).
function(serverbench_test source)
    cmake_parse_arguments(T "" "TIMEOUT" "LIBS;ENV;LABELS" ${ARGN})
    get_filename_component(name ${source} NAME_WE)
    add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE serverbench_common Qt6::Test ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SERVERBENCH_BIN=$<TARGET_FILE:serverbench>;${T_ENV}")
    if(T_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()

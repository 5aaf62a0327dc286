# One INTERFACE target carries the compiler settings every target shares.
add_library(serverbench_common INTERFACE)
target_compile_features(serverbench_common INTERFACE cxx_std_20)
target_compile_options(serverbench_common INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wold-style-cast)
target_compile_definitions(serverbench_common INTERFACE
    QT_NO_CAST_FROM_ASCII QT_USE_QSTRINGBUILDER QT_NO_FOREACH
    SERVERBENCH_VERSION="${PROJECT_VERSION}")
if(SERVERBENCH_WERROR)
    target_compile_options(serverbench_common INTERFACE -Werror)
endif()
if(SERVERBENCH_SANITIZE STREQUAL "address")
    target_compile_options(serverbench_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(serverbench_common INTERFACE -fsanitize=address,undefined)
elseif(SERVERBENCH_SANITIZE STREQUAL "thread")
    target_compile_options(serverbench_common INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(serverbench_common INTERFACE -fsanitize=thread)
endif()

# Each library folder is one static library made of the files in it.
function(serverbench_library name)
    file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    add_library(${name} STATIC ${sources})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC serverbench_common)
endfunction()

# One QtTest executable per tst_*.cpp, registered with ctest.
function(serverbench_test source)
    cmake_parse_arguments(T "" "TIMEOUT" "LIBS;ENV" ${ARGN})
    get_filename_component(name ${source} NAME_WE)
    add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE serverbench_common Qt6::Test ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SERVERBENCH_BIN=$<TARGET_FILE:serverbench>;${T_ENV}")
endfunction()

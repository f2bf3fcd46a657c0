# check_include_layers.cmake: the include rules of docs/ARCHITECTURE.md, checked on the sources.
#
#   cmake -DSOURCE_DIR=<repository root> -P check_include_layers.cmake
#
# 1. Project headers are included by their path from the repository root
#    ("ui/orders/OrdersView.h", "models/items/OrdersModel.h"); only generated .moc files are
#    included by their bare name.
# 2. No library includes a header of a library above it: api <- models <- session <- ui <- app
#    (resources beside, below ui). Inside ui/, every feature folder may use widgets/,
#    userdetail/ also orders/ and subscriptions/, and shell/ everything.
# 3. No client source includes the server's (server/) or the tests' (tests/) headers.
#
# Prints one line per violation and fails when there is any.

cmake_minimum_required(VERSION 3.22)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<repository root> -P check_include_layers.cmake")
endif()

set(_libs "api/" "models/" "session/" "resources/")
set(_allowed_api "api/")
set(_allowed_models "api/" "models/")
set(_allowed_session "api/" "models/" "session/")
set(_allowed_resources "resources/")
set(_allowed_ui_widgets ${_libs} "ui/widgets/")
foreach(_feature connection users orders subscriptions account)
    set(_allowed_ui_${_feature} ${_libs} "ui/widgets/" "ui/${_feature}/")
endforeach()
set(_allowed_ui_userdetail ${_libs} "ui/widgets/" "ui/orders/" "ui/subscriptions/"
    "ui/userdetail/")
set(_allowed_ui_shell ${_libs} "ui/")
set(_allowed_app ${_libs} "ui/")
# Not libraries: they may include any client header (but never the server's).
set(_allowed_translations ${_libs} "ui/")
set(_allowed_tests ${_libs} "ui/" "tests/")
set(_allowed_bench ${_libs} "ui/" "bench/")

# Kept byte-identical while the server is rewritten (they belong to it): not checked yet.
set(_exempt
    "bench/BenchLocalServer.h" "bench/ServerBench.h"
    "bench/bench_server_scale.cpp" "bench/bench_server_throughput.cpp")

set(_violations 0)
file(GLOB_RECURSE _sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/api/*.h" "${SOURCE_DIR}/api/*.cpp"
    "${SOURCE_DIR}/models/*.h" "${SOURCE_DIR}/models/*.cpp"
    "${SOURCE_DIR}/session/*.h" "${SOURCE_DIR}/session/*.cpp"
    "${SOURCE_DIR}/resources/*.h" "${SOURCE_DIR}/resources/*.cpp"
    "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp"
    "${SOURCE_DIR}/translations/*.h" "${SOURCE_DIR}/translations/*.cpp"
    "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp"
    "${SOURCE_DIR}/bench/*.h" "${SOURCE_DIR}/bench/*.cpp")
list(SORT _sources)
set(_checked 0)
foreach(_source IN LISTS _sources)
    if(_source MATCHES "^tests/server/" OR _source IN_LIST _exempt)
        continue()
    endif()
    if(_source MATCHES "^ui/([a-z]+)/")
        set(_area "ui_${CMAKE_MATCH_1}")
    elseif(_source MATCHES "^ui/")
        set(_area "ui_shell")
    else()
        string(REGEX REPLACE "/.*" "" _area "${_source}")
    endif()
    if(NOT DEFINED _allowed_${_area})
        message("${_source}: folder without include rules (add them to this script)")
        math(EXPR _violations "${_violations} + 1")
        continue()
    endif()
    math(EXPR _checked "${_checked} + 1")
    file(STRINGS "${SOURCE_DIR}/${_source}" _lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(_line IN LISTS _lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*" "\\1" _include "${_line}")
        if(_include MATCHES "\\.moc$")
            continue()
        endif()
        if(NOT _include MATCHES "/")
            message("${_source}: #include \"${_include}\": include project headers by their path "
                "from the repository root")
            math(EXPR _violations "${_violations} + 1")
            continue()
        endif()
        if(NOT EXISTS "${SOURCE_DIR}/${_include}")
            message("${_source}: #include \"${_include}\": no such file under the repository root")
            math(EXPR _violations "${_violations} + 1")
            continue()
        endif()
        set(_ok FALSE)
        foreach(_prefix IN LISTS _allowed_${_area})
            string(FIND "${_include}" "${_prefix}" _at)
            if(_at EQUAL 0)
                set(_ok TRUE)
                break()
            endif()
        endforeach()
        if(NOT _ok)
            string(REPLACE ";" ", " _shown "${_allowed_${_area}}")
            message("${_source}: #include \"${_include}\": this folder may only include from "
                "${_shown}")
            math(EXPR _violations "${_violations} + 1")
        endif()
    endforeach()
endforeach()

if(_violations GREATER 0)
    message(FATAL_ERROR "${_violations} include(s) break the rules of docs/ARCHITECTURE.md")
endif()
message("Includes of ${_checked} files follow the rules of docs/ARCHITECTURE.md")

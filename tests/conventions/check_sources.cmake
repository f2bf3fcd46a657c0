# check_sources.cmake: the source conventions of docs/ARCHITECTURE.md, checked on the sources.
#
#   cmake -DSOURCE_DIR=<repository root> -P check_sources.cmake
#
# For every .h/.cpp of the client (api, models, session, resources, ui, app, translations),
# the tests (but tests/server) and the benchmarks:
# 1. The first line is "// SPDX-License-Identifier: GPL-3.0-or-later".
# 2. Project headers are included by their path from the repository root
#    ("ui/orders/OrdersView.h", "models/items/OrdersModel.h"); only generated .moc files are
#    included by their bare name.
# 3. No library includes a header of a library above it: api <- models <- session <- ui <- app
#    (resources beside, below ui). Inside models/, codec/ uses only api/ and the root's Clock
#    and ModelsLogging, domain/ also codec/; items/, editing/ and jobs/ use all of models/.
#    Inside ui/, every feature folder may use widgets/, userdetail/ also orders/ and
#    subscriptions/, and shell/ everything. No client source includes the server's headers.
# 4. Logging categories are declared and defined only in a <Module>Logging.h/.cpp pair, one
#    each, named "builton.<library>[.<feature>]".
# 5. No comment cites a tracker issue by number ("issue 4", "(issue 5 §2)"): say what and why.
# 6. The folder map of docs/ARCHITECTURE.md lists exactly the subfolders of models/ and ui/.
# (One spelling of Qt's keywords, Q_SIGNALS/Q_SLOTS/Q_EMIT, is checked by the compiler:
# QT_NO_KEYWORDS.)
#
# Prints one line per violation and fails when there is any.

cmake_minimum_required(VERSION 3.22)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<repository root> -P check_sources.cmake")
endif()

set(_libs "api/" "models/" "session/" "resources/")
set(_allowed_api "api/")
set(_allowed_models "api/" "models/")
set(_allowed_models_codec "api/" "models/Clock.h" "models/ModelsLogging.h" "models/codec/")
set(_allowed_models_domain ${_allowed_models_codec} "models/domain/")
foreach(_group items editing jobs)
    set(_allowed_models_${_group} "api/" "models/")
endforeach()
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


set(_spdx "// SPDX-License-Identifier: GPL-3.0-or-later")
set(_violations 0)
function(_violation)
    string(CONCAT _text ${ARGV})
    message("${_text}")
    math(EXPR _count "${_violations} + 1")
    set(_violations ${_count} PARENT_SCOPE)
endfunction()

set(_globs "")
foreach(_dir api models session resources ui app translations tests bench)
    list(APPEND _globs "${SOURCE_DIR}/${_dir}/*.h" "${SOURCE_DIR}/${_dir}/*.cpp"
        "${SOURCE_DIR}/${_dir}/CMakeLists.txt")
endforeach()
file(GLOB_RECURSE _files RELATIVE "${SOURCE_DIR}" ${_globs})
list(SORT _files)

set(_checked 0)
foreach(_file IN LISTS _files)
    if(_file MATCHES "^tests/server/")
        continue()
    endif()
    math(EXPR _checked "${_checked} + 1")

    # 5. Tracker issue numbers, in any file of ours (CMakeLists.txt included).
    file(STRINGS "${SOURCE_DIR}/${_file}" _cited REGEX "[Ii]ssues? #?[0-9]")
    foreach(_line IN LISTS _cited)
        string(STRIP "${_line}" _line)
        _violation("${_file}: cites a tracker issue: ${_line}")
    endforeach()
    if(_file MATCHES "CMakeLists\\.txt$")
        continue()
    endif()

    # 1. The licence line.
    file(STRINGS "${SOURCE_DIR}/${_file}" _first LIMIT_COUNT 1)
    if(NOT _first STREQUAL _spdx)
        _violation("${_file}: the first line is not \"${_spdx}\"")
    endif()

    # 4. Logging categories.
    file(STRINGS "${SOURCE_DIR}/${_file}" _categories
        REGEX "^[ \t]*Q_(DECLARE_)?LOGGING_CATEGORY[ \t]*\\(")
    list(LENGTH _categories _category_count)
    get_filename_component(_name "${_file}" NAME_WE)
    if(_category_count GREATER 0 AND NOT _name MATCHES "Logging$")
        _violation("${_file}: a logging category outside a <Module>Logging.h/.cpp pair")
    elseif(_name MATCHES "Logging$" AND NOT _category_count EQUAL 1)
        _violation("${_file}: a <Module>Logging file declares or defines exactly one category")
    endif()
    foreach(_line IN LISTS _categories)
        if(_line MATCHES "Q_LOGGING_CATEGORY"
            AND NOT _line MATCHES "\"builton\\.[a-z]+(\\.[a-z]+)*\"")
            _violation("${_file}: category not named \"builton.<library>[.<feature>]\": ${_line}")
        endif()
    endforeach()

    # 2. and 3. Includes.
    if(_file MATCHES "^(ui|models)/([a-z]+)/")
        set(_area "${CMAKE_MATCH_1}_${CMAKE_MATCH_2}")
    else()
        string(REGEX REPLACE "/.*" "" _area "${_file}")
    endif()
    if(NOT DEFINED _allowed_${_area})
        _violation("${_file}: a folder without include rules (add them to this script)")
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/${_file}" _lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(_line IN LISTS _lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*" "\\1" _include "${_line}")
        if(_include MATCHES "\\.moc$")
            continue()
        endif()
        if(NOT _include MATCHES "/")
            _violation("${_file}: #include \"${_include}\": include project headers by their "
                "path from the repository root")
            continue()
        endif()
        if(NOT EXISTS "${SOURCE_DIR}/${_include}")
            _violation("${_file}: #include \"${_include}\": no such file under the "
                "repository root")
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
            _violation("${_file}: #include \"${_include}\": this folder may only include from "
                "${_shown}")
        endif()
    endforeach()
endforeach()

# 6. The folder map: in docs/ARCHITECTURE.md, a line "<folder>/  <what it holds>" names a
# top-level folder, an indented one a subfolder of the last top-level folder.
set(_mapped "")
file(STRINGS "${SOURCE_DIR}/docs/ARCHITECTURE.md" _map_lines REGEX "^( *)[a-z]+/  +[^ ]")
foreach(_line IN LISTS _map_lines)
    if(_line MATCHES "^([a-z]+)/")
        set(_top "${CMAKE_MATCH_1}")
    elseif(_line MATCHES "^ +([a-z]+)/")
        set(_sub "${CMAKE_MATCH_1}")
        if(_top STREQUAL "models" OR _top STREQUAL "ui")
            list(APPEND _mapped "${_top}/${_sub}")
        endif()
    endif()
endforeach()
set(_folders "")
foreach(_top models ui)
    file(GLOB _children LIST_DIRECTORIES true RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/${_top}/*")
    foreach(_child IN LISTS _children)
        if(IS_DIRECTORY "${SOURCE_DIR}/${_child}")
            list(APPEND _folders "${_child}")
        endif()
    endforeach()
endforeach()
foreach(_folder IN LISTS _folders)
    if(NOT _folder IN_LIST _mapped)
        _violation("docs/ARCHITECTURE.md: the folder map lacks ${_folder}/")
    endif()
endforeach()
foreach(_folder IN LISTS _mapped)
    if(NOT _folder IN_LIST _folders)
        _violation("docs/ARCHITECTURE.md: the folder map lists ${_folder}/, which does not exist")
    endif()
endforeach()

if(_violations GREATER 0)
    message(FATAL_ERROR "${_violations} violation(s) of the source conventions in "
        "docs/ARCHITECTURE.md")
endif()
message("${_checked} files follow the source conventions of docs/ARCHITECTURE.md")

# Paging machinery shared by the list models (PagedTableModel, compact row storage, simdjson
# page decoding) and the Users table model. Included by models/CMakeLists.txt.
target_sources(builton_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChunkedRows.h
    ${CMAKE_CURRENT_LIST_DIR}/PageJson.cpp ${CMAKE_CURRENT_LIST_DIR}/PageJson.h
    ${CMAKE_CURRENT_LIST_DIR}/PagedTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PagedTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/TextArena.cpp ${CMAKE_CURRENT_LIST_DIR}/TextArena.h
    ${CMAKE_CURRENT_LIST_DIR}/UserRows.cpp ${CMAKE_CURRENT_LIST_DIR}/UserRows.h
    ${CMAKE_CURRENT_LIST_DIR}/UsersModel.cpp ${CMAKE_CURRENT_LIST_DIR}/UsersModel.h)
# Item models hand QBrush/QColor to views (ForegroundRole); list pages are decoded with
# simdjson, which stays out of the public headers (PageJson.h is included by .cpp files only).
target_link_libraries(builton_models PUBLIC Qt6::Gui PRIVATE simdjson::simdjson)

# The Users page's widget-free parts (issue 4): the CSV export source of the Users table (on
# ListExportJob) and the bulk tag job. Included by models/CMakeLists.txt.
target_sources(builton_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BulkTagJob.cpp ${CMAKE_CURRENT_LIST_DIR}/BulkTagJob.h
    ${CMAKE_CURRENT_LIST_DIR}/UsersExportSource.cpp ${CMAKE_CURRENT_LIST_DIR}/UsersExportSource.h)

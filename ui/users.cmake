# The Users page (issue 4 §2 and the bulk part of §4): search, tag filter, paging count,
# context menu, remembered columns, CSV export of every page, bulk add/remove of a tag.
# Its widget-free parts (UsersExportSource, BulkTagJob) are in models/usersexport.cmake.
target_sources(builton_ui PRIVATE
    BulkTagDialog.cpp BulkTagDialog.h
    UsersPage.cpp UsersPage.h)

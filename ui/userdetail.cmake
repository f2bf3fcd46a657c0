# The user detail (issue 4): a tab per open user with its profile and address editors, the
# conflict dialog, drafts and the change journal; UserTabsFactory is the seam through which
# the Orders, Subscriptions and Payment methods tabs are filled; WriteConfirmation is the
# question asked before a change on a production connection (also used by the Users page).
# Included by ui/CMakeLists.txt.
target_sources(builton_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AddressFields.cpp ${CMAKE_CURRENT_LIST_DIR}/AddressFields.h
    ${CMAKE_CURRENT_LIST_DIR}/AddressesEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/AddressesEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/ChangeJournalDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ChangeJournalDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/DraftsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/DraftsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ProfileForm.cpp ${CMAKE_CURRENT_LIST_DIR}/ProfileForm.h
    ${CMAKE_CURRENT_LIST_DIR}/TagEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/TagEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/UserDetailArea.cpp ${CMAKE_CURRENT_LIST_DIR}/UserDetailArea.h
    ${CMAKE_CURRENT_LIST_DIR}/UserDetailTab.cpp ${CMAKE_CURRENT_LIST_DIR}/UserDetailTab.h
    ${CMAKE_CURRENT_LIST_DIR}/UserTabsFactory.cpp ${CMAKE_CURRENT_LIST_DIR}/UserTabsFactory.h
    ${CMAKE_CURRENT_LIST_DIR}/WriteConfirmation.cpp ${CMAKE_CURRENT_LIST_DIR}/WriteConfirmation.h)

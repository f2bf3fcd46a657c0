# Editor logic without widgets (issue 4): the profile editor with its 3-way merge, crash-safe
# drafts and the journal of saved changes. Included by models/CMakeLists.txt.
target_sources(builton_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChangeJournal.cpp ${CMAKE_CURRENT_LIST_DIR}/ChangeJournal.h
    ${CMAKE_CURRENT_LIST_DIR}/ChangeJournalModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ChangeJournalModel.h
    ${CMAKE_CURRENT_LIST_DIR}/DraftStore.cpp ${CMAKE_CURRENT_LIST_DIR}/DraftStore.h
    ${CMAKE_CURRENT_LIST_DIR}/ProfileEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/ProfileEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/ProfileMerge.cpp ${CMAKE_CURRENT_LIST_DIR}/ProfileMerge.h)

# Orders, subscriptions and payment methods (issue 5): their row decoders and table models on
# the paging machinery, the order filter, reading every page of a query (totals, CSV export)
# and the CSV writer. Included by models/CMakeLists.txt.
target_sources(builton_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AllPagesLoader.cpp ${CMAKE_CURRENT_LIST_DIR}/AllPagesLoader.h
    ${CMAKE_CURRENT_LIST_DIR}/CsvWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/CsvWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/ListExportJob.cpp ${CMAKE_CURRENT_LIST_DIR}/ListExportJob.h
    ${CMAKE_CURRENT_LIST_DIR}/OrderFilter.cpp ${CMAKE_CURRENT_LIST_DIR}/OrderFilter.h
    ${CMAKE_CURRENT_LIST_DIR}/OrderRows.cpp ${CMAKE_CURRENT_LIST_DIR}/OrderRows.h
    ${CMAKE_CURRENT_LIST_DIR}/OrderTotalsPager.cpp ${CMAKE_CURRENT_LIST_DIR}/OrderTotalsPager.h
    ${CMAKE_CURRENT_LIST_DIR}/OrdersModel.cpp ${CMAKE_CURRENT_LIST_DIR}/OrdersModel.h
    ${CMAKE_CURRENT_LIST_DIR}/RowDecoding.cpp ${CMAKE_CURRENT_LIST_DIR}/RowDecoding.h)
target_sources(builton_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PaymentMethodRows.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentMethodRows.h
    ${CMAKE_CURRENT_LIST_DIR}/PaymentMethodsModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentMethodsModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionRows.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionRows.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionsModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionsModel.h)

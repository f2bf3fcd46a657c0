# Orders, subscriptions and payment methods (issue 5): the Orders and Subscriptions pages, the
# views they share with a customer's tabs, the order filter bar, the order detail. Included by
# ui/CMakeLists.txt.
target_sources(builton_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OrderDetailDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/OrderDetailDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/OrderFilterBar.cpp ${CMAKE_CURRENT_LIST_DIR}/OrderFilterBar.h
    ${CMAKE_CURRENT_LIST_DIR}/OrdersLogging.cpp ${CMAKE_CURRENT_LIST_DIR}/OrdersLogging.h
    ${CMAKE_CURRENT_LIST_DIR}/OrdersPage.cpp ${CMAKE_CURRENT_LIST_DIR}/OrdersPage.h
    ${CMAKE_CURRENT_LIST_DIR}/OrdersView.cpp ${CMAKE_CURRENT_LIST_DIR}/OrdersView.h
    ${CMAKE_CURRENT_LIST_DIR}/StatusFilterButton.cpp ${CMAKE_CURRENT_LIST_DIR}/StatusFilterButton.h)
target_sources(builton_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PaymentMethodsView.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentMethodsView.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionsView.cpp ${CMAKE_CURRENT_LIST_DIR}/SubscriptionsView.h)
target_sources(builton_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/UserOrderTabs.cpp ${CMAKE_CURRENT_LIST_DIR}/UserOrderTabs.h)

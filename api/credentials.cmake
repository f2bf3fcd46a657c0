# Connection profiles and their credentials (OS keychain through QtKeychain).
target_sources(builton_api PRIVATE
    ConnectionProfile.cpp ConnectionProfile.h
    CredentialResult.cpp CredentialResult.h
    CredentialReply.cpp CredentialReply.h
    CredentialStore.cpp CredentialStore.h
    CredentialsLogging.cpp CredentialsLogging.h
    KeychainJobs.cpp KeychainJobs.h
    ProfileCredentials.h
    ProfileStore.cpp ProfileStore.h
    SecretServiceProbe.cpp SecretServiceProbe.h
    SessionCredentials.cpp SessionCredentials.h
    TokenInfo.cpp TokenInfo.h)

# Qt D-Bus (already a dependency of QtKeychain on Linux) lets SecretServiceProbe double-check
# a "not found" against a locked Secret Service collection.
find_package(Qt6 QUIET COMPONENTS DBus)
if(TARGET Qt6::DBus)
    target_link_libraries(builton_api PRIVATE Qt6::DBus)
    target_compile_definitions(builton_api PRIVATE BUILTON_HAVE_QTDBUS)
endif()

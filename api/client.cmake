# The API client: request/reply/error values, ApiClient and its policies (timeouts, retries,
# redirects, TLS, size cap, logging).
target_sources(builton_api PRIVATE
    ApiClient.cpp ApiClient.h
    ApiConnection.h
    ApiError.cpp ApiError.h
    ApiLogging.cpp ApiLogging.h
    ApiReply.cpp ApiReply.h
    ApiRequest.cpp ApiRequest.h
    ApiResponse.cpp ApiResponse.h
    ApiRetry.cpp ApiRetry.h)

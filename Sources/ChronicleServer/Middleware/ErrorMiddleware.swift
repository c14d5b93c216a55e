import ChronicleStore
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Turns every error into a response: JSON `{"error":{"code","message"}}` under `/api/`, an
/// HTML error page elsewhere.
///
/// ``APIError`` keeps its status; Hummingbird's errors (unknown path, oversized body) keep
/// theirs; a ``StoreError`` for an invalid argument (a malformed cursor) is a 400; anything
/// else is logged and answered 500 without internal details.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = classify(error, context: context)
            if request.uri.path.hasPrefix("/api/") {
                return Responses.error(apiError)
            }
            return Responses.html(ErrorPage.render(apiError), status: apiError.status)
        }
    }

    func classify(_ error: any Error, context: Context) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case is NIOTooManyBytesError:
            return .tooLarge(limit: maxBodyBytes)
        case let error as StoreError where error.code == .invalidArgument:
            return .badParameter("query", error.message)
        case let error as HTTPError:
            switch error.status {
            case .notFound: return .notFound("no such page or resource")
            case .contentTooLarge: return .tooLarge(limit: maxBodyBytes)
            case .methodNotAllowed:
                return APIError(status: .methodNotAllowed, code: "method_not_allowed", message: "method not allowed here")
            default:
                return APIError(status: error.status, code: "http_\(error.status.code)",
                                message: error.body ?? error.status.reasonPhrase)
            }
        default:
            context.logger.error("request failed: \(String(describing: error))")
            return .internalError("the request failed; see the server log")
        }
    }
}

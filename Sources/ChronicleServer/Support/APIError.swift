import ChronicleCore
import Foundation
import HTTPTypes
import Hummingbird

/// An error the server answers with: an HTTP status, a stable code and a one-line message.
///
/// API routes answer `{"error": {"code": "…", "message": "…"}}`; pages answer an HTML error
/// page with the same message. Messages name the offending parameter and value.
///
/// ```swift
/// throw APIError.badParameter("limit", "expects an integer from 1 to 500, found \"x\"")
/// ```
public struct APIError: Error, Sendable, CustomStringConvertible {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A stable machine-readable code (`bad_parameter`, `not_found`, `unauthorized`, …).
    public var code: String
    /// The human message.
    public var message: String

    /// Creates an error.
    public init(status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public var description: String { "\(status.code) \(code): \(message)" }

    /// 400: a query parameter or body field is missing or malformed.
    public static func badParameter(_ name: String, _ problem: String) -> APIError {
        APIError(status: .badRequest, code: "bad_parameter", message: "\(name): \(problem)")
    }

    /// 400: the request body cannot be read.
    public static func badBody(_ problem: String) -> APIError {
        APIError(status: .badRequest, code: "bad_body", message: problem)
    }

    /// 404: an unknown id or path.
    public static func notFound(_ what: String) -> APIError {
        APIError(status: .notFound, code: "not_found", message: what)
    }

    /// 401: a write without a valid bearer token.
    public static let unauthorized = APIError(
        status: .unauthorized, code: "unauthorized",
        message: "a valid bearer token is required (Authorization: Bearer TOKEN)")

    /// 403: the server was started without a write token and is read-only.
    public static let readOnly = APIError(
        status: .forbidden, code: "read_only",
        message: "this server is read-only: start it with --write-token to accept documents")

    /// 413: the request body is larger than the configured limit.
    public static func tooLarge(limit: Int) -> APIError {
        APIError(status: .contentTooLarge, code: "too_large",
                 message: "the request body is larger than the limit of \(limit) bytes")
    }

    /// 500: the store or the coder failed.
    public static func internalError(_ message: String) -> APIError {
        APIError(status: .internalServerError, code: "internal", message: message)
    }

    /// The JSON body `{"error":{"code","message"}}`.
    var jsonBody: String {
        "{\"error\":{\"code\":\(JSONText.string(code)),\"message\":\(JSONText.string(message))}}"
    }
}

/// JSON string literals for hand-written JSON bodies.
enum JSONText {
    /// `s` as a JSON string literal.
    static func string(_ s: String) -> String {
        // The core's literal, with `<` escaped too so that a body is safe to embed anywhere.
        ChronicleCore.JSONText.quoted(s).replacingOccurrences(of: "<", with: "\\u003c")
    }
}

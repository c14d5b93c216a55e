import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Building responses: HTML pages, JSON bodies, downloads and errors.
enum Responses {
    /// An HTML page.
    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        text(page.markup, contentType: "text/html; charset=utf-8", status: status)
    }

    /// A text body with a content type.
    static func text(_ body: String, contentType: String, status: HTTPResponse.Status = .ok,
                     extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: contentType]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// A JSON body from an encodable value.
    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The JSON error body of ``APIError``.
    static func error(_ error: APIError) -> Response {
        text(error.jsonBody, contentType: "application/json", status: error.status)
    }

    /// A download: `Content-Disposition: attachment` with a file name.
    static func download(_ body: String, contentType: String, filename: String) -> Response {
        let safe = String(filename.unicodeScalars.filter {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
        })
        return text(body, contentType: contentType,
                    extra: [.contentDisposition: "attachment; filename=\"\(safe)\""])
    }

    /// The encoder of every JSON response: stable key order, no escaped slashes.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

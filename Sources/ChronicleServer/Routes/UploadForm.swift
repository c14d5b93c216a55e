import ChronicleCore
import Foundation
import MultipartKit
import NIOCore

/// A `multipart/form-data` body of the ingest form: its text fields and at most one article
/// file, read with MultipartKit's parser and checked part by part.
///
/// Every problem is a 400 (or 415 for a file of a type Chronicle cannot read) whose message
/// names the part: a missing or unterminated boundary, a part without a name, an unknown or
/// repeated field, a field that is not UTF-8.
///
/// ```swift
/// let form = try UploadForm.parse(body, contentType: "multipart/form-data; boundary=XyZ")
/// form.fields["title"]   // "Talks resume"
/// form.file?.filename    // "talks.txt"
/// ```
struct UploadForm {
    /// An uploaded file.
    struct File {
        var filename: String
        /// The declared media type, lowercased, without parameters (`text/plain`).
        var contentType: String?
        var bytes: [UInt8]
    }

    /// The text fields by name.
    var fields: [String: String] = [:]
    /// The `file` part, when one was chosen (browsers send an empty part otherwise).
    var file: File?

    /// The form fields the ingest form has; `file` is the article file.
    static let fieldNames: Set<String> = ["id", "title", "date", "source", "url", "author", "text", "token"]
    /// The most parts a form may have.
    static let maximumParts = 16

    /// Media types an article file may have, and how Chronicle reads each.
    static let readableTypes: [String: InputFormat] = [
        "text/plain": .text, "text/markdown": .text, "text/html": .html, "application/xhtml+xml": .html,
    ]
    /// File name extensions used when a browser declares no useful type (`application/octet-stream`).
    static let readableExtensions: [String: InputFormat] = [
        "txt": .text, "text": .text, "md": .text, "html": .html, "htm": .html, "xhtml": .html,
    ]

    /// Whether a `Content-Type` header is `multipart/form-data`.
    static func isMultipart(_ contentType: String?) -> Bool {
        mediaType(contentType) == "multipart/form-data"
    }

    /// The media type of a header value, lowercased, without parameters.
    static func mediaType(_ value: String?) -> String? {
        guard let value else { return nil }
        let type = value.split(separator: ";", maxSplits: 1).first.map(String.init) ?? value
        let trimmed = type.trimmingCharacters(in: .whitespaces).lowercased()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The parameters of a header value (`form-data; name="file"; filename="a.txt"`), names
    /// lowercased, quotes removed. Quoted values may hold `;` and `\"`.
    static func parameters(_ value: String) -> [String: String] {
        var out: [String: String] = [:]
        var scalars = Array(value.unicodeScalars)[...]
        // Skip the value before the first `;`, respecting quotes.
        func skipToSemicolon() {
            var quoted = false
            while let c = scalars.first {
                if c == "\"" { quoted.toggle() }
                if c == ";" && !quoted { break }
                scalars.removeFirst()
            }
        }
        skipToSemicolon()
        while scalars.first == ";" {
            scalars.removeFirst()
            var name = ""
            while let c = scalars.first, c != "=", c != ";" { name.unicodeScalars.append(c); scalars.removeFirst() }
            guard scalars.first == "=" else { continue }
            scalars.removeFirst()
            while scalars.first == " " { scalars.removeFirst() }
            var v = ""
            if scalars.first == "\"" {
                scalars.removeFirst()
                while let c = scalars.first, c != "\"" {
                    scalars.removeFirst()
                    if c == "\\", let next = scalars.first { v.unicodeScalars.append(next); scalars.removeFirst() }
                    else { v.unicodeScalars.append(c) }
                }
                if !scalars.isEmpty { scalars.removeFirst() }
                skipToSemicolon()
            } else {
                while let c = scalars.first, c != ";" { v.unicodeScalars.append(c); scalars.removeFirst() }
                v = v.trimmingCharacters(in: .whitespaces)
            }
            out[name.trimmingCharacters(in: .whitespaces).lowercased()] = v
        }
        return out
    }

    /// Parses a body.
    /// - Throws: ``APIError`` 400 for a malformed body or part, 415 for an unreadable file type.
    static func parse(_ body: ByteBuffer, contentType: String) throws -> UploadForm {
        guard let boundary = parameters(contentType)["boundary"], !boundary.isEmpty, boundary.utf8.count <= 70 else {
            throw APIError.badBody("multipart/form-data needs a boundary parameter of 1 to 70 characters")
        }
        var parts: [(headers: [(String, String)], body: ByteBuffer)] = []
        var headers: [(String, String)] = []
        var partBody = ByteBuffer()
        var open = false
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in
            open = true
            headers.append((name.lowercased(), value))
        }
        parser.onBody = { chunk in
            open = true
            partBody.writeBuffer(&chunk)
        }
        parser.onPartComplete = {
            parts.append((headers, partBody))
            headers = []
            partBody = ByteBuffer()
            open = false
        }
        do {
            try parser.execute(body)
        } catch {
            throw APIError.badBody("the multipart body is malformed after part \(parts.count) (check the boundary)")
        }
        if open || parts.isEmpty || !containsClosingDelimiter(body, boundary: boundary) {
            throw APIError.badBody("the multipart body ends before its closing boundary \"--\(boundary)--\"")
        }
        guard parts.count <= maximumParts else {
            throw APIError.badBody("the form has \(parts.count) parts; at most \(maximumParts) are accepted")
        }
        var form = UploadForm()
        for (index, part) in parts.enumerated() {
            let number = index + 1
            guard let disposition = part.headers.first(where: { $0.0 == "content-disposition" })?.1,
                  mediaType(disposition) == "form-data", let name = parameters(disposition)["name"], !name.isEmpty else {
                throw APIError.badBody("part \(number) has no Content-Disposition: form-data header with a name")
            }
            let bytes = Array(part.body.readableBytesView)
            if name == "file" {
                guard form.file == nil else { throw APIError.badParameter("file", "only one file per upload") }
                let filename = parameters(disposition)["filename"] ?? ""
                // An empty file input: no file chosen.
                if filename.isEmpty && bytes.isEmpty { continue }
                let type = mediaType(part.headers.first(where: { $0.0 == "content-type" })?.1)
                form.file = File(filename: filename, contentType: type, bytes: bytes)
                continue
            }
            guard fieldNames.contains(name) else {
                throw APIError.badParameter(name, "is not a field of the ingest form (part \(number))")
            }
            guard form.fields[name] == nil else { throw APIError.badParameter(name, "is given twice") }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw APIError.badParameter(name, "is not UTF-8 text (part \(number))")
            }
            form.fields[name] = text
        }
        return form
    }

    /// Whether `--boundary--` occurs in the body: the parser accepts a body cut off right after a
    /// delimiter, which is still a truncated upload.
    static func containsClosingDelimiter(_ body: ByteBuffer, boundary: String) -> Bool {
        let needle = Array("--\(boundary)--".utf8)
        return body.withUnsafeReadableBytes { bytes in
            guard bytes.count >= needle.count else { return false }
            var i = bytes.count - needle.count
            while i >= 0 {
                if bytes[i] == needle[0] && bytes[i + needle.count - 1] == needle[needle.count - 1] {
                    var k = 1
                    while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                i -= 1
            }
            return false
        }
    }

    /// How an uploaded file is read: by its declared type, or by its extension when the
    /// browser declared none or `application/octet-stream`.
    /// - Throws: ``APIError`` 415 naming the file and its type.
    static func format(of file: File) throws -> InputFormat {
        if let type = file.contentType, type != "application/octet-stream" {
            if let format = readableTypes[type] { return format }
        } else {
            let ext = file.filename.split(separator: ".").count > 1
                ? file.filename.split(separator: ".").last.map { $0.lowercased() } : nil
            if let ext, let format = readableExtensions[ext] { return format }
        }
        throw APIError(status: .unsupportedMediaType, code: "unsupported_media_type",
                       message: "file \"\(file.filename)\" is \(file.contentType ?? "of no declared type"); "
                           + "upload plain text (.txt, .md) or HTML (.html)")
    }
}

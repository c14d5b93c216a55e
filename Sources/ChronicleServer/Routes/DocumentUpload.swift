import ChronicleCore
import ChronicleStore
import Foundation
import NIOCore

/// Reading an uploaded article and ingesting it: the shared part of `POST /api/documents` and
/// the ingest page.
enum DocumentUpload {
    /// The JSON body of `POST /api/documents`.
    struct Body: Decodable {
        var id: String?
        var text: String
        var title: String?
        var date: String?
        var source: String?
        var url: String?
        var author: String?
    }

    /// The answer: what was stored and the events coded.
    struct Result: Encodable {
        var document: String
        var outcome: IngestOutcome
        var events: [EventRecord]
    }

    /// Reads a document from a JSON body (`{"text": …, "title", "date", "source", "url", "id"}`)
    /// or a plain-text body.
    static func document(from buffer: ByteBuffer, contentType: String?) throws -> Document {
        let bytes = Data(buffer.readableBytesView)
        if contentType?.lowercased().hasPrefix("text/plain") == true {
            return try make(Body(text: String(decoding: bytes, as: UTF8.self)))
        }
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: bytes)
        } catch {
            throw APIError.badBody("expects JSON {\"text\": \"…\", \"title\", \"date\": \"YYYY-MM-DD\", \"source\", \"url\", \"id\"} or a text/plain body")
        }
        return try make(body)
    }

    /// Validates the fields and builds the document; the id defaults to a hash of the text.
    static func make(_ body: Body) throws -> Document {
        let text = body.text
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.badParameter("text", "is empty")
        }
        var date: CalendarDay?
        if let raw = body.date?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            guard raw.count == 10, let day = CalendarDay(iso: raw) else {
                throw APIError.badParameter("date", "expects a date as YYYY-MM-DD, found \"\(raw)\"")
            }
            date = day
        }
        if let id = body.id, id.isEmpty || id.count > 200 || id.contains(where: { $0.isNewline }) {
            throw APIError.badParameter("id", "must be 1 to 200 characters on one line")
        }
        func clean(_ s: String?) -> String? {
            guard let s = s?.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty else { return nil }
            return s
        }
        var document = Document(id: body.id ?? "", text: text, publicationDate: date, title: clean(body.title),
                                author: clean(body.author), source: clean(body.source), url: clean(body.url))
        if body.id == nil {
            document.id = "web-" + String(ContentHash.of(document).prefix(16))
        }
        return document
    }

    /// Codes and stores a document.
    static func ingest(_ document: Document, site: Site) async throws -> Result {
        let coded: CodedDocument
        do {
            coded = try site.coder.code(document)
        } catch {
            throw APIError(status: .unprocessableContent, code: "coding_failed",
                           message: "the article could not be coded: \(error)")
        }
        let outcome = try await site.store.store(coded)
        return Result(document: document.id, outcome: outcome, events: coded.events)
    }
}

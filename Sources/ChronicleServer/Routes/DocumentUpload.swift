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

    /// Reads a document from a JSON body (`{"text": …, "title", "date", "source", "url", "id"}`),
    /// a plain-text body, or a `multipart/form-data` upload (see ``UploadForm``).
    static func document(from buffer: ByteBuffer, contentType: String?) throws -> Document {
        if UploadForm.isMultipart(contentType) {
            return try document(from: UploadForm.parse(buffer, contentType: contentType ?? ""))
        }
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

    /// Reads a document from the ingest form sent as `multipart/form-data`: an uploaded file
    /// (plain text or HTML, read by Chronicle's document reader) or the pasted text. Fields the
    /// form fills in win over what the file says (an HTML page's title, date and link).
    static func document(from form: UploadForm) throws -> Document {
        func field(_ name: String) -> String? {
            guard let v = form.fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
            return v
        }
        guard let file = form.file else {
            guard field("text") != nil else {
                throw APIError.badParameter("text", "choose a file or paste the article text")
            }
            return try make(Body(id: field("id"), text: form.fields["text"] ?? "", title: field("title"),
                                 date: field("date"), source: field("source"), url: field("url"),
                                 author: field("author")))
        }
        guard field("text") == nil else {
            throw APIError.badParameter("text", "give either a file or pasted text, not both")
        }
        let format = try UploadForm.format(of: file)
        let name = file.filename.isEmpty ? "the uploaded file" : file.filename
        let results = DocumentReader().documents(in: file.bytes, path: name, id: "upload", format: format)
        let read: Document
        switch results.first {
        case .success(let document)?: read = document
        case .failure(let error)?: throw APIError.badParameter("file", "\(name): \(error.message)")
        case nil: throw APIError.badParameter("file", "\(name) holds no article")
        }
        return try make(Body(id: field("id"), text: read.text, title: field("title") ?? read.title,
                             date: field("date") ?? read.publicationDate?.description,
                             source: field("source") ?? read.source, url: field("url") ?? read.url,
                             author: field("author") ?? read.author))
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

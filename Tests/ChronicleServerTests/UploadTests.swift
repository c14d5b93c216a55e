import ChronicleCore
import ChronicleReports
import ChronicleStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import ChronicleServer

/// File uploads to the ingest page and the API as `multipart/form-data`.
@Suite("Uploads")
struct UploadTests {
    static let boundary = "chronicle-test-7MA4YWxkTrZu0gW"

    /// One part of a form: a field, or a file when `filename` is given.
    struct Part {
        var name: String?
        var value: [UInt8]
        var filename: String? = nil
        var contentType: String? = nil

        static func field(_ name: String, _ value: String) -> Part { Part(name: name, value: Array(value.utf8)) }
        static func file(_ filename: String, _ type: String?, _ content: String) -> Part {
            Part(name: "file", value: Array(content.utf8), filename: filename, contentType: type)
        }
    }

    /// A multipart body as a browser writes it.
    static func body(_ parts: [Part], closed: Bool = true) -> ByteBuffer {
        var buffer = ByteBuffer()
        for part in parts {
            buffer.writeString("--\(boundary)\r\n")
            var disposition = "form-data"
            if let name = part.name { disposition += "; name=\"\(name)\"" }
            if let filename = part.filename { disposition += "; filename=\"\(filename)\"" }
            buffer.writeString("Content-Disposition: \(disposition)\r\n")
            if let type = part.contentType { buffer.writeString("Content-Type: \(type)\r\n") }
            buffer.writeString("\r\n")
            buffer.writeBytes(part.value)
            buffer.writeString("\r\n")
        }
        if closed { buffer.writeString("--\(boundary)--\r\n") }
        return buffer
    }

    static let multipart: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]

    var writable: ServerHarness {
        ServerHarness(configuration: ServerConfiguration(writeToken: "s3cret", maxBodyBytes: 4096))
    }

    @Test func uploadedTextFileIsCodedAndStored() async throws {
        try await writable.run { client, store in
            let form = try await client.execute(uri: "/ingest", method: .get)
            #expect(form.text.contains("enctype=\"multipart/form-data\""))
            #expect(form.text.contains("name=\"file\" type=\"file\""))
            let parts: [Part] = [
                .field("title", "Uploaded visit"), .field("date", "2018-08-02"), .field("source", "Wire U"),
                .field("text", ""), .field("token", "s3cret"),
                .file("visit.txt", "text/plain", "Japan met South Korea on 2018-08-01.\nThe talks were short."),
            ]
            let r = try await client.execute(uri: "/ingest", method: .post, headers: Self.multipart,
                                             body: Self.body(parts))
            #expect(r.status == .created, "\(r.text)")
            #expect(r.text.contains("1 events coded"))
            let page = try await store.events(EventQuery(dyad: Dyad("JPN", "KOR")))
            let id = try #require(page.events.first?.documentIDs.first)
            let stored = try #require(try await store.document(id: id))
            #expect(stored.document.title == "Uploaded visit")
            #expect(stored.document.source == "Wire U")
            #expect(stored.document.publicationDate == CalendarDay(iso: "2018-08-02"))
            #expect(stored.document.text.hasPrefix("Japan met South Korea"))
            // The same upload again is unchanged.
            let again = try await client.execute(uri: "/ingest", method: .post, headers: Self.multipart,
                                                 body: Self.body(parts))
            #expect(again.status == .ok)
            #expect(again.text.contains("Stored: unchanged"))
        }
    }

    @Test func uploadedHTMLFileGivesItsTitleAndPastedTextStillWorks() async throws {
        try await writable.run { client, store in
            let html = "<html><head><title>Border shots</title></head><body><article><p>"
                + "North Korea fired on South Korea on 2018-09-09.</p></article></body></html>"
            let r = try await client.execute(
                uri: "/ingest", method: .post, headers: Self.multipart,
                body: Self.body([.field("token", "s3cret"), .file("shots.html", "text/html", html)]))
            #expect(r.status == .created, "\(r.text)")
            let event = try #require(try await store.events(EventQuery(dyad: Dyad("PRK", "KOR"), root: "19")).events
                .first { $0.record.date == "2018-09-09" })
            let stored = try #require(try await store.document(id: event.documentIDs[0]))
            #expect(stored.document.title == "Border shots")
            #expect(!stored.document.text.contains("<p>"))
            // A browser sends an empty file part when no file is chosen: the pasted text is used.
            let pasted = try await client.execute(
                uri: "/ingest", method: .post, headers: Self.multipart,
                body: Self.body([.field("token", "s3cret"), .field("text", "China met Japan on 2018-10-10."),
                                 .file("", "application/octet-stream", "")]))
            #expect(pasted.status == .created, "\(pasted.text)")
            // The API takes the same form with a bearer token.
            var headers = Self.multipart
            headers[.authorization] = "Bearer s3cret"
            let api = try await client.execute(
                uri: "/api/documents", method: .post, headers: headers,
                body: Self.body([.field("id", "up-1"), .file("note.md", nil, "Japan criticized China.")]))
            #expect(api.status == .created, "\(api.text)")
            #expect(api.json["document"] as? String == "up-1")
        }
    }

    @Test func oversizedUploadIs413AndNotStored() async throws {
        try await writable.run { client, store in
            let text = String(repeating: "Japan met China on 2018-01-01. ", count: 200)
            let r = try await client.execute(
                uri: "/ingest", method: .post, headers: Self.multipart,
                body: Self.body([.field("token", "s3cret"), .field("id", "huge"), .file("big.txt", "text/plain", text)]))
            #expect(r.status == .contentTooLarge)
            #expect(r.text.contains("larger than the limit of 4096 bytes"))
            #expect(try await store.document(id: "huge") == nil)
        }
    }

    @Test(arguments: [
        ("report.pdf", "application/pdf"), ("scan.png", "image/png"), ("data.bin", "application/octet-stream"),
    ])
    func unreadableFileTypeIs415(_ filename: String, _ type: String) async throws {
        try await writable.run { client, store in
            let r = try await client.execute(
                uri: "/ingest", method: .post, headers: Self.multipart,
                body: Self.body([.field("token", "s3cret"), .field("id", "odd"), .file(filename, type, "Japan met China.")]))
            #expect(r.status == .unsupportedMediaType)
            #expect(r.text.contains("file &quot;\(filename)&quot; is \(type)"))
            #expect(try await store.document(id: "odd") == nil)
        }
    }

    @Test func formOfAnotherContentTypeIs415() async throws {
        try await writable.run { client, _ in
            let r = try await client.execute(uri: "/ingest", method: .post,
                                             headers: [.contentType: "application/json"],
                                             body: ByteBuffer(string: #"{"token":"s3cret","text":"Japan met China."}"#))
            #expect(r.status == .unsupportedMediaType)
            #expect(r.text.contains("not application/json"))
        }
    }

    @Test(arguments: [nil, "wrong"])
    func uploadWithoutTheTokenIs401(_ token: String?) async throws {
        try await writable.run { client, store in
            var parts: [Part] = [.field("id", "sneaky"), .file("visit.txt", "text/plain", "Japan met China.")]
            if let token { parts.append(.field("token", token)) }
            let r = try await client.execute(uri: "/ingest", method: .post, headers: Self.multipart,
                                             body: Self.body(parts))
            #expect(r.status == .unauthorized)
            #expect(r.text.contains("role=\"alert\""))
            #expect(try await store.document(id: "sneaky") == nil)
            // The API ignores a token field: it wants the bearer header.
            let api = try await client.execute(uri: "/api/documents", method: .post, headers: Self.multipart,
                                               body: Self.body(parts + [.field("token", "s3cret")]))
            #expect(api.status == .unauthorized)
        }
    }

    @Test(arguments: [
        ("no boundary", "multipart/form-data", body([.field("token", "s3cret")]), "needs a boundary"),
        ("truncated", "multipart/form-data; boundary=\(boundary)",
         body([.field("token", "s3cret"), .field("text", "Japan met China.")], closed: false), "closing boundary"),
        ("other boundary", "multipart/form-data; boundary=nope", body([.field("token", "s3cret")]), "closing boundary"),
        ("nameless part", "multipart/form-data; boundary=\(boundary)",
         body([.field("token", "s3cret"), Part(name: nil, value: Array("x".utf8))]), "part 2 has no Content-Disposition"),
        ("unknown field", "multipart/form-data; boundary=\(boundary)",
         body([.field("token", "s3cret"), .field("colour", "red")]), "colour: is not a field of the ingest form"),
        ("repeated field", "multipart/form-data; boundary=\(boundary)",
         body([.field("token", "s3cret"), .field("title", "a"), .field("title", "b")]), "title: is given twice"),
        ("not UTF-8", "multipart/form-data; boundary=\(boundary)",
         body([.field("token", "s3cret"), Part(name: "title", value: [0xC3, 0x28])]), "title: is not UTF-8 text"),
        ("file and text", "multipart/form-data; boundary=\(boundary)",
         body([.field("token", "s3cret"), .field("text", "Japan met China."), .file("a.txt", "text/plain", "China met Japan.")]),
         "either a file or pasted text"),
        ("nothing", "multipart/form-data; boundary=\(boundary)",
         body([.field("token", "s3cret"), .field("text", "  ")]), "choose a file or paste"),
        ("empty file", "multipart/form-data; boundary=\(boundary)",
         body([.field("token", "s3cret"), .file("empty.txt", "text/plain", "   ")]), "empty.txt:"),
    ] as [(String, String, ByteBuffer, String)])
    func badPartsAre400(_ label: String, _ contentType: String, _ body: ByteBuffer, _ message: String) async throws {
        try await writable.run { client, _ in
            let r = try await client.execute(uri: "/ingest", method: .post, headers: [.contentType: contentType],
                                             body: body)
            #expect(r.status == .badRequest, "\(label): \(r.status)")
            #expect(r.text.contains(Escaping.html(message)), "\(label): \(r.text)")
        }
    }

    @Test func headerParameters() {
        let p = UploadForm.parameters(#"form-data; name="file"; filename="a; b \"c\".txt""#)
        #expect(p["name"] == "file")
        #expect(p["filename"] == #"a; b "c".txt"#)
        #expect(UploadForm.parameters("multipart/form-data; BOUNDARY=abc ")["boundary"] == "abc")
        #expect(UploadForm.mediaType(" Multipart/Form-Data ; boundary=x") == "multipart/form-data")
        #expect(UploadForm.mediaType(nil) == nil)
    }
}

import ChronicleCore
import ChronicleStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import ChronicleServer

@Suite("Writes")
struct WriteTests {
    static let article = #"{"id":"n9","text":"China met Japan on 2018-06-01. Japan criticized China.","title":"Visit","date":"2018-06-02","source":"Wire D"}"#

    var writable: ServerHarness {
        ServerHarness(configuration: ServerConfiguration(writeToken: "s3cret", maxBodyBytes: 4096))
    }

    @Test func readOnlyServerRefusesWritesWith403() async throws {
        try await ServerHarness().run { client, _ in
            let r = try await client.execute(uri: "/api/documents", method: .post,
                                             headers: [.authorization: "Bearer s3cret"],
                                             body: ByteBuffer(string: Self.article))
            #expect(r.status == .forbidden)
            #expect(r.errorCode == "read_only")
            #expect(try await client.execute(uri: "/ingest", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/ingest", method: .post, body: ByteBuffer(string: "token=x")).status == .forbidden)
            let home = try await client.execute(uri: "/", method: .get)
            #expect(!home.text.contains("href=\"/ingest\""))
        }
    }

    @Test(arguments: [nil, "Bearer wrong", "Basic czNjcmV0", "Bearer"])
    func missingOrWrongTokenIs401(_ header: String?) async throws {
        try await writable.run { client, store in
            var headers: HTTPFields = [.contentType: "application/json"]
            if let header { headers[.authorization] = header }
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers,
                                             body: ByteBuffer(string: Self.article))
            #expect(r.status == .unauthorized)
            #expect(r.errorCode == "unauthorized")
            #expect(try await store.document(id: "n9") == nil)
        }
    }

    @Test func postedArticleIsCodedStoredAndIdempotent() async throws {
        try await writable.run { client, store in
            let headers: HTTPFields = [.authorization: "Bearer s3cret", .contentType: "application/json"]
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers,
                                             body: ByteBuffer(string: Self.article))
            #expect(r.status == .created, "\(r.text)")
            #expect(r.json["outcome"] as? String == "inserted")
            #expect((r.json["events"] as? [Any])?.count == 2)
            let page = try await store.events(EventQuery(dyad: Dyad("CHN", "JPN")))
            #expect(page.events.count == 2)
            let again = try await client.execute(uri: "/api/documents", method: .post, headers: headers,
                                                 body: ByteBuffer(string: Self.article))
            #expect(again.status == .ok)
            #expect(again.json["outcome"] as? String == "unchanged")
            let plain = try await client.execute(
                uri: "/api/documents", method: .post,
                headers: [.authorization: "Bearer s3cret", .contentType: "text/plain"],
                body: ByteBuffer(string: "South Korea met Japan on 2018-07-07."))
            #expect(plain.status == .created)
            #expect((plain.json["document"] as? String)?.hasPrefix("web-") == true)
        }
    }

    @Test(arguments: [
        ("{not json", "bad_body"), (#"{"text":"   "}"#, "bad_parameter"),
        (#"{"text":"Japan met China.","date":"June"}"#, "bad_parameter"), (#"{"title":"no text"}"#, "bad_body"),
    ])
    func badBodiesAre400(_ body: String, _ code: String) async throws {
        try await writable.run { client, _ in
            let r = try await client.execute(uri: "/api/documents", method: .post,
                                             headers: [.authorization: "Bearer s3cret"], body: ByteBuffer(string: body))
            #expect(r.status == .badRequest)
            #expect(r.errorCode == code)
        }
    }

    @Test func oversizedBodiesAre413() async throws {
        try await writable.run { client, store in
            let text = String(repeating: "Japan met China. ", count: 400)
            let body = #"{"id":"big","text":"\#(text)"}"#
            let r = try await client.execute(uri: "/api/documents", method: .post,
                                             headers: [.authorization: "Bearer s3cret"], body: ByteBuffer(string: body))
            #expect(r.status == .contentTooLarge)
            #expect(r.errorCode == "too_large")
            #expect(try await store.document(id: "big") == nil)
            let form = try await client.execute(uri: "/ingest", method: .post,
                                                body: ByteBuffer(string: "token=s3cret&text=" + text))
            #expect(form.status == .contentTooLarge)
        }
    }

    @Test func coderFailureIs422() async throws {
        try await writable.run { client, _ in
            let r = try await client.execute(uri: "/api/documents", method: .post,
                                             headers: [.authorization: "Bearer s3cret"],
                                             body: ByteBuffer(string: #"{"text":"UNCODABLE text"}"#))
            #expect(r.status == .unprocessableContent)
            #expect(r.errorCode == "coding_failed")
        }
    }

    @Test func ingestPageNeedsTheTokenAndShowsEvents() async throws {
        try await writable.run { client, store in
            let form = try await client.execute(uri: "/ingest", method: .get)
            #expect(form.status == .ok)
            #expect(form.text.contains("<label for=\"ingest-text\">"))
            let body = "title=Web+visit&date=2018-08-01&text=Japan+met+South+Korea+on+2018-08-01.&token="
            let denied = try await client.execute(uri: "/ingest", method: .post, body: ByteBuffer(string: body + "nope"))
            #expect(denied.status == .unauthorized)
            #expect(denied.text.contains("role=\"alert\""))
            let stored = try await client.execute(uri: "/ingest", method: .post, body: ByteBuffer(string: body + "s3cret"))
            #expect(stored.status == .created)
            #expect(stored.text.contains("1 events coded"))
            let page = try await store.events(EventQuery(dyad: Dyad("JPN", "KOR")))
            #expect(page.events.count == 1)
        }
    }
}

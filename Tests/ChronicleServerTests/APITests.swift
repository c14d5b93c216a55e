import ChronicleCore
import ChronicleReports
import ChronicleStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import ChronicleServer

@Suite("JSON API")
struct APITests {
    @Test func eventsOfADyadArePagedWithACursor() async throws {
        try await ServerHarness().run { client, _ in
            let all = try await client.execute(uri: "/api/events?dyad=PRK-JPN", method: .get)
            #expect(all.status == .ok)
            #expect(all.headers[.contentType] == "application/json")
            let events = all.json["events"] as? [[String: Any]] ?? []
            #expect(events.count == 2)   // the merged meeting and the criticism
            #expect(all.json.keys.contains("next"))
            #expect(all.json["next"] is NSNull)
            let meeting = events.first { $0["cameo"] as? String == "040" }
            #expect(meeting?["mentions"] as? Int == 2)
            #expect((meeting?["documents"] as? [String])?.sorted() == ["a1", "b2"])
            #expect(meeting?["date"] as? String == "2018-03-05")

            let first = try await client.execute(uri: "/api/events?dyad=JPN-PRK&limit=1", method: .get)
            let cursor = try #require(first.json["next"] as? String)
            let second = try await client.execute(
                uri: "/api/events?dyad=JPN-PRK&limit=1&cursor=\(QueryParameters.encode(cursor))", method: .get)
            let firstID = (first.json["events"] as? [[String: Any]])?.first?["id"] as? String
            let secondID = (second.json["events"] as? [[String: Any]])?.first?["id"] as? String
            #expect(firstID != nil && secondID != nil && firstID != secondID)
            #expect(second.json["next"] is NSNull)
        }
    }

    @Test func eventFiltersNarrowTheList() async throws {
        try await ServerHarness().run { client, _ in
            func count(_ query: String) async throws -> Int {
                let r = try await client.execute(uri: "/api/events?\(query)", method: .get)
                #expect(r.status == .ok, "\(query): \(r.text)")
                return (r.json["events"] as? [[String: Any]])?.count ?? -1
            }
            do { let n = try await count("country=PRK"); #expect(n == 4) }
            do { let n = try await count("country=PRK&root=19"); #expect(n == 1) }
            do { let n = try await count("country=PRK&from=2018-04-01&to=2018-04-30"); #expect(n == 1) }
            do { let n = try await count("country=PRK&mode=negated"); #expect(n == 0) }
            do { let n = try await count("country=PRK&q=shipped"); #expect(n == 1) }
            do { let n = try await count("country=PRK&source=wire+b"); #expect(n == 2) }
        }
    }

    @Test(arguments: [
        "dyad=JPN", "dyad=JPN-PRK&country=JPN", "country=JAPAN", "from=2018-13-01", "from=2018-05-01&to=2018-01-01",
        "limit=0", "limit=501", "limit=ten", "root=99", "mode=perhaps", "cursor=garbage",
    ])
    func badEventParametersAre400(_ query: String) async throws {
        try await ServerHarness().run { client, _ in
            let r = try await client.execute(uri: "/api/events?\(query)", method: .get)
            #expect(r.status == .badRequest, "\(query)")
            #expect(r.errorCode == "bad_parameter", "\(query): \(r.text)")
            let message = (r.json["error"] as? [String: Any])?["message"] as? String
            #expect(message?.isEmpty == false)
        }
    }

    @Test func limitOf500IsAccepted() async throws {
        try await ServerHarness().run { client, _ in
            let r = try await client.execute(uri: "/api/events?limit=500", method: .get)
            #expect(r.status == .ok)
        }
    }

    @Test func eventDetailAndUnknownIDs() async throws {
        try await ServerHarness().run { client, store in
            let page = try await store.events(EventQuery(dyad: Dyad("JPN", "PRK"), root: "04"))
            let id = try #require(page.events.first?.id)
            let r = try await client.execute(uri: "/api/events/\(id)", method: .get)
            #expect(r.status == .ok)
            #expect((r.json["mentions"] as? [Any])?.count == 2)
            let missing = try await client.execute(uri: "/api/events/ev-nothing", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.errorCode == "not_found")
            let doc = try await client.execute(uri: "/api/documents/a1", method: .get)
            #expect(doc.status == .ok)
            #expect((doc.json["document"] as? [String: Any])?["id"] as? String == "a1")
            let noDoc = try await client.execute(uri: "/api/documents/zz", method: .get)
            #expect(noDoc.status == .notFound)
            #expect(noDoc.errorCode == "not_found")
        }
    }

    @Test func dyadsTrendBalanceSearchAndStats() async throws {
        try await ServerHarness().run { client, _ in
            let dyads = try await client.execute(uri: "/api/dyads?limit=10", method: .get)
            let rows = dyads.json["dyads"] as? [[String: Any]] ?? []
            #expect(rows.count == 3)
            #expect(rows.first?["events"] as? Int == 2)

            let trend = try await client.execute(uri: "/api/trend?dyad=JPN-PRK&by=month", method: .get)
            #expect(trend.status == .ok)
            let periods = (trend.json["rows"] as? [[String: Any]])?.compactMap { $0["period"] as? String }
            #expect(periods == ["2018-03", "2018-04"])
            #expect(try await client.execute(uri: "/api/trend", method: .get).status == .badRequest)
            #expect(try await client.execute(uri: "/api/trend?dyad=JPN-PRK&by=week", method: .get).status == .badRequest)

            let balance = try await client.execute(uri: "/api/balance?country=JPN&toward=PRK", method: .get)
            #expect(balance.json["quad_counts"] as? [Int] == [1, 0, 1, 0])
            #expect(try await client.execute(uri: "/api/balance", method: .get).status == .badRequest)
            #expect(try await client.execute(uri: "/api/balance?country=JPN&toward=X", method: .get).status == .badRequest)

            let search = try await client.execute(uri: "/api/search?q=criticized", method: .get)
            #expect((search.json["hits"] as? [Any])?.count == 1)
            #expect(try await client.execute(uri: "/api/search", method: .get).status == .badRequest)
            #expect(try await client.execute(uri: "/api/search?q=%21%21", method: .get).status == .badRequest)

            let stats = try await client.execute(uri: "/api/stats", method: .get)
            #expect(stats.json["documents"] as? Int == 3)
        }
    }

    @Test(arguments: ["html", "md", "json", "csv"])
    func digestDownloads(_ format: String) async throws {
        try await ServerHarness().run { client, store in
            let r = try await client.execute(uri: "/api/digest?dyad=JPN-PRK&from=2018-01-01&format=\(format)", method: .get)
            #expect(r.status == .ok)
            let disposition = r.headers[.contentDisposition] ?? ""
            #expect(disposition == "attachment; filename=\"digest-JPN-PRK-2018-01-01.\(format)\"")
            // The body is the renderer's output for the same data, apart from the time stamp.
            let data = try await DigestBuilder(store: store, countryNames: SiteNames.countryNames).build(
                APIRoutes.digestSelection(QueryParameters("dyad=JPN-PRK&from=2018-01-01")),
                generatedAt: Date(timeIntervalSince1970: 0))
            var expected = data
            expected.generatedAt = Self.stamp(in: r.text) ?? expected.generatedAt
            #expect(r.text == ChronicleReportsRender.render(expected, format))
        }
    }

    /// The ISO 8601 time stamp in a digest.
    static func stamp(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 20 else { return nil }
        for i in 0...(scalars.count - 20) {
            let candidate = FixtureCoder.text(scalars, i, i + 20)
            if candidate.hasSuffix("Z"), candidate.dropFirst(10).first == "T", CalendarDay(iso: candidate.prefix(10)) != nil {
                return candidate
            }
        }
        return nil
    }

    @Test(arguments: ["", "format=html", "dyad=JPN-PRK&format=pdf", "dyad=JPN-PRK&country=JPN", "country=J"])
    func badDigestParametersAre400(_ query: String) async throws {
        try await ServerHarness().run { client, _ in
            let r = try await client.execute(uri: "/api/digest?\(query)", method: .get)
            #expect(r.status == .badRequest, "\(query)")
            #expect(r.errorCode == "bad_parameter")
        }
    }

    @Test func unknownAPIPathIsJSON404() async throws {
        try await ServerHarness().run { client, _ in
            let r = try await client.execute(uri: "/api/nothing", method: .get)
            #expect(r.status == .notFound)
            #expect(r.errorCode == "not_found")
        }
    }
}

/// The digest renderer, named here so that the test reads as the claim it checks.
enum ChronicleReportsRender {
    static func render(_ data: ChronicleReports.DigestData, _ format: String) -> String {
        ChronicleReports.DigestRenderer().render(data, as: ChronicleReports.DigestFormat(rawValue: format)!)
    }
}

@Suite struct PathIDTests {
    @Test func slashesInDocumentIDsArriveEncoded() {
        #expect(PathID.decode("articles%2F2018-06-12-summit") == "articles/2018-06-12-summit")
        #expect(PathID.decode("plain-id") == "plain-id")
        #expect(PathID.decode("bad%zz") == "bad%zz")
    }
}

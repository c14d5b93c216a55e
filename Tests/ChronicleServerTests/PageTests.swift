import ChronicleCore
import ChronicleStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import ChronicleServer

@Suite("Pages")
struct PageTests {
    @Test func homeListsDyadsAndDocumentsWithSecurityHeaders() async throws {
        try await ServerHarness().run { client, _ in
            let r = try await client.execute(uri: "/", method: .get)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType] == "text/html; charset=utf-8")
            let csp = r.headers[.contentSecurityPolicy] ?? ""
            #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"))
            #expect(r.headers[.xContentTypeOptions] == "nosniff")
            #expect(r.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            #expect(r.text.contains("href=\"/dyads/JPN-PRK\""))
            #expect(r.text.contains("href=\"/documents/a1\""))
            #expect(r.text.contains("<main id=\"main\""))
            #expect(r.text.contains("role=\"search\""))
            #expect(!r.text.contains("<script>"))   // no inline script anywhere
            #expect(try await client.execute(uri: "/?from=yesterday", method: .get).status == .badRequest)
        }
    }

    @Test func dyadPageHasChartsBalanceAndChronology() async throws {
        try await ServerHarness().run { client, _ in
            let r = try await client.execute(uri: "/dyads/JPN-PRK", method: .get)
            #expect(r.status == .ok)
            #expect(r.text.components(separatedBy: "<svg").count - 1 == 3)   // two directions + Goldstein
            #expect(r.text.contains("class=\"chronology\""))
            #expect(r.text.contains("Of JPN"))     // a balance sentence of the digest narrative
            #expect(r.text.contains("href=\"/events/ev-"))
            let filtered = try await client.execute(uri: "/dyads/JPN-PRK?root=11", method: .get)
            #expect(filtered.text.components(separatedBy: "href=\"/events/").count - 1 == 1)
            #expect(filtered.text.contains("<option value=\"11\" selected>"))
            let paged = try await client.execute(uri: "/dyads/JPN-PRK?limit=1", method: .get)
            #expect(paged.text.contains("rel=\"next\""))
            #expect(try await client.execute(uri: "/dyads/JPNPRK", method: .get).status == .badRequest)
            #expect(try await client.execute(uri: "/dyads/JPN-PRK?mode=x", method: .get).status == .badRequest)
            let bad = try await client.execute(uri: "/dyads/J%3Cb%3E-PRK", method: .get)
            #expect(bad.status == .badRequest)
            #expect(!bad.text.contains("<b>"))
            #expect(bad.headers[.contentType] == "text/html; charset=utf-8")
        }
    }

    @Test func countryAndActorPages() async throws {
        try await ServerHarness().run { client, _ in
            let country = try await client.execute(uri: "/countries/PRK", method: .get)
            #expect(country.status == .ok)
            #expect(country.text.contains("href=\"/dyads/PRK-KOR\""))
            #expect(country.text.contains("class=\"chronology\""))
            #expect(try await client.execute(uri: "/countries/NORTHKOREA", method: .get).status == .badRequest)
            let actor = try await client.execute(uri: "/actors/CHN", method: .get)
            #expect(actor.status == .ok)
            #expect(actor.text.contains("href=\"/actors/PRK\""))
            #expect(try await client.execute(uri: "/actors/XYZGOV", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/actors/1", method: .get).status == .badRequest)
        }
    }

    @Test func eventPageShowsEveryReportWithHighlightsAndRule() async throws {
        try await ServerHarness().run { client, store in
            let page = try await store.events(EventQuery(dyad: Dyad("JPN", "PRK"), root: "04"))
            let id = try #require(page.events.first?.id)
            let r = try await client.execute(uri: "/events/\(id)", method: .get)
            #expect(r.status == .ok)
            #expect(r.text.contains("href=\"/documents/a1#s0\""))
            #expect(r.text.contains("href=\"/documents/b2#s0\""))
            #expect(r.text.contains("<mark class=\"source\""))
            #expect(r.text.contains("<mark class=\"target\""))
            #expect(r.text.contains("Rule: fixture verb 040"))
            let missing = try await client.execute(uri: "/events/ev-0000", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("no event with id"))
        }
    }

    @Test func documentPageMarksAndEscapes() async throws {
        try await ServerHarness().run { client, _ in
            let r = try await client.execute(uri: "/documents/c3", method: .get)
            #expect(r.status == .ok)
            #expect(!r.text.contains("<script>alert"))
            #expect(r.text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            #expect(r.text.contains("Shots &lt;b&gt;fired&lt;/b&gt;"))
            #expect(!r.text.contains("javascript:"))
            #expect(r.text.contains("<mark class=\"time\" tabindex=\"0\""))
            #expect(r.text.contains("<mark class=\"actor\" tabindex=\"0\""))
            #expect(r.text.contains("class=\"sentence event-sentence\""))
            #expect(r.text.contains("href=\"/events/ev-"))
            #expect(try await client.execute(uri: "/documents/none", method: .get).status == .notFound)
        }
    }

    @Test func documentPageShowsWhatTheStoreHolds() async throws {
        try await ServerHarness().run { client, store in
            // Annotations the fixture coder would never produce: the page must show these, read
            // from the store, and nothing coded afresh.
            let text = "Seoul said yesterday that envoys met. Nothing else happened."
            var event = EventRecord(
                id: "x1", doc: "x1", sentenceIndex: 0, date: "2018-06-11", dateStart: CalendarDay(iso: "2018-06-11"),
                dateEnd: CalendarDay(iso: "2018-06-11"), dateBasis: .explicit,
                source: ActorRef(text: "Seoul", country: "KOR", code: "KORGOV"),
                target: ActorRef(text: "envoys", country: "PRK", code: "PRKGOV"), cameo: "040", root: "04", quad: 1,
                goldstein: 1.0, plover: nil, mode: .asserted, location: nil, reportedBy: [],
                text: "Seoul said yesterday that envoys met.", span: [0, 37], confidence: 0.7)
            event.explanation = EventExplanation(event: "x1", pattern: "V0401", rule: "verb+reported",
                                                 source: [0, 5], verb: [33, 36], target: [26, 32], date: [11, 20])
            let coded = CodedDocument(
                document: Document(id: "x1", text: text, publicationDate: CalendarDay(iso: "2018-06-12"),
                                   title: "Stored notes", source: "Wire X"),
                sentences: [SentenceRecord(index: 0, start: 0, end: 37, text: "Seoul said yesterday that envoys met."),
                            SentenceRecord(index: 1, start: 38, end: 60, text: "Nothing else happened.")],
                times: [TimeRecord(text: "yesterday", start: 11, end: 20, type: "DATE", value: "2018-06-11",
                                   mod: nil, anchor: "publication")],
                actors: [ActorMentionRecord(text: "Seoul", start: 0, end: 5, country: "KOR", sector: "GOV", role: nil,
                                            name: nil, code: "KORGOV", how: "metonymy")],
                events: [event])
            _ = try await store.store(coded)
            let eventID = try #require(try await store.annotations(documentID: "x1")?.reports.first?.eventID)
            let r = try await client.execute(uri: "/documents/x1", method: .get)
            #expect(r.status == .ok)
            #expect(r.text.contains("title=\"DATE 2018-06-11, resolved against the publication date\""))
            #expect(r.text.contains(">yesterday</mark>"))
            #expect(r.text.contains("title=\"KORGOV · found by metonymy\""))
            #expect(r.text.contains("<mark class=\"event-verb\" tabindex=\"0\""))
            #expect(r.text.contains("href=\"/events/\(eventID)\""))
            #expect(r.text.contains("Pattern V0401, rule verb+reported."))
            #expect(r.text.contains("<mark class=\"target\" tabindex=\"0\" title=\"target actor\" data-tip=\"target actor\">envoys</mark>"))
            #expect(r.text.contains("what the store holds for this document"))
            #expect(r.text.contains("<dt>Temporal expressions</dt><dd>1</dd>"))
            // The second sentence has no event; a document without reports says so.
            #expect(r.text.contains("id=\"s1\""))
            _ = try await store.store(CodedDocument(
                document: Document(id: "y2", text: "Quiet day.", publicationDate: nil, title: nil, source: nil),
                sentences: [SentenceRecord(index: 0, start: 0, end: 10, text: "Quiet day.")]))
            let quiet = try await client.execute(uri: "/documents/y2", method: .get)
            #expect(quiet.status == .ok)
            #expect(quiet.text.contains("The store holds no events for this document."))
        }
    }

    @Test func searchPage() async throws {
        try await ServerHarness().run { client, _ in
            let r = try await client.execute(uri: "/search?q=shipped+aid", method: .get)
            #expect(r.status == .ok)
            #expect(r.text.contains("href=\"/documents/b2#s1\""))
            let code = try await client.execute(uri: "/search?q=JPN-PRK", method: .get)
            #expect(code.text.contains("href=\"/dyads/JPN-PRK\""))
            let empty = try await client.execute(uri: "/search?q=%3Cscript%3E", method: .get)
            #expect(empty.status == .ok)
            #expect(!empty.text.contains("<script>"))
        }
    }

    @Test func digestPageAndDownload() async throws {
        try await ServerHarness().run { client, _ in
            let form = try await client.execute(uri: "/digest", method: .get)
            #expect(form.text.contains("Select a digest to download"))
            #expect(form.text.contains("action=\"/digest/download\""))
            #expect(form.text.contains("<label for=\"d-dyad\">"))
            let file = try await client.execute(uri: "/digest/download?dyad=JPN-PRK&format=csv", method: .get)
            #expect(file.status == .ok)
            #expect(file.headers[.contentDisposition] == "attachment; filename=\"digest-JPN-PRK.csv\"")
            let bad = try await client.execute(uri: "/digest/download?format=csv", method: .get)
            #expect(bad.status == .badRequest)
            #expect(bad.headers[.contentType] == "text/html; charset=utf-8")
        }
    }

    @Test func staticFilesAndUnknownPaths() async throws {
        try await ServerHarness().run { client, _ in
            let css = try await client.execute(uri: "/static/app.css", method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.headers[.contentSecurityPolicy] != nil)
            #expect(try await client.execute(uri: "/static/app.js", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/static/evil.js", method: .get).status == .notFound)
            let missing = try await client.execute(uri: "/nowhere", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.headers[.xContentTypeOptions] == "nosniff")
            #expect(missing.text.contains("<h1>404"))
        }
    }
}

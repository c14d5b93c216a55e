import ChronicleCore
import ChronicleStore
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
@testable import ChronicleServer

/// A small deterministic coder for the server tests: sentences split at ". ", country names
/// as actors, ISO dates as temporal expressions, and one event per sentence with a known verb
/// between its first two countries.
struct FixtureCoder: DocumentCoding, EventRuleExplaining {
    static let countries: [(String, String)] = [
        ("North Korea", "PRK"), ("South Korea", "KOR"), ("Japan", "JPN"), ("China", "CHN"),
    ]
    static let verbs: [(String, String, String, Int, Double)] = [
        ("met", "040", "04", 1, 1.0), ("criticized", "111", "11", 3, -2.0),
        ("shipped aid to", "073", "07", 2, 7.4), ("fired on", "190", "19", 4, -10.0),
    ]

    func code(_ document: Document) throws -> CodedDocument {
        if document.text.contains("UNCODABLE") { throw FixtureError() }
        let scalars = Array(document.text.unicodeScalars)
        var sentences: [SentenceRecord] = []
        var start = 0
        var i = 0
        while i < scalars.count {
            let end: Int?
            if scalars[i] == "." && (i + 1 == scalars.count || scalars[i + 1] == " " || scalars[i + 1] == "\n") {
                end = i + 1
            } else if i + 1 == scalars.count {
                end = i + 1
            } else {
                end = nil
            }
            if let end {
                var s = start
                while s < end && (scalars[s] == " " || scalars[s] == "\n") { s += 1 }
                if s < end {
                    sentences.append(SentenceRecord(index: sentences.count, start: s, end: end,
                                                    text: Self.text(scalars, s, end)))
                }
                start = end
            }
            i += 1
        }
        var actors: [ActorMentionRecord] = []
        var times: [TimeRecord] = []
        var events: [EventRecord] = []
        for sentence in sentences {
            var found: [(Int, String, String)] = []
            for (name, code) in Self.countries {
                for offset in Self.occurrences(of: name, in: sentence.text)
                where !found.contains(where: { $0.0 <= offset + sentence.start && offset + sentence.start < $0.0 + $0.1.unicodeScalars.count }) {
                    found.append((sentence.start + offset, name, code))
                }
            }
            found.sort { $0.0 < $1.0 }
            for (offset, name, code) in found {
                actors.append(ActorMentionRecord(text: name, start: offset, end: offset + name.unicodeScalars.count,
                                                 country: code, sector: nil, role: nil, name: name, code: code,
                                                 how: "dictionary"))
            }
            var date: CalendarDay?
            let words = sentence.text.split(separator: " ")
            for word in words {
                let candidate = word.trimmingCharacters(in: .punctuationCharacters)
                if candidate.count == 10, let day = CalendarDay(iso: candidate),
                   let offset = Self.occurrences(of: candidate, in: sentence.text).first {
                    times.append(TimeRecord(text: candidate, start: sentence.start + offset,
                                            end: sentence.start + offset + 10, type: "DATE",
                                            value: candidate, mod: nil, anchor: nil))
                    date = date ?? day
                }
            }
            guard found.count >= 2,
                  let verb = Self.verbs.first(where: { sentence.text.contains(" \($0.0) ") }) else { continue }
            let day = date ?? document.publicationDate
            let source = ActorRef(text: found[0].1, country: found[0].2, code: found[0].2, name: found[0].1)
            let target = ActorRef(text: found[1].1, country: found[1].2, code: found[1].2, name: found[1].1)
            events.append(EventRecord(
                id: "\(document.id)-\(sentence.index)", doc: document.id, sentenceIndex: sentence.index,
                date: day?.description, dateStart: day, dateEnd: day,
                dateBasis: date != nil ? .explicit : .publication, source: source, target: target,
                cameo: verb.1, root: verb.2, quad: verb.3, goldstein: verb.4, plover: nil,
                mode: sentence.text.contains(" not ") ? .negated : .asserted, location: nil,
                reportedBy: [], text: sentence.text, span: [sentence.start, sentence.end], confidence: 0.9))
        }
        return CodedDocument(document: document, sentences: sentences, times: times, actors: actors, events: events)
    }

    func rule(for record: EventRecord, in document: Document) -> String? {
        "fixture verb \(record.cameo)"
    }

    static func text(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[a..<b])
        return String(view)
    }

    /// Scalar offsets of `needle` in `haystack`.
    static func occurrences(of needle: String, in haystack: String) -> [Int] {
        let h = Array(haystack.unicodeScalars), n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= h.count else { return [] }
        return (0...(h.count - n.count)).filter { Array(h[$0..<$0 + n.count]) == n }
    }
}

struct FixtureError: Error {}

/// Documents for the tests. Two of them report the same meeting (merged into one event); one
/// holds markup that must come out escaped.
enum FixtureDocuments {
    static let all: [Document] = [
        Document(id: "a1", text: "Japan met North Korea on 2018-03-05 in Hanoi. The talks were long.\n\nJapan criticized North Korea on 2018-04-10.",
                 publicationDate: CalendarDay(iso: "2018-04-11"), title: "Talks and criticism", source: "Wire A"),
        Document(id: "b2", text: "Officials said Japan met North Korea on 2018-03-05. China shipped aid to North Korea.",
                 publicationDate: CalendarDay(iso: "2018-03-06"), title: "Meeting confirmed", source: "Wire B"),
        Document(id: "c3", text: "North Korea fired on South Korea on 2018-05-01. <script>alert('x')</script> was posted by a troll.",
                 publicationDate: CalendarDay(iso: "2018-05-02"), title: "Shots <b>fired</b>", source: "Wire C",
                 url: "javascript:alert(1)"),
    ]

    /// A memory store holding the fixture documents.
    static func store() async throws -> MemoryEventStore {
        let store = MemoryEventStore()
        try await store.migrate()
        for document in all {
            _ = try await store.store(try FixtureCoder().code(document))
        }
        return store
    }
}

/// Running requests against an application built over the fixture store.
struct ServerHarness {
    var configuration = ServerConfiguration(writeToken: nil, maxBodyBytes: 4096)

    func run(_ body: @Sendable (any TestClientProtocol, MemoryEventStore) async throws -> Void) async throws {
        let store = try await FixtureDocuments.store()
        let app = buildApplication(configuration: configuration, store: store, coder: FixtureCoder())
        try await app.test(.router) { client in try await body(client, store) }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The decoded JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    /// The `error.code` of a JSON error body.
    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
}

import ChronicleCore
import ChronicleReports
import ChronicleSQLite
import ChronicleStore
import Foundation

/// `chronicle-bench digest [--events N]`: the time to build and render a digest of one dyad
/// over N merged events (default 10,000) stored in SQLite — the issue's goal is under a second.
///
/// The events are synthetic: N reports of one dyad, three days apart, so that none merge.
enum DigestBenchmark {
    static func run(_ arguments: [String]) async {
        var count = 10_000
        if let i = arguments.firstIndex(of: "--events"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
            count = n
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-digest-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let store = try SQLiteEventStore(path: dir.appendingPathComponent("digest.sqlite").path)
            try await store.migrate()
            try await fill(store, events: count)
            let builder = DigestBuilder(store: store, countryNames: ["USA": "United States", "PRK": "North Korea"])
            let selection = DigestSelection(dyad: ("USA", "PRK"))
            let clock = ContinuousClock()
            var data: DigestData?
            // CPU time beside wall time: on a shared machine the wall clock includes waiting.
            var cpu = cpuSeconds()
            let build = try await clock.measure { data = try await builder.build(selection) }
            say("digest over \(data?.events.count ?? 0) events: build from SQLite \(format(build)) "
                + "(CPU \(String(format: "%.3f", cpuSeconds() - cpu)) s)")
            for format in DigestFormat.allCases {
                var bytes = 0
                cpu = cpuSeconds()
                let render = clock.measure { bytes = DigestRenderer().render(data!, as: format).utf8.count }
                say("  render \(format.rawValue): \(self.format(render)) (CPU \(String(format: "%.3f", cpuSeconds() - cpu)) s, "
                    + "\(bytes / 1024) KiB)")
            }
            try await store.close()
        } catch {
            say("digest benchmark failed: \(error)")
        }
    }

    /// The CPU time this process has used, in seconds.
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func format(_ d: Duration) -> String {
        let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return String(format: "%.3f s", seconds)
    }

    /// Stores `events` reports of USA–PRK in documents of ten, three days apart, alternating codes.
    static func fill(_ store: any EventStore, events: Int) async throws {
        let codes: [(String, Int, Double)] = [("036", 1, 4.0), ("042", 1, 1.9), ("112", 3, -2.0), ("163", 4, -8.0),
                                              ("0841", 2, 7.0), ("130", 3, -4.4)]
        let first = CalendarDay(iso: "1950-01-01")!
        var i = 0
        var d = 0
        while i < events {
            var records = [EventRecord]()
            var sentences = [SentenceRecord]()
            var text = ""
            for k in 0..<min(10, events - i) {
                let day = first.adding(days: 3 * (i + k))
                let code = codes[(i + k) % codes.count]
                let (a, b) = (i + k) % 3 == 0 ? ("PRK", "USA") : ("USA", "PRK")
                let sentence = "On \(day) officials of \(a) acted toward \(b) in synthetic report \(i + k)."
                let start = text.count
                text += sentence + " "
                sentences.append(SentenceRecord(index: k, start: start, end: start + sentence.count, text: sentence))
                records.append(EventRecord(
                    id: "s\(i + k)", doc: "doc-\(d)", sentenceIndex: k, date: day.description, dateStart: day, dateEnd: day,
                    dateBasis: .explicit, source: ActorRef(text: a, country: a, code: a),
                    target: ActorRef(text: b, country: b, code: b), cameo: code.0, root: String(code.0.prefix(2)),
                    quad: code.1, goldstein: code.2, plover: nil, mode: .asserted, location: nil, reportedBy: [],
                    text: sentence, span: [start, start + sentence.count], confidence: 0.8))
            }
            let document = Document(id: "doc-\(d)", text: text, publicationDate: records.last?.dateStart,
                                    title: "Synthetic report \(d)", source: "Wire \(d % 4)",
                                    url: "https://example.org/\(d)")
            _ = try await store.store(CodedDocument(document: document, sentences: sentences, events: records))
            i += records.count
            d += 1
        }
    }
}

import ChronicleCore
import ChronicleStore
import Foundation
import Testing

/// A coder for tests: one event per document between two countries named in the id, and a
/// failure for documents whose text says so.
struct SyntheticCoder: DocumentCoding {
    struct Refusal: Error {}

    func code(_ document: Document) throws -> CodedDocument {
        if document.text.contains("unreadable") { throw Refusal() }
        if document.text.contains("slowly") { Thread.sleep(forTimeInterval: 0.3) }
        let day = document.publicationDate?.description ?? "2018-06-12"
        let event = Fixtures.event("\(document.id)-e", doc: document.id, "USA", "PRK", "040", day,
                                   text: document.text)
        return Fixtures.document(document.id, date: document.publicationDate?.description, source: document.source,
                                 events: [event])
    }
}

/// ``SyntheticCoder`` under a version name.
struct VersionedCoder: DocumentCoding {
    let version: String

    func code(_ document: Document) throws -> CodedDocument {
        var coded = try SyntheticCoder().code(document)
        coded.coderVersion = version
        return coded
    }
}

@Suite("Ingest pipeline")
struct IngestorTests {
    private func items(_ count: Int) -> [IngestItem] {
        (0..<count).map { i in
            let day = CalendarDay(iso: "2018-06-01")!.adding(days: i % 20)
            return .document(Document(id: "doc-\(i)", text: i == 7 ? "This one is unreadable." : "Talks number \(i).",
                                      publicationDate: day, source: i % 2 == 0 ? "Yonhap" : "KCNA"))
        }
    }

    @Test("Documents are coded concurrently, failures collected, and reruns skip stored documents")
    func ingest() async throws {
        let store = MemoryEventStore()
        let reports = ProgressLog()
        let ingestor = Ingestor(store: store, coder: SyntheticCoder(), jobs: 4)
        let input = items(40) + [.failure(IngestFailure(documentID: nil, origin: DocumentOrigin(path: "x.jsonl", line: 3),
                                                        message: "not a JSON object"))]
        let summary = await ingestor.ingest(input, documentsTotal: 41) { reports.append($0) }
        #expect(summary.progress.documents == 41)
        #expect(summary.progress.inserted == 39)
        #expect(summary.progress.failed == 2)
        #expect(summary.progress.events == 39)
        #expect(summary.failures.map(\.description).sorted() == ["doc-7: cannot code: Refusal()",
                                                                "x.jsonl:3: not a JSON object"])
        #expect(reports.count == 42)
        #expect(try await store.stats().documents == 39)
        // Daily meetings over 20 days, reported twice a day: merged, but never across 2 days.
        let events = try await store.events(EventQuery(dyad: Dyad("USA", "PRK"))).events
        #expect(events.reduce(0) { $0 + $1.mentionCount } == 39)
        #expect(events.count == 10)

        let again = await ingestor.ingest(items(40))
        #expect(again.progress.unchanged == 39)
        #expect(again.progress.inserted == 0)
        #expect(again.progress.failed == 1)
    }

    @Test("A new coder version codes stored documents again; the same version skips them")
    func newCoderVersion() async throws {
        let store = MemoryEventStore()
        let first = await Ingestor(store: store, coder: VersionedCoder(version: "r1"), jobs: 2).ingest(items(10))
        #expect(first.progress.inserted == 9)
        let same = await Ingestor(store: store, coder: VersionedCoder(version: "r1"), jobs: 2).ingest(items(10))
        #expect(same.progress.unchanged == 9)
        let newer = await Ingestor(store: store, coder: VersionedCoder(version: "r2"), jobs: 2).ingest(items(10))
        #expect(newer.progress.unchanged == 0)
        #expect(newer.progress.replaced == 9)
        #expect(try await store.stats().documents == 9)
    }

    @Test("Two versions of a document in one input: the later one wins, however long coding takes")
    func inputOrder() async throws {
        let store = MemoryEventStore()
        let first = Document(id: "same", text: "First version, coded slowly.", publicationDate: CalendarDay(iso: "2018-06-01"))
        let second = Document(id: "same", text: "Second version.", publicationDate: CalendarDay(iso: "2018-06-01"))
        let summary = await Ingestor(store: store, coder: SyntheticCoder(), jobs: 4)
            .ingest([.document(first), .document(second)])
        #expect(summary.progress.inserted == 1 && summary.progress.replaced == 1)
        #expect(try await store.document(id: "same")?.document.text.hasPrefix("Second version.") == true)
        #expect(try await store.stats().eventMentions == 1)
    }

    @Test("Progress reports throughput and an ETA when the total is known")
    func progress() {
        var p = IngestProgress(documentsTotal: 10, bytesTotal: 2_000_000)
        p.documents = 5
        p.bytes = 1_000_000
        p.elapsed = 2
        #expect(p.megabytesPerSecond == 0.5)
        #expect(p.fraction == 0.5)
        #expect(p.eta == 2)
        #expect(IngestProgress().eta == nil)
    }
}

final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [IngestProgress] = []
    func append(_ p: IngestProgress) { lock.withLock { entries.append(p) } }
    var count: Int { lock.withLock { entries.count } }
}

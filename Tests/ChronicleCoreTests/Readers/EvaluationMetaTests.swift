import Foundation
import Testing
@testable import ChronicleCore

/// `meta.json` of an evaluation folder: date, publisher and address, or nothing when absent.
struct EvaluationMetaTests {
    func folder(_ meta: String?) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-meta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        if let meta { try meta.write(to: dir.appendingPathComponent("meta.json"), atomically: true, encoding: .utf8) }
        return dir.path
    }

    @Test func readsDatePublisherAndAddress() throws {
        let dir = try folder(#"{"id": "x", "date": "2011-10-10T09:00", "source": "The White House", "url": "https://example.org/a"}"#)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let meta = EvaluationMeta.load(folder: dir)
        #expect(meta == EvaluationMeta(date: CalendarDay(iso: "2011-10-10"), publisher: "The White House", url: "https://example.org/a"))
    }

    @Test func missingOrMalformedGivesNothing() throws {
        let none = try folder(nil)
        let broken = try folder("{ not json")
        defer { try? FileManager.default.removeItem(atPath: none); try? FileManager.default.removeItem(atPath: broken) }
        #expect(EvaluationMeta.load(folder: none) == EvaluationMeta())
        #expect(EvaluationMeta.load(folder: broken) == EvaluationMeta())
    }
}

import Foundation
import Testing
@testable import ChronicleCore

/// Value F1 on the development articles of `../shared/eval/dev` (read in place, never copied);
/// skipped where that directory is absent.
@Suite("Temporal development set")
struct TemporalDevSetTests {
    static var devDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/eval/dev")
    }

    @Test("pooled value F1 reaches 0.90", .enabled(if: FileManager.default.fileExists(atPath: devDirectory.path)))
    func devValueF1() throws {
        var total = TimexScore()
        let fm = FileManager.default
        for name in try fm.contentsOfDirectory(atPath: Self.devDirectory.path).sorted() {
            let folder = Self.devDirectory.appendingPathComponent(name)
            guard let article = try? String(contentsOf: folder.appendingPathComponent("article.txt"), encoding: .utf8),
                  let goldText = try? String(contentsOf: folder.appendingPathComponent("timex.gold.jsonl"), encoding: .utf8),
                  let meta = try? Data(contentsOf: folder.appendingPathComponent("meta.json")),
                  let object = try JSONSerialization.jsonObject(with: meta) as? [String: Any] else { continue }
            let entries: [(text: String, value: String)] = goldText.split(separator: "\n").compactMap { line in
                guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let t = o["text"] as? String, let v = o["value"] as? String else { return nil }
                return (t, v)
            }
            let found = TemporalTagger.shared.annotate(text: article, publicationDate: (object["date"] as? String).flatMap { CalendarDay(iso: $0) })
            total.add(gold: TimexScore.align(texts: entries, in: article), system: found)
        }
        #expect(total.gold > 0)
        #expect(total.valueF1 >= 0.90, "value P \(total.valuePrecision) R \(total.valueRecall)")
    }
}

import Foundation
import Testing
@testable import ChronicleCore

/// Runs `Resources/events/examples/groups.examples.tsv`: each text must give the listed event
/// through a group phrase ("the two leaders" read as a pair), or none when marked `-`; several
/// events are separated by "; ", and one marked "!" must not be found.
@Suite("Group references")
struct GroupReferenceTests {
    static let coder = EventCoder.shipped()

    static func examples() throws -> [(line: Int, expected: String, text: String)] {
        let text = try #require(EventResources.text("groups.examples", "tsv", subdirectory: "Resources/events/examples"))
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { k, line in
            guard !line.hasPrefix("#"), !line.hasPrefix("expected\t"), !line.isEmpty else { return nil }
            let f = line.split(separator: "\t", maxSplits: 1)
            return f.count == 2 ? (k + 1, String(f[0]), String(f[1])) : nil
        }
    }

    @Test("every group example")
    func corpus() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 9)
        var failures: [String] = []
        for e in examples {
            let doc = Document(id: "g\(e.line)", text: e.text, publicationDate: CalendarDay(iso: "2019-01-10"))
            let (coded, why) = Self.coder.codeExplained(doc)
            let groupEvents = coded.events.filter { event in why.contains { $0.event == event.id && $0.rule.contains("+group") } }
            let found = groupEvents.map { "\($0.cameo) \($0.source.country ?? "?")>\($0.target?.country ?? "?")" }
            if e.expected == "-" {
                if !found.isEmpty { failures.append("line \(e.line): expected none, found \(found)") }
            } else {
                // (several events separated by "; ", and "!event" for one that must not be found)
                for item in e.expected.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    let unwanted = item.hasPrefix("!")
                    if found.contains(unwanted ? String(item.dropFirst()) : item) == unwanted {
                        failures.append("line \(e.line): expected \(item), found \(found)")
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test("a group phrase is one span without a country of its own")
    func groupSpan() {
        let sentence = Self.coder.analyzedSentences(Document(id: "s", text: "The two leaders met on Tuesday.")).first
        let group = sentence?.actors.first { $0.isGroup }
        #expect(group?.text == "The two leaders")
        #expect(group?.country == nil)
    }
}

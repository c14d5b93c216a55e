import Foundation
import Testing
@testable import ChronicleCore

/// Walks the example corpora beside the event lexicons: every sentence must code the events it
/// lists (and none listed with `!`, as in `!114 JPN>KOR`), and sentences marked `-` must code none.
struct EventExamplesTests {
    /// One example: a sentence with bracketed actors and the events it must (not) produce.
    struct Example: CustomStringConvertible {
        var line: Int
        var expected: [(code: String, source: String, target: String, mode: String?)]
        var text: String
        var actors: [ActorSpan]
        var description: String { "line \(line): \(text)" }
    }

    /// Parses `[words|ISO]` markers into plain text and actor spans (scalar offsets).
    static func parse(_ marked: String) -> (String, [ActorSpan]) {
        var out = String.UnicodeScalarView()
        var actors: [ActorSpan] = []
        var it = Array(marked.unicodeScalars)[...]
        while let c = it.first {
            it = it.dropFirst()
            if c == "[", let close = it.firstIndex(of: "]") {
                let inner = String(String.UnicodeScalarView(it[it.startIndex..<close]))
                let parts = inner.split(separator: "|")
                let start = out.count
                out.append(contentsOf: parts[0].unicodeScalars)
                actors.append(ActorSpan(text: String(parts[0]), start: start, end: out.count,
                                        country: String(parts[1]), code: String(parts[1])))
                it = it[(close + 1)...]
            } else {
                out.append(c)
            }
        }
        return (String(out), actors)
    }

    static func load(_ name: String) -> [Example] {
        loadChecked(name).examples
    }

    /// The examples of a file, and a message for each line that is not well formed (an expected
    /// field other than `-` or `CODE SRC>TGT [mode]`, a marker without `|`), instead of a crash.
    static func loadChecked(_ name: String) -> (examples: [Example], malformed: [String]) {
        guard let text = EventResources.text(name, "tsv", subdirectory: "Resources/events/examples") else { return ([], ["\(name): missing"]) }
        var examples: [Example] = []
        var malformed: [String] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("expected\t") { continue }
            let f = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard f.count == 2 else { malformed.append("\(name) line \(n + 1): no tab"); continue }
            var expected: [(String, String, String, String?)] = []
            if f[0] != "-" {
                for item in f[0].split(separator: ";") {
                    let w = item.split(separator: " ").map(String.init)
                    let pair = w.count > 1 ? w[1].split(separator: ">").map(String.init) : []
                    guard pair.count == 2 else { malformed.append("\(name) line \(n + 1): expected \"\(item)\""); continue }
                    expected.append((w[0], pair[0], pair[1], w.count > 2 ? w[2] : nil))
                }
            }
            let markers = f[1].split(separator: "[").dropFirst().map { $0.prefix { $0 != "]" } }
            if markers.contains(where: { !$0.contains("|") }) { malformed.append("\(name) line \(n + 1): marker without |"); continue }
            let (plain, actors) = parse(f[1])
            examples.append(Example(line: n + 1, expected: expected, text: plain, actors: actors))
        }
        return (examples, malformed)
    }

    @Test("every example line is well formed")
    func wellFormed() {
        for name in ["verbs.examples", "nouns.examples", "evaluations.examples"] {
            let (examples, malformed) = Self.loadChecked(name)
            #expect(!examples.isEmpty)
            #expect(malformed.isEmpty, "\(malformed)")
        }
    }

    static func code(_ e: Example) -> [EventRecord] {
        let actors = e.actors
        let coder = EventCoder(actorFinder: { _ in actors })
        let doc = Document(id: "example", text: e.text, publicationDate: CalendarDay(iso: "2018-06-12"))
        return coder.code(doc).events
    }

    @Test("verb examples", arguments: load("verbs.examples"))
    func verbExample(_ e: Example) {
        check(e)
    }

    @Test("noun examples", arguments: load("nouns.examples"))
    func nounExample(_ e: Example) {
        check(e)
    }

    @Test("evaluation examples", arguments: load("evaluations.examples"))
    func evaluationExample(_ e: Example) {
        check(e)
    }

    func check(_ e: Example) {
        let events = Self.code(e)
        let got = events.map { "\($0.cameo) \($0.source.country ?? "?")>\($0.target?.country ?? "?") \($0.mode.rawValue)" }
        if e.expected.isEmpty {
            #expect(events.isEmpty, "must not fire: \(e.text) → \(got)")
        }
        for x in e.expected {
            // "!114 JPN>KOR": an event that must not be coded (the code may be a root); "JPN>-": no target.
            let forbidden = x.code.hasPrefix("!")
            let code = forbidden ? String(x.code.dropFirst()) : x.code
            let hit = events.contains {
                ($0.cameo == code || (code.count == 2 && $0.root == code)) && $0.source.country == x.source
                    && ($0.target?.country ?? "-") == x.target
                    && (x.mode == nil || $0.mode.rawValue == x.mode)
            }
            if forbidden {
                #expect(!hit, "must not code \(code) \(x.source)>\(x.target): \(e.text) → \(got)")
            } else {
                #expect(hit, "expected \(x.code) \(x.source)>\(x.target): \(e.text) → \(got)")
            }
        }
    }

    @Test("the lexicons cover every CAMEO root with at least 25 verb patterns")
    func coverage() {
        let lexicon = PatternLexicon.shipped
        var perRoot: [String: Int] = [:]
        for p in lexicon.verbs.values.flatMap({ $0 }) { perRoot[String(p.code.prefix(2)), default: 0] += 1 }
        let total = perRoot.values.reduce(0, +)
        #expect(total >= 1500)
        for root in 1...20 {
            let r = root < 10 ? "0\(root)" : "\(root)"
            #expect(perRoot[r, default: 0] >= 25, "root \(r) has \(perRoot[r, default: 0])")
        }
        #expect(lexicon.nouns.count > 50)
    }
}

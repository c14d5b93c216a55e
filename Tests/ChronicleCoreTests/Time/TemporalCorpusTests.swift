import Foundation
import Testing
@testable import ChronicleCore

/// Runs every example of `Corpora/time/examples.tsv`: expressions that must be found with their
/// extent, type, value and mod, sentences where nothing may be found, and spans that must not be
/// tagged. `\n` in a sentence is a line break. Each failure names its line.
@Suite("Temporal corpus")
struct TemporalCorpusTests {
    /// One line of the corpus.
    struct Example {
        var line: Int
        var sentence: String
        var published: CalendarDay?
        var narrative: CalendarDay?
        var text: String
        var type: String
        var value: String
        var mod: String?
        /// The marked span (scalar offsets into the unmarked sentence) and whether it is forbidden.
        var span: Range<Int>?
        var forbidden = false
    }

    static func examples() throws -> [Example] {
        let url = try #require(Bundle.module.url(forResource: "examples", withExtension: "tsv", subdirectory: "Corpora/time"))
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        var out: [Example] = []
        for (index, raw) in lines.enumerated() where !raw.isEmpty && !raw.hasPrefix("#") && !raw.hasPrefix("sentence\t") {
            let f = raw.components(separatedBy: "\t")
            guard f.count >= 7 else {
                Issue.record("line \(index + 1): expected 7 columns, found \(f.count)")
                continue
            }
            var plain = String.UnicodeScalarView()
            var span: Range<Int>?
            var forbidden = false
            var start = 0
            // ("\n" in a sentence is a line break: the lines of a chronology)
            let scalars = Array(f[0].replacingOccurrences(of: "\\n", with: "\n").unicodeScalars)
            var i = 0
            while i < scalars.count {
                if i + 1 < scalars.count, scalars[i] == scalars[i + 1], "[]{}".unicodeScalars.contains(scalars[i]) {
                    switch scalars[i] {
                    case "[", "{": start = plain.count
                    default: span = start..<plain.count; forbidden = scalars[i] == "}"
                    }
                    i += 2
                    continue
                }
                plain.append(scalars[i])
                i += 1
            }
            out.append(Example(line: index + 1, sentence: String(plain), published: CalendarDay(iso: f[1]),
                               narrative: CalendarDay(iso: f[2]), text: f[3], type: f[4], value: f[5],
                               mod: f[6].isEmpty ? nil : f[6], span: span, forbidden: forbidden))
        }
        return out
    }

    @Test("every corpus example")
    func corpus() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 400)
        #expect(examples.filter { $0.text == "-" }.count >= 60)
        var failures: [String] = []
        let tagger = TemporalTagger.shared
        for e in examples {
            let found = tagger.annotate(text: e.sentence, publicationDate: e.published, narrative: e.narrative)
            let listing = found.map { "\($0.text)=\($0.type.rawValue):\($0.value)\($0.mod.map { "/" + $0 } ?? "")" }.joined(separator: ", ")
            if let span = e.span, e.forbidden {
                if let bad = found.first(where: { $0.start < span.upperBound && span.lowerBound < $0.end }) {
                    failures.append("line \(e.line): \"\(bad.text)\" must not be tagged (found \(listing))")
                }
            } else if let span = e.span {
                guard let hit = found.first(where: { $0.start == span.lowerBound && $0.end == span.upperBound }) else {
                    failures.append("line \(e.line): \"\(e.text)\" not found (found \(listing.isEmpty ? "nothing" : listing))")
                    continue
                }
                if hit.type.rawValue != e.type || hit.value != e.value || hit.mod != e.mod {
                    failures.append("line \(e.line): \"\(e.text)\" expected \(e.type) \(e.value) \(e.mod ?? "-"), found \(hit.type.rawValue) \(hit.value) \(hit.mod ?? "-")")
                }
            } else if !found.isEmpty {
                failures.append("line \(e.line): nothing may be tagged in \"\(e.sentence)\" (found \(listing))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) corpus failures:\n\(failures.joined(separator: "\n"))")
    }
}

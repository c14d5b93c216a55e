import Foundation
@testable import ChronicleCore

/// The example corpus of `Corpora/actors/mentions.txt`: small documents with the mentions the
/// resolver must find (and the names it must leave alone).
struct ActorCorpus {
    struct Expectation {
        var line: Int
        var mention: String
        var occurrence: Int
        var country: String
        var sector: String
        var name: String
    }

    struct Example {
        var line: Int
        var date: CalendarDay?
        /// The publisher (`> DATE @ PUBLISHER | TEXT`), whose country is the text's home.
        var publisher: String?
        var text: String
        var expectations: [Expectation]
    }

    var examples: [Example]

    static func load() throws -> ActorCorpus {
        guard let url = Bundle.module.url(forResource: "mentions", withExtension: "txt",
                                          subdirectory: "Corpora/actors") else {
            throw ActorResourceError(code: "missing-resource", message: "missing Corpora/actors/mentions.txt")
        }
        return parse(try String(contentsOf: url, encoding: .utf8))
    }

    static func parse(_ text: String) -> ActorCorpus {
        var examples: [Example] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix(">") {
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                guard let bar = body.firstIndex(of: "|") else { continue }
                let head = body[..<bar].split(separator: "@", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                let date = head[0]
                let publisher = head.count > 1 ? head[1] : nil
                let sentence = body[body.index(after: bar)...].trimmingCharacters(in: .whitespaces)
                    .replacingOccurrences(of: "\\n", with: "\n")
                examples.append(Example(line: i + 1, date: CalendarDay(iso: date), publisher: publisher, text: sentence,
                                        expectations: []))
                continue
            }
            let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2, !examples.isEmpty else { continue }
            var mention = fields[0]
            var occurrence = 1
            if let hash = mention.lastIndex(of: "#"), let n = Int(mention[mention.index(after: hash)...]) {
                occurrence = n
                mention = String(mention[..<hash])
            }
            examples[examples.count - 1].expectations.append(Expectation(
                line: i + 1, mention: mention, occurrence: occurrence, country: fields[1],
                sector: fields.count > 2 ? fields[2] : "*", name: fields.count > 3 ? fields[3] : "*"))
        }
        return ActorCorpus(examples: examples)
    }

    /// Unicode scalar range of the n-th occurrence of `needle` in `text`.
    static func occurrence(of needle: String, _ n: Int, in text: String) -> Range<Int>? {
        let hay = Array(text.unicodeScalars)
        let pin = Array(needle.unicodeScalars)
        guard !pin.isEmpty, pin.count <= hay.count else { return nil }
        var seen = 0
        for start in 0...(hay.count - pin.count) where hay[start] == pin[0] {
            let end = start + pin.count
            func isWordScalar(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic || ("0"..."9").contains(u) }
            if start > 0 && isWordScalar(hay[start - 1]) && isWordScalar(pin[0]) { continue }
            if end < hay.count && isWordScalar(hay[end]) && isWordScalar(pin[pin.count - 1]) { continue }
            if Array(hay[start..<end]) == pin {
                seen += 1
                if seen == n { return start..<(start + pin.count) }
            }
        }
        return nil
    }

    /// Checks one example; returns a message per failed expectation.
    static func check(_ example: Example, with resolver: ActorResolver) -> [String] {
        let mentions = resolver.resolve(text: example.text, publicationDate: example.date,
                                        home: resolver.homeCountry(ofSource: example.publisher))
        var failures: [String] = []
        for e in example.expectations {
            guard let range = occurrence(of: e.mention, e.occurrence, in: example.text) else {
                failures.append("line \(e.line): '\(e.mention)' not in the example text")
                continue
            }
            let covering = mentions.filter { $0.start <= range.lowerBound && $0.end >= range.upperBound }
                .sorted { ($0.end - $0.start) < ($1.end - $1.start) }
            if e.country == "-" {
                let overlapping = mentions.filter { $0.start < range.upperBound && $0.end > range.lowerBound && $0.country != nil }
                if let bad = overlapping.first {
                    failures.append("line \(e.line): '\(e.mention)' must not resolve, got '\(bad.text)' → \(bad.code ?? "-")")
                }
                continue
            }
            guard let m = covering.first else {
                let got = mentions.map { "\($0.text)=\($0.code ?? "-")" }.joined(separator: ", ")
                failures.append("line \(e.line): '\(e.mention)' not found; mentions: [\(got)]")
                continue
            }
            func same(_ expected: String, _ actual: String?) -> Bool {
                expected == "*" || (expected == "-" ? actual == nil : expected == actual)
            }
            if m.country != e.country || !same(e.sector, m.sector) || !same(e.name, m.name) {
                failures.append("line \(e.line): '\(e.mention)' expected \(e.country)/\(e.sector)/\(e.name), got '\(m.text)' \(m.country ?? "-")/\(m.sector ?? "-")/\(m.name ?? "-") (\(m.how.rawValue))")
            }
        }
        return failures
    }
}

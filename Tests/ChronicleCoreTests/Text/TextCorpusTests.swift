import ChronicleCore
import Foundation
import Testing

/// Runs the text layer's example corpora: every sentence-splitting and tokenization case, with
/// all failures collected into one readable list (file, line number, expected, got).
@Suite("Text corpora")
struct TextCorpusTests {
    @Test("sentences.txt: every case splits as marked")
    func sentenceCorpus() throws {
        let lines = try TextCorpus.lines("sentences")
        #expect(lines.count >= 220)
        var failures = [String]()
        for line in lines {
            let pieces = line.text.components(separatedBy: "<S>").map(TextCorpus.unescape)
            let input = pieces.joined()
            let expected = pieces.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            let got = SegmentedText(input).sentenceRecords.map(\.text)
            if got != expected {
                failures.append("sentences.txt:\(line.number)\n  expected \(TextCorpus.show(expected))\n  got      \(TextCorpus.show(got))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(lines.count) cases failed:\n\(failures.joined(separator: "\n"))")
    }

    @Test("tokens.txt: every case tokenizes as listed, in its mode")
    func tokenCorpus() throws {
        let lines = try TextCorpus.lines("tokens")
        #expect(lines.count >= 120)
        var failures = [String]()
        for line in lines {
            let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 || fields.count == 3 else {
                failures.append("tokens.txt:\(line.number): expected 2 or 3 tab-separated fields, found \(fields.count)")
                continue
            }
            let input = TextCorpus.unescape(fields[0])
            let expected = fields[1].split(separator: " ").map(TextCorpus.unescape)
            let modes: [(String, TokenizationMode)]
            switch fields.count == 3 ? String(fields[2]) : "" {
            case "": modes = [("std", .standard), ("ud", .universalDependencies)]
            case "std": modes = [("std", .standard)]
            case "ud": modes = [("ud", .universalDependencies)]
            case let other:
                failures.append("tokens.txt:\(line.number): unknown mode \(other)")
                continue
            }
            for (name, mode) in modes {
                let text = SegmentedText(input, mode: mode)
                let got = text.sentences.flatMap { $0.tokens.map(text.string) }
                if got != expected {
                    failures.append("tokens.txt:\(line.number) [\(name)]\n  expected \(TextCorpus.show(expected))\n  got      \(TextCorpus.show(got))")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) token cases failed:\n\(failures.joined(separator: "\n"))")
    }

    @Test("resource lists: every abbreviation kind parses and lists are non-empty")
    func resourceLists() {
        let table = AbbreviationTable.shipped
        #expect(table.kind(of: Array("Gen".utf8)[...]) == .title)
        #expect(table.kind(of: Array("GEN".utf8)[...]) == .title)
        #expect(table.kind(of: Array("Inc".utf8)[...]) == .general)
        #expect(table.kind(of: Array("Oct".utf8)[...]) == .month)
        #expect(table.kind(of: Array("no".utf8)[...]) == nil)
        #expect(table.isSentenceStarter(Array("The".utf8)[...]))
        #expect(!table.isSentenceStarter(Array("President".utf8)[...]))
    }
}

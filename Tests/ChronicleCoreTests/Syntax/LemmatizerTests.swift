import Foundation
import Testing
@testable import ChronicleCore

@Suite("Lemmatizer")
struct LemmatizerTests {
    struct Example: CustomStringConvertible, Sendable {
        var form, upos, xpos, lemma: String
        var description: String { "\(form)/\(xpos) → \(lemma)" }
    }

    static func examples() throws -> [Example] {
        let text = try String(contentsOf: try SyntaxResources.url("lemma-examples", "tsv"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: "\t").map(String.init)
            return f.count == 4 ? Example(form: f[0], upos: f[1], xpos: f[2], lemma: f[3]) : nil
        }
    }

    @Test("every example of lemma-examples.tsv")
    func examplesFile() throws {
        let lemmatizer = try Lemmatizer.shipped()
        let all = try Self.examples()
        #expect(all.count > 50)
        for e in all {
            #expect(lemmatizer.lemma(form: e.form, upos: e.upos, xpos: e.xpos) == e.lemma, "\(e)")
        }
    }

    @Test("every exception line parses and applies to its own form")
    func exceptionsApply() throws {
        let table = try Lemmatizer.loadExceptions()
        #expect(table.count > 200)
        let lemmatizer = Lemmatizer(exceptions: table)
        for (key, lemma) in table {
            let parts = key.split(separator: "\t").map(String.init)
            guard parts[1] != "*" else { continue }
            #expect(lemmatizer.lemma(form: parts[0], upos: "X", xpos: parts[1]) == lemma, "\(key)")
        }
    }

    @Test("a malformed exception line is reported with its line number")
    func malformedLine() {
        #expect(throws: SyntaxError.self) {
            try Lemmatizer.parseExceptions("went\tVBD\n", source: "x.tsv")
        }
    }
}

import Foundation

extension Lemmatizer {
    /// Reads `Resources/syntax/lemma-exceptions.tsv`: lines `form<TAB>XPOS-or-*<TAB>lemma`;
    /// `#` starts a comment. A verb row may list its forms as `went,gone`.
    static func loadExceptions() throws -> [String: String] {
        guard let url = Bundle.module.url(forResource: "lemma-exceptions", withExtension: "tsv",
                                          subdirectory: "Resources/syntax") else {
            throw SyntaxError(code: .missingResource, message: "Resources/syntax/lemma-exceptions.tsv is missing")
        }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw SyntaxError(code: .unreadableFile, message: "cannot read \(url.path)", cause: error)
        }
        return try parseExceptions(text, source: url.lastPathComponent)
    }

    /// Parses exception lines (see ``loadExceptions()``).
    static func parseExceptions(_ text: String, source: String) throws -> [String: String] {
        var table: [String: String] = [:]
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 3 else {
                throw SyntaxError(code: .malformedResource,
                                  message: "\(source):\(number + 1): expected form, tag and lemma separated by tabs")
            }
            for form in fields[0].split(separator: ",") {
                for tag in fields[1].split(separator: ",") {
                    table[form.lowercased() + "\t" + tag] = fields[2]
                }
            }
        }
        return table
    }

    /// Lemmas of the training data that the rules and the exception list get wrong, keyed by
    /// `lowercase form \t XPOS` (the majority lemma of each key; ties go to the first sorted).
    static func learnExceptions(from sentences: [CoNLLUSentence]) -> [String: String] {
        let rulesOnly = Lemmatizer(exceptions: (try? loadExceptions()) ?? [:])
        var counts: [String: [String: Int]] = [:]
        var uposOf: [String: [String: Int]] = [:]
        for s in sentences {
            for w in s.words where w.lemma != "_" {
                let key = w.form.lowercased() + "\t" + w.xpos
                counts[key, default: [:]][w.lemma, default: 0] += 1
                uposOf[key, default: [:]][w.upos, default: 0] += 1
            }
        }
        func majority(_ c: [String: Int]) -> String {
            c.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!.key
        }
        var learned: [String: String] = [:]
        for (key, lemmas) in counts {
            let best = majority(lemmas)
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            // Proper nouns keep their case, so compare with a form of the right case.
            let form = caseLike(parts[0], lemma: best)
            if rulesOnly.lemma(form: form, upos: majority(uposOf[key]!), xpos: String(parts[1])) != best {
                learned[key] = best
            }
        }
        return learned
    }

    /// A form to test the rules with: capitalized like the lemma when the lemma is capitalized.
    private static func caseLike(_ lowerForm: Substring, lemma: String) -> String {
        guard lemma.first?.isUppercase == true else { return String(lowerForm) }
        return lowerForm.prefix(1).uppercased() + lowerForm.dropFirst()
    }
}

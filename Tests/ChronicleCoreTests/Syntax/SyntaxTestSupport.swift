import Foundation
@testable import ChronicleCore

/// Shared inputs of the syntax tests.
enum SyntaxTestSupport {
    /// The hand-annotated sentences of `Corpora/syntax/clauses.conllu`.
    static func clauseCorpus() throws -> [CoNLLUSentence] {
        let url = try require(Bundle.module.url(forResource: "clauses", withExtension: "conllu",
                                                 subdirectory: "Corpora/syntax"))
        return try CoNLLU.read(contentsOf: url)
    }

    /// The EWT training treebank beside the repository (`../shared/data/...`), when present.
    static var ewtTrain: URL? {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = repo.deletingLastPathComponent().appendingPathComponent("shared/data/ud-english-ewt/en_ewt-ud-train.conllu")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// `count` training sentences: the first of EWT when it is present, otherwise the
    /// hand-annotated corpus repeated.
    static func trainingSlice(_ count: Int = 120) throws -> [CoNLLUSentence] {
        if let url = ewtTrain {
            // Parse only the beginning of the file: the slice is all the tests need.
            let data = try Data(contentsOf: url)
            let bytes = [UInt8](data.prefix(400_000))
            var end = bytes.count, blanks = 0
            for i in 1 ..< bytes.count where bytes[i] == 10 && bytes[i - 1] == 10 {
                blanks += 1
                if blanks == count { end = i + 1; break }
            }
            return Array(try CoNLLU.parse(String(decoding: bytes[..<end], as: UTF8.self)).prefix(count))
        }
        let own = try clauseCorpus()
        return (0 ..< count).map { own[$0 % own.count] }
    }

    /// The parse of a gold CoNLL-U sentence as a `ParsedSentence` (for clause tests).
    static func parsed(_ s: CoNLLUSentence) -> ParsedSentence {
        ParsedSentence(tokens: s.words.map {
            SyntaxToken(form: $0.form, lemma: $0.lemma, upos: $0.upos, xpos: $0.xpos, head: $0.head - 1, relation: $0.deprel)
        })
    }
}

private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw SyntaxError(code: .missingResource, message: "test resource missing") }
    return value
}

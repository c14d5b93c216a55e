import Foundation
import Testing
@testable import ChronicleCore

/// Runs every example of `Corpora/actors/mentions.txt`, printing each failure with its line.
@Suite("Actor corpus")
struct ActorCorpusTests {
    @Test("every example of the corpus resolves as expected")
    func corpus() throws {
        let corpus = try ActorCorpus.load()
        let resolver = try ActorResolver.shipped()
        let expectations = corpus.examples.reduce(0) { $0 + $1.expectations.count }
        #expect(expectations >= 400, "the corpus must hold at least 400 mentions, has \(expectations)")
        #expect(corpus.examples.contains { $0.expectations.contains { $0.country == "-" } })
        var failures: [String] = []
        for example in corpus.examples {
            failures += ActorCorpus.check(example, with: resolver)
        }
        for f in failures { print("actor corpus: \(f)") }
        #expect(failures.isEmpty, "\(failures.count) of \(expectations) corpus expectations failed")
    }
}

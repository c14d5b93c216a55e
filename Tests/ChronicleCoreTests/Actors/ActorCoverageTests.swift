import Foundation
import Testing
@testable import ChronicleCore

/// The development set (read at run time from `../shared/eval/dev`; skipped when absent).
@Suite("Actor coverage on the development set")
struct ActorCoverageTests {
    static let directory = "../shared/eval/dev"

    @Test("evidence fragments are located despite quotes and spacing")
    func locate() {
        let article = "He said: \u{201C}We  condemn this\u{201D} \u{2014} firmly."
        let r = ActorCoverage.locate("\"we condemn this\" - firmly", in: article)
        #expect(r == 9..<36)
        #expect(ActorCoverage.locate("absent words", in: article) == nil)
    }

    @Test("the resolver finds both countries of most gold events",
          .enabled(if: FileManager.default.fileExists(atPath: directory)))
    func coverage() throws {
        let coverage = try ActorCoverage.measure(directory: Self.directory, resolver: ActorResolver.shipped())
        print(String(format: "actor coverage: %d gold events, %.1f%% in the evidence sentence, %.1f%% in the span",
                     coverage.total, 100 * coverage.sentenceShare, 100 * coverage.spanShare))
        #expect(coverage.total > 0)
        #expect(coverage.sentenceShare >= 0.55)
    }
}

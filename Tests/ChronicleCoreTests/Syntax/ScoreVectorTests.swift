import Testing
@testable import ChronicleCore

@Suite("Score vectors: maximum, argmax and margin agree with the plain loops")
struct ScoreVectorTests {
    @Test("the first of equal best scores wins, and the margin is to the best other class")
    func ties() {
        #expect(ScoreVector.argmax([1, 5, 5, 2]) == 1)
        #expect(ScoreVector.argmaxAndMargin([1, 5, 5, 2]) == (1, 0))
        #expect(ScoreVector.argmaxAndMargin([3, -1, 7, 2, 6.5]) == (2, 0.5))
        #expect(ScoreVector.argmaxAndMargin([4]).margin == .infinity)
        #expect(ScoreVector.maximum([Float]()[...]) == -.infinity)
    }

    @Test("random vectors of every length from 1 to 40 give the plain loops' answers")
    func randomVectors() {
        var rng = SplitMix64(seed: 11)
        for length in 1 ... 40 {
            for _ in 0 ..< 20 {
                // Few distinct values, so that ties are common.
                let scores = (0 ..< length).map { _ in Float(Int(rng.next() % 9) - 4) }
                var best = 0
                for c in scores.indices where scores[c] > scores[best] { best = c }
                var runnerUp = -Float.infinity
                for c in scores.indices where c != best { runnerUp = max(runnerUp, scores[c]) }
                let (got, margin) = ScoreVector.argmaxAndMargin(scores)
                #expect(got == best && margin == scores[best] - runnerUp && ScoreVector.argmax(scores) == best)
            }
        }
    }
}

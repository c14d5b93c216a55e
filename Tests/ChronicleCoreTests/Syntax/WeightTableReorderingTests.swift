import Foundation
import Testing
@testable import ChronicleCore

@Suite("Weight tables: sums in the fast order stay within their bound of the sequential sums")
struct WeightTableReorderingTests {
    /// The sequential and the reordered scores of `features`, and the reordered call's bound.
    static func both(_ table: WeightTable, _ features: [UInt32]) -> (exact: [Float], fast: [Float], bound: Float) {
        var exact = [Float](repeating: 0, count: table.classCount), fast = exact
        var bound: Float = 0
        features.withUnsafeBufferPointer { f in
            exact.withUnsafeMutableBufferPointer { table.score(f, into: $0.baseAddress!) }
            fast.withUnsafeMutableBufferPointer { bound = table.scoreReordered(f, into: $0.baseAddress!) }
        }
        return (exact, fast, bound)
    }

    @Test("inline, overflow and dense features: the same sums within the bound, in any combination")
    func mixed() {
        let (table, _) = WeightTableTests.mixedTable()
        for features in [[3], [17], [40], [1000], [3, 17, 40, 1000], [1000, 5, 40, 17], [40, 1000, 40, 3]] as [[UInt32]] {
            let (exact, fast, bound) = Self.both(table, features)
            #expect(bound > 0 && bound < 0.01, "features \(features)")
            #expect(zip(exact, fast).allSatisfy { abs($0 - $1) <= bound }, "features \(features)")
        }
        // No feature found: nothing added, a zero bound.
        let (exact, fast, bound) = Self.both(table, [1, 2])
        #expect(exact == fast && fast.allSatisfy { $0 == 0 } && bound == 0)
    }

    @Test("the shipped parser's table: random decisions of 97 features agree within the bound")
    func shippedTable() throws {
        let table = try SyntaxParser.shipped().parser.weights
        let keys = table.sortedEntries().map(\.key)
        var rng = SplitMix64(seed: 11)
        var largest: Float = 0
        for _ in 0 ..< 300 {
            // Mostly stored keys, some absent ones; the dense features (many entries) are
            // among the stored ones.
            let features = (0 ..< 97).map { _ in
                rng.next() % 8 == 0 ? UInt32(truncatingIfNeeded: rng.next()) | 1 : keys[Int(rng.next() % UInt64(keys.count))]
            }
            let (exact, fast, bound) = Self.both(table, features)
            #expect(zip(exact, fast).allSatisfy { abs($0 - $1) <= bound })
            largest = max(largest, bound)
        }
        // Small against the margins of real decisions (a weight is at least 1 in magnitude).
        #expect(largest < 0.1)
    }

    @Test("parsing with sums in the fast order gives the trees of the sequential sums")
    func sameTrees() throws {
        let parser = try SyntaxParser.shipped().parser
        for s in try SyntaxTestSupport.trainingSlice(120) {
            let words = s.words.map { DependencyParser.wordKey($0.form) }
            let tags = s.words.map { DependencyParser.tagKey(upos: $0.upos, xpos: $0.xpos) }
            let coarse = s.words.map { DependencyParser.coarseKey(upos: $0.upos) }
            let fast = parser.parseGreedily(words: words, tags: tags, coarse: coarse)
            let exact = parser.parseGreedily(words: words, tags: tags, coarse: coarse, exactSums: true)
            #expect(fast.heads == exact.heads && fast.labels == exact.labels)
        }
    }
}

@Suite("Tagging with sums in the fast order")
struct TaggerReorderingTests {
    @Test("the shipped tagger gives the tags of the sequential sums")
    func sameTags() throws {
        let tagger = try SyntaxParser.shipped().tagger
        for s in try SyntaxTestSupport.trainingSlice(120) {
            let shapes = s.words.map { WordShape($0.form) }
            #expect(tagger.tag(shapes: shapes) == tagger.tag(shapes: shapes, exactSums: true))
        }
    }
}

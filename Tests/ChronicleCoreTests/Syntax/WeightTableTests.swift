import Testing
@testable import ChronicleCore

@Suite("Weight tables: scoring, pruning, round trip through bytes")
struct WeightTableTests {
    /// Keys 5 and 21 share a slot in a 16-slot table, so the probe must step past one of them.
    static func table() -> WeightTable {
        WeightTable(classCount: 3, keys: [5, 9, 21], counts: [2, 1, 3], labels: [0, 2, 1, 0, 1, 2],
                    weights: [4, -1, 0.01, 2, -0.5, 0.25])
    }

    /// The scores of `features`.
    static func scores(_ table: WeightTable, _ features: [UInt32]) -> [Float] {
        var scores = [Float](repeating: 0, count: table.classCount)
        features.withUnsafeBufferPointer { f in
            scores.withUnsafeMutableBufferPointer { table.score(f, into: $0.baseAddress!) }
        }
        return scores
    }

    static func close(_ a: [Float], _ b: [Float]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 0.001 }
    }

    @Test("a decision's scores sum the weights of the features present, unknown keys add nothing")
    func scoring() {
        let table = Self.table()
        #expect(Self.close(Self.scores(table, [5, 21, 77]), [6, -0.5, -0.75]))
        #expect(Self.close(Self.scores(table, [9]), [0, 0.01, 0]))
        #expect(Self.close(Self.scores(table, [1, 2, 3]), [0, 0, 0]))
        #expect(table.size.features == 3 && table.size.weights == 6)
    }

    @Test("pruning drops small weights and the features left empty")
    func pruning() {
        let pruned = Self.table().pruned(minimumWeight: 0.3)
        #expect(pruned.size.features == 2 && pruned.size.weights == 4)
        #expect(Self.close(Self.scores(pruned, [5, 9, 21]), [6, -0.5, -1]))
    }

    @Test("writing and reading gives the same table and the same bytes")
    func roundTrip() throws {
        let table = Self.table()
        let again = try Self.roundTripped(table)
        #expect(Self.close(Self.scores(again, [5, 9, 21]), Self.scores(table, [5, 9, 21])))
    }

    /// The table written and read back; its own bytes must write out unchanged.
    static func roundTripped(_ table: WeightTable) throws -> WeightTable {
        var writer = BinaryWriter()
        table.write(to: &writer)
        var reader = BinaryReader(bytes: writer.bytes, source: "memory")
        let again = try WeightTable(from: &reader)
        var rewriter = BinaryWriter()
        again.write(to: &rewriter)
        #expect(rewriter.bytes == writer.bytes)
        return again
    }

    /// Features with 2, 5, 10 and 30 entries over 40 classes: kept inside the slot, in the
    /// overflow, and (10 and more) also as dense rows.
    static func mixedTable() -> (WeightTable, [UInt32: [(label: UInt8, weight: Float)]]) {
        var rng = SplitMix64(seed: 7)
        var runs: [UInt32: [(label: UInt8, weight: Float)]] = [:]
        var keys: [UInt32] = [], counts: [UInt8] = [], labels: [UInt8] = [], weights: [Float] = []
        for (key, count) in [(3 as UInt32, 2), (17, 5), (40, 10), (1000, 30)] {
            let chosen = Array(0 ..< 40).shuffled(using: &rng).prefix(count).sorted()
            let run = chosen.map { (UInt8($0), Float(Int(rng.next() % 2001) - 1000) / 100) }
            runs[key] = run
            keys.append(key)
            counts.append(UInt8(count))
            labels += run.map(\.0)
            weights += run.map(\.1)
        }
        return (WeightTable(classCount: 40, keys: keys, counts: counts, labels: labels, weights: weights), runs)
    }

    @Test("inline, overflow and dense features all add their own weights, in any combination")
    func layouts() throws {
        let (table, runs) = Self.mixedTable()
        for features in [[3], [17], [40], [1000], [3, 17, 40, 1000], [1000, 5, 40, 17]] as [[UInt32]] {
            var expected = [Float](repeating: 0, count: 40)
            for f in features { for (label, w) in runs[f] ?? [] { expected[Int(label)] += w } }
            // Weights are stored as Float16 scaled to the largest (10): within 0.01 of the truth.
            let got = Self.scores(table, features)
            #expect(zip(got, expected).allSatisfy { abs($0 - $1) < 0.02 }, "features \(features)")
        }
        let again = try Self.roundTripped(table)
        #expect(again.sortedEntries().map(\.entries.count) == [2, 5, 10, 30])
    }

    @Test("feature keys differ by template and by each value, and are never 0")
    func keys() {
        var seen = Set<UInt32>()
        for template in UInt64(1) ... 20 {
            for a in UInt64(0) ..< 20 {
                for b in UInt64(0) ..< 5 { seen.insert(FeatureHash.key(template, a, b)) }
            }
        }
        #expect(seen.count == 20 * 20 * 5)
        #expect(!seen.contains(0))
    }
}

import Testing
@testable import ChronicleCore

@Suite("Weight tables: averaging models trained with different seeds")
struct WeightTableAveragingTests {
    /// A table sharing key 5 with ``WeightTableTests/table()`` and adding key 40.
    static func other() -> WeightTable {
        WeightTable(classCount: 3, keys: [5, 40], counts: [1, 2], labels: [2, 0, 1], weights: [2, 1, -3])
    }

    @Test("the average scores every decision as the mean of the tables' scores")
    func meanOfScores() {
        let a = WeightTableTests.table(), b = Self.other()
        let mean = WeightTable.average([a, b])
        for features: [UInt32] in [[5], [9, 40], [5, 21, 40], [77], [5, 9, 21, 40]] {
            let expected = zip(WeightTableTests.scores(a, features), WeightTableTests.scores(b, features)).map { ($0 + $1) / 2 }
            #expect(WeightTableTests.close(WeightTableTests.scores(mean, features), expected), "features \(features)")
        }
        #expect(mean.size.features == 4, "the union of the features")
    }

    @Test("a table averaged with itself scores as before, and weights that cancel are dropped")
    func selfAndCancelling() {
        let a = WeightTableTests.table()
        let same = WeightTable.average([a, a])
        #expect(WeightTableTests.close(WeightTableTests.scores(same, [5, 9, 21]), WeightTableTests.scores(a, [5, 9, 21])))
        let negated = WeightTable(classCount: 3, keys: [9], counts: [1], labels: [2], weights: [-0.01])
        let cancelled = WeightTable.average([WeightTable(classCount: 3, keys: [9], counts: [1], labels: [2], weights: [0.01]),
                                             negated])
        #expect(cancelled.size.features == 0)
    }
}

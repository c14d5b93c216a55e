extension WeightTable {
    /// The mean of several tables over the same classes: each feature's weight is the sum of
    /// its weights in the tables (0 where a table lacks it) divided by their number.
    ///
    /// Perceptrons are linear, so the averaged table scores a decision exactly as the mean of
    /// the tables' scores would: an ensemble of models trained with different seeds at the
    /// cost of one (the table holds the union of their features).
    ///
    /// ```swift
    /// let mean = WeightTable.average([a, b, c])
    /// ```
    static func average(_ tables: [WeightTable]) -> WeightTable {
        precondition(!tables.isEmpty && tables.allSatisfy { $0.classCount == tables[0].classCount })
        var sums: [UInt32: [Float]] = [:]
        for table in tables {
            let unit = Self.unit(table.scale)
            for (key, entries) in table.sortedEntries() {
                var row = sums[key] ?? [Float](repeating: 0, count: table.classCount)
                for e in entries { row[Int(e >> 16)] += Self.weight(e, unit) }
                sums[key] = row
            }
        }
        let n = Float(tables.count)
        var keys: [UInt32] = [], counts: [UInt8] = [], labels: [UInt8] = [], weights: [Float] = []
        for key in sums.keys.sorted() {
            var count = 0
            for (c, w) in sums[key]!.enumerated() where w != 0 {
                labels.append(UInt8(c))
                weights.append(w / n)
                count += 1
            }
            if count == 0 { continue }
            keys.append(key)
            counts.append(UInt8(count))
        }
        return WeightTable(classCount: tables[0].classCount, keys: keys, counts: counts, labels: labels, weights: weights)
    }
}

extension DependencyParser {
    /// The parser whose weights are the mean of `parsers`' (see ``WeightTable/average(_:)``):
    /// models trained alike with different seeds, combined at no cost in speed.
    ///
    /// - Throws: ``SyntaxError`` when the models differ in labels, features or beam width.
    public static func averaging(_ parsers: [DependencyParser]) throws -> DependencyParser {
        guard let first = parsers.first, parsers.allSatisfy({
            $0.labels == first.labels && $0.usesCoarseTags == first.usesCoarseTags && $0.beamWidth == first.beamWidth
                && $0.usesClusters == first.usesClusters
        }) else {
            throw SyntaxError(code: .badModel, message: "parser models to average must be trained alike")
        }
        return DependencyParser(labels: first.labels, weights: WeightTable.average(parsers.map(\.weights)),
                                usesCoarseTags: first.usesCoarseTags, beamWidth: first.beamWidth, clusters: first.clusters)
    }
}

extension PartOfSpeechTagger {
    /// The tagger whose passes' weights are the means of `taggers`' (see
    /// ``WeightTable/average(_:)``), for taggers trained on the same data with different seeds
    /// (their classes, dictionaries and lexicons are the same).
    ///
    /// - Throws: ``SyntaxError`` when the taggers differ in anything but their weights.
    public static func averaging(_ taggers: [PartOfSpeechTagger]) throws -> PartOfSpeechTagger {
        guard let first = taggers.first, taggers.allSatisfy({
            $0.upos == first.upos && $0.xpos == first.xpos && $0.tagDictionary == first.tagDictionary
                && $0.lexicon == first.lexicon && $0.learnedLemmas == first.learnedLemmas && $0.outside == first.outside
                && ($0.second == nil) == (first.second == nil) && $0.options == first.options
                && $0.beamWidth == first.beamWidth
        }) else {
            throw SyntaxError(code: .badModel, message: "tagger models to average must be trained on the same data")
        }
        let second = first.second.map { _ in WeightTable.average(taggers.compactMap(\.second)) }
        let backward = first.backward.map { _ in WeightTable.average(taggers.compactMap(\.backward)) }
        let backwardSecond = first.backwardSecond.map { _ in WeightTable.average(taggers.compactMap(\.backwardSecond)) }
        return PartOfSpeechTagger(upos: first.upos, xpos: first.xpos, first: WeightTable.average(taggers.map(\.first)),
                                  second: second, tagDictionary: first.tagDictionary, lexicon: first.lexicon,
                                  learnedLemmas: first.learnedLemmas, outside: first.outside, clusters: first.clusters,
                                  firstPassReversed: first.firstPassReversed, backward: backward,
                                  backwardSecond: backwardSecond, beamWidth: first.beamWidth)
    }
}

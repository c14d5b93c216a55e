extension TaggingCorpus {
    /// Trains one pass's weights for decoding with a beam of `width`, by the structured
    /// perceptron with max-violation updates (Huang, Fayong and Guo 2012) over tag sequences,
    /// as ``DependencyParser/trainGlobally(sentences:tags:coarseTags:clusters:iterations:beamWidth:seed:progress:snapshot:)``
    /// trains the beam parser.
    ///
    /// Each sentence is tagged with the beam and the current weights (words of the tag
    /// dictionary take its class unscored, as in tagging); the update is made at the word
    /// where the beam's best sequence, when wrong, beats the gold one by the widest margin:
    /// the gold prefix's features are added for its classes and the predicted prefix's
    /// subtracted (the common prefix cancels). Weights are averaged over sentences. The
    /// arguments are those of ``trainWeights(lexical:tagDictionary:draft:forward:iterations:seed:progress:)``;
    /// sentence order is shuffled with `seed`, and the result is reproducible. `earlyUpdate`
    /// updates at the first word where the gold sequence falls off the beam instead.
    func trainGlobally(lexical: [[PartOfSpeechTagger.Lexical]], tagDictionary: [UInt64: UInt8], draft: [[Int]]?,
                       forward: [[Int]]? = nil, iterations: Int, width: Int, seed: UInt64, earlyUpdate: Bool = false,
                       progress: (String) -> Void = { _ in }) -> WeightTable {
        var learner = TaggerBeamLearner(classCount: classes, width: width, earlyUpdate: earlyUpdate)
        let examples = shapes.indices.map { s in
            TaggerBeamLearner.Example(shapes: shapes[s], lexical: lexical[s], gold: gold[s],
                                      fixed: shapes[s].map { w in tagDictionary[w.form].map(Int.init) ?? -1 },
                                      right: draft?[s], forward: forward?[s], reversed: reversedOrder)
        }
        var rng = SplitMix64(seed: seed)
        var order = Array(shapes.indices)
        for iteration in 1 ... max(1, iterations) {
            order.shuffle(using: &rng)
            var stats = TaggerBeamLearner.Statistics()
            for s in order { learner.learn(examples[s], stats: &stats) }
            progress(String(format: "iteration %d (beam %d): %.1f%% of sentences updated, train accuracy %.2f%% (%d features)",
                            iteration, width, 100 * Double(stats.updates) / Double(max(stats.sentences, 1)),
                            100 * Double(stats.tagsRight) / Double(max(stats.words, 1)), learner.trainer.featureCount))
        }
        return learner.trainer.averaged(threshold: 0.002)
    }
}

import Foundation

extension DependencyParser {
    /// A training sentence for global training: word and tag values, the feature cache, the
    /// oracle of its (projectivized) gold tree.
    struct GlobalExample {
        var cache: ParserFeatureCache
        var oracle: ArcEagerOracle
        var n: Int
    }

    /// Trains a parser that decodes with a beam of `beamWidth`, by the structured perceptron
    /// with max-violation updates (Huang, Fayong and Guo 2012) over the beam.
    ///
    /// Each sentence is parsed with the beam and the current weights. A partial parse is
    /// *correct* when the dynamic oracle (``ArcEagerOracle``) gives each of its transitions
    /// cost 0, that is when the gold tree is still reachable, so the spurious ambiguity of the
    /// arc-eager system needs no canonical gold sequence: the gold continuation at a step is
    /// the best-scoring correct partial parse in the beam, or, once none is left, the previous
    /// one extended by its best-scoring zero-cost transition. The update is made at the step
    /// where the beam's best parse, when wrong, beats the gold one by the widest margin: the
    /// gold prefix's features are added for its classes and the predicted prefix's subtracted
    /// (the common prefix cancels). Weights are averaged over sentences. Every transition is
    /// scored, as in beam parsing, even one that is the only valid one. Sentence order is shuffled with
    /// `seed`; the result is reproducible.
    ///
    /// - Parameters: as ``train(sentences:tags:coarseTags:iterations:seed:beamWidth:progress:)``;
    ///   `snapshot`, when given, receives the averaged model after each iteration (to measure
    ///   how many iterations pay, in one run).
    static func trainGlobally(sentences: [CoNLLUSentence], tags: [[UInt64]]?, coarseTags: [[UInt64]]?,
                              clusters: WordClusters? = nil, iterations: Int, beamWidth: Int, seed: UInt64,
                              progress: (String) -> Void,
                              snapshot: ((Int, DependencyParser) -> Void)? = nil) -> DependencyParser {
        let (labels, trees, skipped) = trainingTrees(sentences, tags: tags, coarseTags: coarseTags, clusters: clusters)
        let labelKeys = ParserFeatureCache.labelKeys(labelCount: labels.count)
        let examples = trees.map { t in
            GlobalExample(cache: ParserFeatureCache(words: t.words, tags: t.tags, coarse: t.coarse, clusters: t.clusters,
                                                    labelKeys: labelKeys),
                          oracle: t.oracle, n: t.words.count)
        }
        var learner = BeamLearner(classCount: 2 + 2 * labels.count, rootLabel: labels.firstIndex(of: "root") ?? 0,
                                  width: beamWidth)
        var rng = SplitMix64(seed: seed)
        var order = Array(examples.indices)
        for iteration in 1 ... max(1, iterations) {
            order.shuffle(using: &rng)
            var stats = BeamLearner.Statistics()
            for e in order { learner.learn(examples[e], stats: &stats) }
            progress(String(format: "iteration %d (beam %d): %.1f%% of sentences updated, train UAS %.2f%% (%d features, %d trees skipped)",
                            iteration, beamWidth, 100 * Double(stats.updates) / Double(max(stats.sentences, 1)),
                            100 * Double(stats.arcsRight) / Double(max(stats.words, 1)),
                            learner.trainer.featureCount, skipped))
            if let snapshot, iteration < iterations {
                snapshot(iteration, DependencyParser(labels: labels, weights: learner.trainer.averaged(threshold: 0.005),
                                                     beamWidth: beamWidth, clusters: clusters))
            }
        }
        return DependencyParser(labels: labels, weights: learner.trainer.averaged(threshold: 0.005),
                                beamWidth: beamWidth, clusters: clusters)
    }
}

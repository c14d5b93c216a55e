import Foundation

extension DependencyParser {
    /// Trains a parser on gold trees with the arc-eager dynamic oracle.
    ///
    /// The first iteration follows the oracle; later ones follow the model's own prediction
    /// 90% of the time (error exploration), updating towards the best zero-cost transition
    /// whenever the predicted one loses gold arcs. Non-projective trees are projectivized by
    /// lifting first. Sentence order is shuffled with `seed`, so the result is reproducible.
    ///
    /// - Parameters:
    ///   - sentences: Gold sentences (heads and relations).
    ///   - tags: Per sentence, per word, the tag values to train with (``tagKey(upos:xpos:)``);
    ///     nil uses the gold UPOS/XPOS. Predicted tags make training match parsing.
    ///   - iterations: Passes over the data.
    ///   - seed: The shuffling and exploration seed.
    ///   - progress: Called after each iteration with a line to show.
    ///   - coarseTags: Per sentence, per word, ``coarseKey(upos:)`` values; nil uses the gold UPOS.
    ///   - beamWidth: 1 trains the greedy parser as described; more trains a beam parser of that
    ///     width globally (see ``trainGlobally(sentences:tags:coarseTags:clusters:iterations:beamWidth:seed:progress:snapshot:)``).
    ///   - clusters: Word clusters to add as features (nil: a model without them); the model
    ///     records that it uses them and loads the shipped table.
    public static func train(sentences: [CoNLLUSentence], tags: [[UInt64]]? = nil, coarseTags: [[UInt64]]? = nil,
                             clusters: WordClusters? = nil, iterations: Int = 10,
                             seed: UInt64 = 1, beamWidth: Int = 1,
                             progress: (String) -> Void = { _ in }) -> DependencyParser {
        if beamWidth > 1 {
            return trainGlobally(sentences: sentences, tags: tags, coarseTags: coarseTags, clusters: clusters,
                                 iterations: iterations, beamWidth: beamWidth, seed: seed, progress: progress)
        }
        let (labels, examples, skipped) = trainingTrees(sentences, tags: tags, coarseTags: coarseTags, clusters: clusters)
        let shell = DependencyParser(labels: labels, weights: WeightTable(
            classCount: 2 + 2 * labels.count, keys: [], counts: [], labels: [], weights: []))
        let classCount = shell.classCount
        let rootLabel = shell.rootLabel


        var trainer = PerceptronTrainer(classCount: classCount)
        var rng = SplitMix64(seed: seed)
        var order = Array(examples.indices)
        var buffer = [UInt32](repeating: 0, count: featureCapacity)
        var scores = [Float](repeating: 0, count: classCount)
        var costs = [Int](repeating: 0, count: classCount)
        for iteration in 1 ... max(1, iterations) {
            order.shuffle(using: &rng)
            var correct = 0, total = 0, arcsRight = 0, words = 0
            for e in order {
                let example = examples[e]
                var state = ArcEagerState(wordCount: example.words.count)
                while !state.isTerminal {
                    let count = features(state, example.words, example.tags, example.coarse, example.clusters,
                                         into: &buffer)
                    let used = Array(buffer[0 ..< count])
                    for c in scores.indices { scores[c] = 0 }
                    trainer.score(used, into: &scores)
                    example.oracle.costs(state, classCount: classCount, rootLabel: rootLabel, into: &costs)
                    var guess = -1, best = -1
                    for c in 0 ..< classCount where costs[c] != Int.max {
                        if guess < 0 || scores[c] > scores[guess] { guess = c }
                        if costs[c] == 0 && (best < 0 || scores[c] > scores[best]) { best = c }
                    }
                    if best < 0 { best = guess }   // cannot happen for projective trees
                    trainer.tick()
                    if costs[guess] > 0 { trainer.update(truth: best, guess: guess, features: used) } else { correct += 1 }
                    total += 1
                    let explore = iteration > 1 && rng.next() % 10 != 0
                    state.apply(explore ? guess : best)
                }
                for d in 0 ..< state.n where state.heads[d] == example.oracle.goldHeads[d] { arcsRight += 1 }
                words += state.n
            }
            progress(String(format: "iteration %d: transitions %.2f%% right, train UAS %.2f%% (%d features, %d trees skipped)",
                            iteration, 100 * Double(correct) / Double(max(total, 1)),
                            100 * Double(arcsRight) / Double(max(words, 1)), trainer.featureCount, skipped))
        }
        return DependencyParser(labels: labels, weights: trainer.averaged(threshold: 0.005), clusters: clusters)
    }

    /// A gold tree ready for training: hashed words and tags, and the oracle of its heads.
    struct TrainingTree {
        var words: [UInt64]
        var tags: [UInt64]
        var coarse: [UInt64]
        /// Cluster values (``WordClusters/values(ofWordKeys:)``), nil without clusters.
        var clusters: [UInt64]?
        var oracle: ArcEagerOracle
    }

    /// The sorted relation labels of `sentences` (with `root`) and their trees for training,
    /// projectivized by lifting; trees lifting leaves non-projective are counted as skipped.
    /// Greedy and global training both start here.
    static func trainingTrees(_ sentences: [CoNLLUSentence], tags: [[UInt64]]?, coarseTags: [[UInt64]]?,
                              clusters: WordClusters? = nil)
        -> (labels: [String], trees: [TrainingTree], skipped: Int) {
        var labelSet = Set<String>()
        for s in sentences { for w in s.words { labelSet.insert(w.deprel) } }
        labelSet.insert("root")
        let labels = labelSet.sorted()
        let labelOf = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var trees: [TrainingTree] = []
        var skipped = 0
        for (i, s) in sentences.enumerated() {
            let heads = DependencyTree.projectivized(heads: s.words.map { $0.head - 1 })
            guard DependencyTree.isProjective(heads: heads) else { skipped += 1; continue }
            let words = s.words.map { wordKey($0.form) }
            trees.append(TrainingTree(
                words: words,
                tags: tags?[i] ?? s.words.map { tagKey(upos: $0.upos, xpos: $0.xpos) },
                coarse: coarseTags?[i] ?? s.words.map { coarseKey(upos: $0.upos) },
                clusters: clusters?.values(ofWordKeys: words),
                oracle: ArcEagerOracle(heads: heads, labels: s.words.map { labelOf[$0.deprel]! })))
        }
        return (labels, trees, skipped)
    }

    /// A copy whose weight table drops weights below `minimum` in magnitude (see
    /// ``WeightTable/pruned(minimumWeight:)``); `chronicle train parser --min-weight` applies it.
    public func pruned(minimumWeight minimum: Float) -> DependencyParser {
        DependencyParser(labels: labels, weights: weights.pruned(minimumWeight: minimum), usesCoarseTags: usesCoarseTags,
                         beamWidth: beamWidth, clusters: clusters)
    }

    /// Loads a parser model file.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SyntaxError(code: .unreadableFile, message: "cannot read parser model \(url.path)", cause: error)
        }
        try self.init(bytes: Array(data), source: url.path)
    }

    /// Reads a parser model from its bytes.
    init(bytes: [UInt8], source: String) throws {
        var reader = BinaryReader(bytes: bytes, source: source)
        let version = try reader.expectHeader(magic: Self.magic, versions: 1 ... Self.version)
        let labels = try reader.readStrings()
        let beamWidth = version >= 3 ? Int(try reader.readUInt32()) : 1
        let options = version >= 4 ? try reader.readUInt32() : 0
        let weights = try WeightTable(from: &reader)
        guard weights.classCount == 2 + 2 * labels.count, labels.count <= 63, (1 ... 1024).contains(beamWidth),
              options & ~Self.clusterOption == 0 else {
            throw SyntaxError(code: .badModel, message: "\(source): inconsistent parser model")
        }
        self.init(labels: labels, weights: weights, usesCoarseTags: version >= 2, beamWidth: beamWidth,
                  clusters: options & Self.clusterOption != 0 ? try WordClusters.shipped() : nil)
    }

    /// The bit of a version 4 model's options that says it uses word clusters.
    static let clusterOption: UInt32 = 1

    /// The model file's bytes: version 4 with the beam width and options for a model with
    /// word clusters; otherwise version 3 with the beam width, or version 2 for a greedy model.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter()
        let version: UInt32 = clusters != nil ? 4 : (beamWidth > 1 ? 3 : 2)
        writer.writeHeader(magic: Self.magic, version: version)
        writer.write(strings: labels)
        if version >= 3 { writer.write(UInt32(beamWidth)) }
        if version >= 4 { writer.write(Self.clusterOption) }
        weights.write(to: &writer)
        return writer.bytes
    }
}

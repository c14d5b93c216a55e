/// One sentence at a time, the beam search and max-violation update of
/// ``DependencyParser/trainGlobally(sentences:tags:coarseTags:clusters:iterations:beamWidth:seed:progress:snapshot:)``.
///
/// The partial parses of a sentence form a ``BeamSearchTree`` (each node remembers its parent, its
/// last transition and the features that scored it), so that a prefix is never copied and
/// the update can walk the predicted and the gold prefix back to where they part.
///
/// ```swift
/// var learner = BeamLearner(classCount: parser.classCount, rootLabel: 0, width: 8)
/// var stats = BeamLearner.Statistics()
/// learner.learn(example, stats: &stats)
/// let weights = learner.trainer.averaged(threshold: 0.005)
/// ```
struct BeamLearner {
    /// Counts over one pass, for the progress line.
    struct Statistics {
        var sentences = 0, updates = 0, arcsRight = 0, words = 0
    }

    /// A partial parse on the beam (or the gold one off it): its node, state, summed score,
    /// and whether all its transitions had oracle cost 0.
    struct Hypothesis {
        var node: Int
        var state: ArcEagerState
        var score: Double
        var correct: Bool
    }

    let classCount: Int
    let rootLabel: Int
    let width: Int
    /// The weights being learned.
    private(set) var trainer: PerceptronTrainer
    /// The partial parses met, with the features of each transition.
    private var tree = BeamSearchTree()
    /// Per expanded hypothesis (beam index, or `width` for the gold one off the beam): class
    /// scores, oracle costs and features.
    private var scores: [Float], costs: [Int]
    private var featureStart: [Int], featureCount: [Int]
    private var scratchCosts: [Int]

    init(classCount: Int, rootLabel: Int, width: Int) {
        self.classCount = classCount
        self.rootLabel = rootLabel
        self.width = max(1, width)
        trainer = PerceptronTrainer(classCount: classCount)
        let slots = self.width + 1
        scores = [Float](repeating: 0, count: slots * classCount)
        costs = [Int](repeating: 0, count: slots * classCount)
        featureStart = [Int](repeating: 0, count: slots)
        featureCount = featureStart
        scratchCosts = [Int](repeating: 0, count: classCount)
    }

    /// Scores `state` with the current weights into slot `slot`, with the oracle's costs.
    private mutating func expand(_ state: ArcEagerState, _ example: DependencyParser.GlobalExample, slot: Int) {
        example.oracle.costs(state, classCount: classCount, rootLabel: rootLabel, into: &scratchCosts)
        let base = slot * classCount
        for c in 0 ..< classCount { costs[base + c] = scratchCosts[c] }
        let start = tree.pool.count
        tree.pool.append(contentsOf: repeatElement(0, count: DependencyParser.featureCapacity))
        let count = tree.pool.withUnsafeMutableBufferPointer { example.cache.features(state, into: $0.baseAddress! + start) }
        tree.pool.removeLast(DependencyParser.featureCapacity - count)
        featureStart[slot] = start
        featureCount[slot] = count
        for c in 0 ..< classCount { scores[base + c] = 0 }
        let pool = tree.pool
        pool.withUnsafeBufferPointer { p in
            scores.withUnsafeMutableBufferPointer { s in
                trainer.score(UnsafeBufferPointer(rebasing: p[start ..< start + count]), into: s.baseAddress! + base)
            }
        }
    }

    /// The score a transition adds in slot `slot`.
    @inline(__always)
    private func gain(_ slot: Int, _ c: Int) -> Double { Double(scores[slot * classCount + c]) }

    /// A new node for `transition` applied to hypothesis `h` expanded in `slot`.
    private mutating func child(of h: Hypothesis, slot: Int, transition c: Int) -> Hypothesis {
        let node = tree.append(parent: h.node, class: c, featureStart: featureStart[slot], featureCount: featureCount[slot])
        var state = h.state
        state.apply(c)
        return Hypothesis(node: node, state: state, score: h.score + gain(slot, c),
                          correct: h.correct && costs[slot * classCount + c] == 0)
    }

    /// Parses one sentence with the beam and makes the max-violation update, if any.
    mutating func learn(_ example: DependencyParser.GlobalExample, stats: inout Statistics) {
        trainer.tick()
        tree.reset()
        var beam = [Hypothesis(node: 0, state: ArcEagerState(wordCount: example.n), score: 0, correct: true)]
        var gold = beam[0]
        var goldIndex = 0   // the gold hypothesis's place on the beam, -1 when off it
        var worst: (violation: Double, predicted: Int, gold: Int)?
        var next = BeamCandidates(width: width)
        while !beam[0].state.isTerminal {
            next.removeAll()
            for (i, h) in beam.enumerated() {
                expand(h.state, example, slot: i)
                let base = i * classCount
                for c in 0 ..< classCount where costs[base + c] != Int.max {
                    let total = h.score + Double(scores[base + c])
                    if next.admits(total) { next.offer(score: total, parent: i, transition: c) }
                }
            }
            // The gold continuation of the previous gold hypothesis: its best zero-cost class.
            let goldSlot = goldIndex >= 0 ? goldIndex : width
            if goldIndex < 0 { expand(gold.state, example, slot: width) }
            var goldClass = -1
            let goldBase = goldSlot * classCount
            for c in 0 ..< classCount where costs[goldBase + c] == 0 {
                if goldClass < 0 || scores[goldBase + c] > scores[goldBase + goldClass] { goldClass = c }
            }
            // Never taken for a projective gold tree: some transition always keeps it reachable.
            if goldClass < 0 { goldClass = (0 ..< classCount).min { costs[goldBase + $0] < costs[goldBase + $1] }! }
            var successors: [Hypothesis] = []
            successors.reserveCapacity(next.items.count)
            for item in next.items {
                successors.append(child(of: beam[item.parent], slot: item.parent, transition: item.transition))
            }
            if let first = successors.firstIndex(where: \.correct) {
                goldIndex = first
                gold = successors[first]
            } else {
                gold = child(of: gold, slot: goldSlot, transition: goldClass)
                goldIndex = -1
            }
            beam = successors
            if !beam[0].correct {
                let violation = beam[0].score - gold.score
                if violation >= 0 && violation > (worst?.violation ?? -1) {
                    worst = (violation, beam[0].node, gold.node)
                }
            }
        }
        stats.sentences += 1
        stats.words += example.n
        for d in 0 ..< example.n where beam[0].state.heads[d] == example.oracle.goldHeads[d] { stats.arcsRight += 1 }
        guard let worst else { return }
        stats.updates += 1
        tree.update(&trainer, predicted: worst.predicted, gold: worst.gold)
    }
}

/// One sentence at a time, the beam search and max-violation update of
/// ``TaggingCorpus/trainGlobally(lexical:tagDictionary:draft:forward:iterations:width:seed:earlyUpdate:progress:)``:
/// the tagger's counterpart of the parser's ``BeamLearner``.
///
/// The partial tag sequences of a sentence form a ``BeamSearchTree`` (each node remembers its
/// parent, its tag and the features that scored it), so that a prefix is never copied and the
/// update can walk the predicted and the gold prefix back to where they part.
///
/// ```swift
/// var learner = TaggerBeamLearner(classCount: corpus.classes, width: 4)
/// var stats = TaggerBeamLearner.Statistics()
/// learner.learn(TaggerBeamLearner.Example(shapes: w, lexical: l, gold: g, fixed: f, right: nil), stats: &stats)
/// let weights = learner.trainer.averaged(threshold: 0.002)
/// ```
struct TaggerBeamLearner {
    /// Counts over one pass, for the progress line.
    struct Statistics {
        var sentences = 0, updates = 0, tagsRight = 0, words = 0
    }

    /// A training sentence: its words and their lexical views, gold classes, the classes of
    /// words that are not scored (-1 for the others), and the drafts a second pass reads.
    struct Example {
        var shapes: [WordShape]
        var lexical: [PartOfSpeechTagger.Lexical]
        var gold: [Int]
        var fixed: [Int]
        var right: [Int]?
        var forward: [Int]? = nil
        var reversed = false
    }

    /// A partial tag sequence on the beam (or the gold one off it).
    struct Sequence {
        var node: Int
        var prev1: UInt64, prev2: UInt64
        var score: Double
        /// Whether every tag so far is the gold one.
        var correct: Bool
    }

    let classCount: Int
    let width: Int
    /// Whether to update at the first word where the gold sequence falls off the beam and
    /// stop there (early update, Collins and Roark 2004) instead of at the widest violation.
    let earlyUpdate: Bool
    /// The weights being learned.
    private(set) var trainer: PerceptronTrainer
    /// The partial tag sequences met, with the features that scored each tag.
    private var tree = BeamSearchTree()
    /// Per scored sequence (beam index, or `width` for the gold one off the beam): class
    /// scores and features.
    private var scores: [Float]
    private var featureStart: [Int], featureCount: [Int]
    private var buffer = [UInt32](repeating: 0, count: PartOfSpeechTagger.featureCapacity)

    init(classCount: Int, width: Int, earlyUpdate: Bool = false) {
        self.classCount = classCount
        self.width = max(1, width)
        self.earlyUpdate = earlyUpdate
        trainer = PerceptronTrainer(classCount: classCount)
        scores = [Float](repeating: 0, count: (self.width + 1) * classCount)
        featureStart = [Int](repeating: 0, count: self.width + 1)
        featureCount = featureStart
    }

    /// Scores word `i` after sequence `s` with the current weights into slot `slot`.
    private mutating func expand(_ s: Sequence, _ example: Example, _ i: Int, slot: Int) {
        let count = PartOfSpeechTagger.features(example.shapes, example.lexical, i, s.prev1, s.prev2,
                                                right: example.right, forward: example.forward,
                                                reversed: example.reversed, into: &buffer)
        featureStart[slot] = tree.pool.count
        featureCount[slot] = count
        tree.pool.append(contentsOf: buffer[0 ..< count])
        let base = slot * classCount
        for c in 0 ..< classCount { scores[base + c] = 0 }
        buffer.withUnsafeBufferPointer { f in
            scores.withUnsafeMutableBufferPointer { out in
                trainer.score(UnsafeBufferPointer(rebasing: f[0 ..< count]), into: out.baseAddress! + base)
            }
        }
    }

    /// A new node for class `c` after sequence `s`, scored in `slot` (nil: a fixed word, not scored).
    private mutating func child(of s: Sequence, slot: Int?, tag c: Int, gold: Int, score: Double) -> Sequence {
        let node = tree.append(parent: s.node, class: c, featureStart: slot.map { featureStart[$0] } ?? 0,
                               featureCount: slot.map { featureCount[$0] } ?? 0)
        return Sequence(node: node, prev1: UInt64(c), prev2: s.prev1, score: score,
                        correct: s.correct && c == gold)
    }

    /// Tags one sentence with the beam and makes the max-violation update, if any.
    mutating func learn(_ example: Example, stats: inout Statistics) {
        trainer.tick()
        tree.reset()
        let noTag = PartOfSpeechTagger.noTag
        var beam = [Sequence(node: 0, prev1: noTag, prev2: noTag, score: 0, correct: true)]
        var gold = beam[0]
        var goldIndex = 0   // the gold sequence's place on the beam, -1 when off it
        var worst: (violation: Double, predicted: Int, gold: Int)?
        var next = BeamCandidates(width: width)
        var successors: [Sequence] = []
        for i in example.shapes.indices {
            next.removeAll()
            successors.removeAll(keepingCapacity: true)
            // A fixed word's class is the gold one for training: the decoder will give it too.
            let truth = example.fixed[i] >= 0 ? example.fixed[i] : example.gold[i]
            if example.fixed[i] >= 0 {
                for (k, s) in beam.enumerated() {
                    next.offer(score: s.score, parent: k, transition: truth,
                               history: BeamCandidates.history(tag: truth, previous: s.prev1))
                }
                for item in next.items {
                    successors.append(child(of: beam[item.parent], slot: nil, tag: truth, gold: truth, score: item.score))
                }
                // The gold sequence, off the beam or recombined away, goes on alone.
                if !successors.contains(where: \.correct) {
                    gold = child(of: gold, slot: nil, tag: truth, gold: truth, score: gold.score)
                }
            } else {
                for (k, s) in beam.enumerated() {
                    expand(s, example, i, slot: k)
                    let base = k * classCount
                    for c in 0 ..< classCount {
                        let total = s.score + Double(scores[base + c])
                        if next.admits(total) {
                            next.offer(score: total, parent: k, transition: c,
                                       history: BeamCandidates.history(tag: c, previous: s.prev1))
                        }
                    }
                }
                let goldSlot = goldIndex >= 0 ? goldIndex : width
                if goldIndex < 0 { expand(gold, example, i, slot: width) }
                for item in next.items {
                    successors.append(child(of: beam[item.parent], slot: item.parent, tag: item.transition, gold: truth,
                                            score: item.score))
                }
                if !successors.contains(where: \.correct) {
                    gold = child(of: gold, slot: goldSlot, tag: truth, gold: truth,
                                 score: gold.score + Double(scores[goldSlot * classCount + truth]))
                }
            }
            if let first = successors.firstIndex(where: \.correct) {
                goldIndex = first
                gold = successors[first]
            } else {
                goldIndex = -1
            }
            swap(&beam, &successors)
            if earlyUpdate {
                // At the word where the gold sequence falls off the beam, or at the end when it
                // is on the beam but not first.
                if goldIndex < 0 || (i == example.shapes.count - 1 && !beam[0].correct) {
                    worst = (beam[0].score - gold.score, beam[0].node, gold.node)
                    break
                }
            } else if !beam[0].correct {
                let violation = beam[0].score - gold.score
                if violation >= 0 && violation > (worst?.violation ?? -1) {
                    worst = (violation, beam[0].node, gold.node)
                }
            }
        }
        stats.sentences += 1
        stats.words += example.shapes.count
        // The words tagged so far (all, unless an early update stopped the sentence).
        var depth = 0, node = beam[0].node
        while node > 0 { depth += 1; node = Int(tree.nodes[node].parent) }
        node = beam[0].node
        for i in stride(from: depth - 1, through: 0, by: -1) {
            if Int(tree.nodes[node].transition) == (example.fixed[i] >= 0 ? example.fixed[i] : example.gold[i]) { stats.tagsRight += 1 }
            node = Int(tree.nodes[node].parent)
        }
        guard let worst else { return }
        stats.updates += 1
        tree.update(&trainer, predicted: worst.predicted, gold: worst.gold)
    }
}

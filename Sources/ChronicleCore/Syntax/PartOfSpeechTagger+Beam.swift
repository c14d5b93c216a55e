import Foundation

extension PartOfSpeechTagger {
    /// One pass over a sentence with beam search over tag sequences: after each word only the
    /// `width` partial sequences with the highest summed scores are kept (at most one per pair
    /// of last two tags, see ``BeamCandidates``), and the best complete one wins.
    ///
    /// The arguments are those of ``decode(_:_:_:weights:right:forward:partner:reversed:exactSums:)``:
    /// `fixed` holds the class of each word that is not scored (the tag dictionary's, or in a
    /// second pass also the first pass's settled tags), -1 for the others; a fixed word extends
    /// every sequence with its class at no score, as in greedy tagging. Scores are summed in
    /// the fast order of ``WeightTable/scoreReordered(_:into:)`` (feature by feature when
    /// `exactSums`); with `width` 1 and `exactSums` the tags are those of the greedy pass (a
    /// prefix's score is added in `Double`, which keeps the order of the classes).
    ///
    /// A sequence's scores depend on its last two tags only, so the cost of a word is one
    /// scoring per kept sequence: `width` times the greedy pass's for the words scored.
    ///
    /// - Returns: The class of each word.
    func decodeWithBeam(_ shapes: [WordShape], _ lexical: [Lexical], _ fixed: [Int], weights: WeightTable,
                        right: [Int]?, forward: [Int]? = nil, reversed: Bool = false, width: Int,
                        exactSums: Bool = false) -> [Int] {
        let n = shapes.count
        guard n > 0 else { return [] }
        /// A partial sequence: its last two tags, its summed score and its last node.
        struct Sequence {
            var prev1: UInt64, prev2: UInt64
            var score: Double
            var node: Int
        }
        // The sequences form a tree: node k added tag `nodeTag[k]` to node `nodeParent[k]`.
        var nodeParent: [Int32] = [], nodeTag: [Int32] = []
        nodeParent.reserveCapacity(n * width)
        nodeTag.reserveCapacity(n * width)
        var beam = [Sequence(prev1: Self.noTag, prev2: Self.noTag, score: 0, node: -1)]
        var successors: [Sequence] = []
        var next = BeamCandidates(width: width)
        var features = [UInt32](repeating: 0, count: Self.featureCapacity)
        var scores = [Float](repeating: 0, count: classCount)
        for i in 0 ..< n {
            next.removeAll()
            if fixed[i] >= 0 {
                for (k, s) in beam.enumerated() {
                    next.offer(score: s.score, parent: k, transition: fixed[i],
                               history: BeamCandidates.history(tag: fixed[i], previous: s.prev1))
                }
            } else {
                for (k, s) in beam.enumerated() {
                    let count = Self.features(shapes, lexical, i, s.prev1, s.prev2, right: right, forward: forward,
                                              reversed: reversed, into: &features)
                    _ = Self.sum(weights, features, count, into: &scores, exact: exactSums)
                    for c in 0 ..< scores.count {
                        let total = s.score + Double(scores[c])
                        if next.admits(total) {
                            next.offer(score: total, parent: k, transition: c,
                                       history: BeamCandidates.history(tag: c, previous: s.prev1))
                        }
                    }
                }
            }
            successors.removeAll(keepingCapacity: true)
            for item in next.items {
                let parent = beam[item.parent]
                nodeParent.append(Int32(parent.node))
                nodeTag.append(Int32(item.transition))
                successors.append(Sequence(prev1: UInt64(item.transition), prev2: parent.prev1, score: item.score,
                                           node: nodeTag.count - 1))
            }
            swap(&beam, &successors)
        }
        var tags = [Int](repeating: 0, count: n)
        var node = beam[0].node
        for i in stride(from: n - 1, through: 0, by: -1) {
            tags[i] = Int(nodeTag[node])
            node = Int(nodeParent[node])
        }
        return tags
    }

    /// The same tagger decoding its last pass with a beam of `width` (1: greedily), whatever
    /// width it was trained with.
    public func withBeamWidth(_ width: Int) -> PartOfSpeechTagger {
        PartOfSpeechTagger(upos: upos, xpos: xpos, first: first, second: second, tagDictionary: tagDictionary,
                           lexicon: lexicon, learnedLemmas: learnedLemmas, outside: outside, clusters: clusters,
                           firstPassReversed: firstPassReversed, backward: backward, backwardSecond: backwardSecond,
                           beamWidth: width)
    }
}

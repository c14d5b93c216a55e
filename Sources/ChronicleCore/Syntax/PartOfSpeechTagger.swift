import Foundation

/// A greedy left-to-right averaged-perceptron tagger that assigns each word a Universal POS tag
/// and a Penn Treebank tag at once (one class per UPOS/XPOS pair seen in training).
///
/// Tagging takes two passes: the first sees only the tags to its left (or, in a tagger trained
/// with ``firstPassReversed``, only those to its right: it tags from the end of the sentence);
/// the second also sees the first pass's tags of the next two words, so that "the talks" and
/// "he talks" are told apart by what follows as well as by what precedes. A tagger trained with
/// ``backward`` has two first passes, one each way, and its second pass reads both drafts.
///
/// Features follow the classic perceptron tagger: the word, its suffixes and prefixes, its
/// shape, the neighbouring words and suffixes, the two previous tags, and the most frequent
/// tag of the word and of the next two words (from a lexicon learned in training), and the
/// tags an outside word list (``TagLexicon``) gives the word, and, in a tagger trained with
/// them, the Brown clusters (``WordClusters``) of the word and its neighbours. Frequent
/// words that are almost never ambiguous are tagged from a dictionary without scoring.
///
/// ```swift
/// let tagger = try PartOfSpeechTagger(contentsOf: url)
/// let tags = tagger.tag(["Seoul", "protested", "."])   // class indices
/// tagger.upos[tags[1]]                                  // "VERB"
/// ```
public struct PartOfSpeechTagger: Sendable {
    /// The UPOS tag of each class.
    public let upos: [String]
    /// The XPOS tag of each class.
    public let xpos: [String]
    /// The first-pass weights (left context only).
    let first: WeightTable
    /// The second-pass weights (left context plus first-pass tags to the right), if trained.
    let second: WeightTable?
    /// Exact form hash → class, for frequent unambiguous words.
    let tagDictionary: [UInt64: UInt8]
    /// Word hash → its ambiguity class (a hash of the word's majority tag and the tags it
    /// takes at least 10% of the time), for words seen a few times. Keys are lowercase form
    /// hashes, and exact form hashes mixed with ``formSalt``.
    let lexicon: [UInt64: UInt64]
    /// Lemmas learned in training where the rules are wrong: `lowercase form \t XPOS` → lemma.
    let learnedLemmas: [String: String]
    /// The outside tag lexicon the tagger was trained with: exact-form hash → row code (see
    /// ``TagLexicon/entry(_:)``); empty for a tagger trained without one.
    let outside: [UInt64: UInt64]
    /// The word clusters of a tagger trained with cluster features (model version 4), nil for others.
    let clusters: WordClusters?
    /// Whether the first pass tags right to left (model version 4), so that the second pass's
    /// right context comes from tags that saw their own right context. On EWT dev the two-pass
    /// tagger scored UPOS 95.73% and 95.75% (seeds 1, 2) against 95.62% and 95.68% left to right.
    public let firstPassReversed: Bool
    /// A right-to-left first pass beside the left-to-right ``first`` (model option
    /// ``bothFirstPassesOption``), nil for others: the second pass then reads the right-to-left
    /// draft where others read their one draft, and the left-to-right draft as well.
    let backward: WeightTable?
    /// In a tagger that joins two (``joining(leftToRight:rightToLeft:)``, model option
    /// ``joinedOption``), the second pass of the tagger whose first pass was right to left (``backward``):
    /// it reads the right-to-left draft, ``second`` the left-to-right one, and each word takes
    /// the class of the highest sum of their scores. Nil for others.
    let backwardSecond: WeightTable?
    /// How many tag sequences the last pass keeps (model option ``beamOption``): 1 tags
    /// greedily; more decodes the last pass with ``decodeWithBeam(_:_:_:weights:right:forward:reversed:width:exactSums:)``,
    /// for a tagger whose last pass was trained globally with that beam.
    public let beamWidth: Int

    static let magic = "CHTG"
    /// The newest model version: 3 adds the outside lexicon, 4 options (whether the tagger
    /// uses word clusters, whether its first pass is reversed, whether it has both first
    /// passes). A tagger with none of them is still
    /// written as version 3, so that training without them keeps giving the same bytes as before.
    static let version: UInt32 = 4
    /// The most features one decision uses.
    static let featureCapacity = 72

    /// The number of classes.
    public var classCount: Int { upos.count }

    init(upos: [String], xpos: [String], first: WeightTable, second: WeightTable?, tagDictionary: [UInt64: UInt8],
         lexicon: [UInt64: UInt64], learnedLemmas: [String: String], outside: [UInt64: UInt64],
         clusters: WordClusters? = nil, firstPassReversed: Bool = false, backward: WeightTable? = nil,
         backwardSecond: WeightTable? = nil, beamWidth: Int = 1) {
        self.upos = upos
        self.xpos = xpos
        self.first = first
        self.second = second
        self.tagDictionary = tagDictionary
        self.lexicon = lexicon
        self.learnedLemmas = learnedLemmas
        self.outside = outside
        self.clusters = clusters
        self.firstPassReversed = firstPassReversed
        self.backward = backward
        self.backwardSecond = backwardSecond
        self.beamWidth = max(1, beamWidth)
    }

    /// Tags a sentence and returns one class index per word.
    public func tag(_ words: [String]) -> [Int] {
        tag(shapes: words.map(WordShape.init))
    }

    /// Tags words whose shapes are already computed; `exactSums` sums every decision's
    /// weights feature by feature (for tests: the tags are the same, see ``decode``).
    func tag(shapes: [WordShape], exactSums: Bool = false) -> [Int] {
        let known = shapes.map { tagDictionary[$0.form].map(Int.init) ?? -1 }
        // Only the word itself uses its outside-lexicon row: words of the tag dictionary skip it.
        let lexical = shapes.indices.map { lexiconFeature(shapes[$0], outsideToo: known[$0] < 0) }
        if second == nil && beamWidth > 1 {
            // A one-pass tagger trained with the beam decodes its only pass with it.
            guard firstPassReversed else {
                return decodeWithBeam(shapes, lexical, known, weights: first, right: nil, width: beamWidth, exactSums: exactSums)
            }
            return decodeWithBeam(shapes.reversed(), lexical.reversed(), known.reversed(), weights: first, right: nil,
                                  reversed: true, width: beamWidth, exactSums: exactSums).reversed()
        }
        let drafts = firstPasses(shapes, lexical, known, exactSums: exactSums)
        guard let second else { return drafts.right.tags }
        // Words the first pass is sure of keep their tag; the second pass rescores the rest.
        var settled = known
        for i in settled.indices where settled[i] < 0 && drafts.isSettled(i) { settled[i] = drafts.right.tags[i] }
        if let backwardSecond, let forward = drafts.forward {
            return decode(shapes, lexical, settled, weights: second, right: forward.tags,
                          partner: (backwardSecond, drafts.right.tags), exactSums: exactSums).tags
        }
        if beamWidth > 1 {
            return decodeWithBeam(shapes, lexical, settled, weights: second, right: drafts.right.tags,
                                  forward: drafts.forward?.tags, width: beamWidth, exactSums: exactSums)
        }
        return decode(shapes, lexical, settled, weights: second, right: drafts.right.tags, forward: drafts.forward?.tags,
                      exactSums: exactSums).tags
    }

    /// The first passes' tags and margins of a sentence.
    struct Drafts {
        /// The draft whose tags of the next words the second pass reads: the only first pass's,
        /// or the right-to-left one's of a tagger with both.
        var right: (tags: [Int], margins: [Float])
        /// The left-to-right draft of a tagger with both first passes.
        var forward: (tags: [Int], margins: [Float])?

        /// Whether the second pass keeps the draft's tag of word `i`: the first pass's margin
        /// is at least ``settledMargin`` (both passes', when they agree; never when they differ).
        func isSettled(_ i: Int) -> Bool {
            guard right.margins[i] >= settledMargin else { return false }
            guard let forward else { return true }
            return forward.tags[i] == right.tags[i] && forward.margins[i] >= settledMargin
        }
    }

    /// Runs the first pass (or both, for a tagger with ``backward``) over a sentence's words.
    func firstPasses(shapes: [WordShape]) -> Drafts {
        let known = shapes.map { tagDictionary[$0.form].map(Int.init) ?? -1 }
        let lexical = shapes.indices.map { lexiconFeature(shapes[$0], outsideToo: known[$0] < 0) }
        return firstPasses(shapes, lexical, known)
    }

    /// Runs the first pass (or both, for a tagger with ``backward``) over a sentence.
    func firstPasses(_ shapes: [WordShape], _ lexical: [Lexical], _ known: [Int], exactSums: Bool = false) -> Drafts {
        /// A pass that tags from the end of the sentence, its results put back in order.
        func rightToLeft(_ weights: WeightTable) -> (tags: [Int], margins: [Float]) {
            let r = decode(shapes.reversed(), lexical.reversed(), known.reversed(), weights: weights, right: nil,
                           reversed: true, exactSums: exactSums)
            return (r.tags.reversed(), r.margins.reversed())
        }
        if let backward {
            return Drafts(right: rightToLeft(backward),
                          forward: decode(shapes, lexical, known, weights: first, right: nil, exactSums: exactSums))
        }
        if firstPassReversed { return Drafts(right: rightToLeft(first)) }
        return Drafts(right: decode(shapes, lexical, known, weights: first, right: nil, exactSums: exactSums))
    }

    /// The first-pass margin (best score minus second best) from which the
    /// second pass keeps the first pass's tag instead of rescoring the word. On EWT dev a
    /// margin of 20 doubled the tagging speed without lowering the accuracy (UPOS 95.22%
    /// against 95.20% when every word is rescored); 10 is another 1.3 times faster for the
    /// same tags in effect (UPOS 95.24% against 95.25% at 20, LAS 82.76% against 82.73%).
    static let settledMargin: Float = 10

    /// One greedy left-to-right pass; `known` holds the tag dictionary's class of each word
    /// (-1 when it has none), `right` the first-pass tags for the second pass and `forward` the
    /// left-to-right draft for the second pass of a tagger with both first passes; `partner`, in
    /// a joined tagger, the other second pass and its draft, whose scores are added; `reversed` says
    /// that the words are given last first (a reversed first pass). Returns the tags and the
    /// margin of each decision (infinite for known words).
    ///
    /// Scores are summed in the fast order of ``WeightTable/scoreReordered(_:into:)`` and
    /// summed again feature by feature only when that could change the tag or the comparison
    /// of the margin with ``settledMargin``, so the results are those of the sequential sums
    /// (always used when `exactSums`).
    func decode(_ shapes: [WordShape], _ lexical: [Lexical], _ known: [Int], weights: WeightTable,
                right: [Int]?, forward: [Int]? = nil, partner: (weights: WeightTable, right: [Int])? = nil,
                reversed: Bool = false, exactSums: Bool = false) -> (tags: [Int], margins: [Float]) {
        let n = shapes.count
        var result = [Int](repeating: 0, count: n)
        var margins = [Float](repeating: .infinity, count: n)
        var features = [UInt32](repeating: 0, count: Self.featureCapacity)
        var partnerFeatures = [UInt32](repeating: 0, count: partner == nil ? 0 : Self.featureCapacity)
        var scores = [Float](repeating: 0, count: classCount)
        var partnerScores = [Float](repeating: 0, count: partner == nil ? 0 : classCount)
        var prev1 = Self.noTag, prev2 = Self.noTag
        for i in 0 ..< n {
            let guess: Int
            if known[i] >= 0 {
                guess = known[i]
            } else {
                let count = Self.features(shapes, lexical, i, prev1, prev2, right: right, forward: forward,
                                          reversed: reversed, into: &features)
                let partnerCount = partner.map {
                    Self.features(shapes, lexical, i, prev1, prev2, right: $0.right, into: &partnerFeatures)
                } ?? 0
                // Summed in the fast order first (see ``WeightTable/scoreReordered(_:into:)``);
                // summed again feature by feature when the best class or the comparison of the
                // margin with ``settledMargin`` might differ from the sequential sums'.
                // (a joined tagger adds its partner's sums: each is within its bound of its
                // sequential sum, and adding the two rounds once more, by at most an ulp of the
                // largest total)
                func total(exact: Bool) -> Float {
                    var bound = Self.sum(weights, features, count, into: &scores, exact: exact)
                    if let partner {
                        bound += Self.sum(partner.weights, partnerFeatures, partnerCount, into: &partnerScores, exact: exact)
                        bound += Self.addScores(partnerScores, to: &scores)
                    }
                    return bound
                }
                let slack = 2 * Double(total(exact: false))
                var (best, margin) = ScoreVector.argmaxAndMargin(scores)
                if exactSums || !(Double(margin) > slack && (right != nil || abs(Double(margin) - Double(Self.settledMargin)) > slack)) {
                    _ = total(exact: true)
                    (best, margin) = ScoreVector.argmaxAndMargin(scores)
                }
                guess = best
                margins[i] = margin
            }
            result[i] = guess
            prev2 = prev1
            prev1 = UInt64(guess)
        }
        return (result, margins)
    }

    /// Sets `scores` to the sums of `table`'s weights for the first `count` of `features`: in
    /// the fast order (returning the bound on its difference from the sequential sums) or, when
    /// `exact`, feature by feature (returning 0).
    @inline(__always)
    static func sum(_ table: WeightTable, _ features: [UInt32], _ count: Int, into scores: inout [Float], exact: Bool) -> Float {
        for c in scores.indices { scores[c] = 0 }
        var bound: Float = 0
        features.withUnsafeBufferPointer { f in
            scores.withUnsafeMutableBufferPointer { s in
                let used = UnsafeBufferPointer(rebasing: f[0 ..< count])
                if exact { table.score(used, into: s.baseAddress!) } else { bound = table.scoreReordered(used, into: s.baseAddress!) }
            }
        }
        return bound
    }

    /// Adds `other` to `scores` class by class and returns a bound on the rounding of those
    /// additions (an ulp of the largest total in magnitude).
    static func addScores(_ other: [Float], to scores: inout [Float]) -> Float {
        var largest: Float = 0
        for c in scores.indices {
            scores[c] += other[c]
            largest = max(largest, abs(scores[c]))
        }
        return largest * Float.ulpOfOne
    }

    /// The value standing for "no tag" (before the sentence).
    static let noTag: UInt64 = 1000

    static let formSalt: UInt64 = 0x5bd1e9955bd1e995

    /// The ambiguity classes of a word: of its lowercase form and of its exact form; and its
    /// row in the outside tag lexicon (looked up only when `outsideToo`).
    func lexiconFeature(_ shape: WordShape, outsideToo: Bool = true) -> Lexical {
        Lexical(lower: lexicon[shape.lower] ?? Self.noTag, form: lexicon[shape.form ^ Self.formSalt] ?? Self.noTag,
                listed: outsideToo ? Self.listed(shape, in: outside) : Self.unlisted,
                cluster: Self.cluster(shape, in: clusters))
    }

    /// A word's cluster in `table` as a feature value, looked up by its lowercase form (numbers,
    /// which the shape folds, are not listed: 0); ``noClusters`` without a table.
    @inline(__always)
    static func cluster(_ shape: WordShape, in table: WordClusters?) -> UInt64 {
        guard let table else { return noClusters }
        return UInt64(table.cluster(ofWordKey: shape.lower))
    }

    /// The cluster value of every word for a tagger without clusters (it then uses none of
    /// their features).
    static let noClusters: UInt64 = 0xFFFF_FFFF_FFFF
    /// The cluster value of positions beyond the sentence: a path of no steps (listed words
    /// have at least one, unlisted ones are 0).
    static let beyondClusters: UInt64 = 1

    /// A word's row code in the outside tag lexicon `table`: the exact form's, else the
    /// lowercase form's with bit 32 set; ``unlisted`` when neither is listed, ``noLexicon``
    /// when the tagger has no outside lexicon (it then uses none of its features).
    @inline(__always)
    static func listed(_ shape: WordShape, in table: [UInt64: UInt64]) -> UInt64 {
        if table.isEmpty { return noLexicon }
        if let code = table[shape.form] { return code }
        if shape.lower != shape.form, let code = table[shape.lower] { return code | 1 << 32 }
        return unlisted
    }

    /// The outside lexicon's code for words it does not list (both 16-bit parts all ones).
    static let unlisted: UInt64 = 0xFFFF_FFFF
    /// The code of every word for a tagger without an outside lexicon.
    static let noLexicon: UInt64 = 0xFFFD_FFFD
    /// The outside lexicon's code for positions beyond the sentence.
    static let beyond: UInt64 = 0xFFFE_FFFE

    /// The lexicons' view of one word.
    struct Lexical {
        /// The treebank ambiguity class of the lowercase form.
        var lower: UInt64
        /// The treebank ambiguity class of the exact form.
        var form: UInt64
        /// The outside tag lexicon's row code (see ``listed(_:in:)``).
        var listed: UInt64
        /// The word's cluster (see ``cluster(_:in:)``).
        var cluster: UInt64
        static let outside = Lexical(lower: noTag + 1, form: noTag + 1, listed: beyond, cluster: beyondClusters)
    }

    static func argmax(_ scores: [Float]) -> Int {
        ScoreVector.argmax(scores)
    }

    /// Writes the feature keys of position `i` into `out` and returns how many there are;
    /// `right` is the draft of a second pass, `forward` the left-to-right draft of a tagger with
    /// both first passes (`right` is then the right-to-left one); `reversed` says that the words are given last first (the sentence's first word is then
    /// the last position, for the sentence-initial capitalization feature).
    static func features(_ w: [WordShape], _ lex: [Lexical], _ i: Int, _ prev1: UInt64, _ prev2: UInt64,
                         right: [Int]?, forward: [Int]? = nil, reversed: Bool = false,
                         into out: inout [UInt32]) -> Int {
        let n = w.count
        let cur = w[i]
        let p1 = i >= 1 ? w[i - 1] : WordShape.before
        let p2 = i >= 2 ? w[i - 2] : WordShape.before
        let n1 = i + 1 < n ? w[i + 1] : WordShape.after
        let n2 = i + 2 < n ? w[i + 2] : WordShape.after
        let l0 = lex[i]
        let l1 = i + 1 < n ? lex[i + 1] : .outside
        let l2 = i + 2 < n ? lex[i + 2] : .outside
        let lP1 = i >= 1 ? lex[i - 1] : .outside
        let lex0 = l0.lower, lex1 = l1.lower, lex2 = l2.lower, lexP1 = lP1.lower
        var k = 0
        @inline(__always) func add(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            out[k] = FeatureHash.key(t, a, b, c)
            k += 1
        }
        add(1, 0)
        add(2, cur.lower)
        add(3, cur.form)
        add(4, cur.suffix1)
        add(5, cur.suffix2)
        add(6, cur.suffix3)
        add(7, cur.suffix4)
        add(8, cur.prefix1)
        add(9, cur.prefix2)
        add(10, cur.prefix3)
        add(11, cur.shape)
        add(12, cur.flags, i == (reversed ? n - 1 : 0) ? 1 : 0)
        add(13, prev1)
        add(14, prev2, prev1)
        add(15, prev1, cur.lower)
        add(16, p1.lower)
        add(17, p1.suffix3)
        add(18, p2.lower)
        add(19, n1.lower)
        add(20, n1.suffix3)
        add(21, n2.lower)
        add(22, p1.lower, cur.lower)
        add(23, cur.lower, n1.lower)
        add(24, n1.shape)
        add(25, p1.shape)
        add(26, lex0)
        add(27, lex1)
        add(28, lex2)
        add(29, lex0, lex1)
        add(30, prev1, lex1)
        add(31, prev1, cur.suffix3)
        add(32, lexP1, lex0)
        add(33, prev2)
        add(34, n1.suffix2)
        add(35, cur.lower, n1.lower, n2.lower)
        add(36, prev1, lex0)
        add(37, l0.form)
        add(38, l0.form, l1.form)
        add(39, prev1, l0.form)
        add(40, l1.form)
        add(41, cur.flags, l0.form, l0.lower)
        add(42, lex0, lex1, lex2)
        add(43, prev2, prev1, lex0)
        add(44, cur.suffix3, lex1)
        // The outside tag lexicon's row of the word (tag set, Brill tag, found in lowercase),
        // and its Brill tag alone.
        if l0.listed != noLexicon {
            add(52, l0.listed)
            add(53, l0.listed & 0xFFFF)
        }
        if l0.cluster != noClusters {
            // Brown clusters of the word (whole path, 4-, 6- and 10-step prefixes) and of its
            // neighbours, so that words the treebank never saw act like their cluster's words.
            @inline(__always) func prefix(_ value: UInt64, _ steps: Int) -> UInt64 {
                UInt64(WordClusters.prefix(UInt32(truncatingIfNeeded: value), steps))
            }
            let c0 = l0.cluster, c1 = l1.cluster, cP1 = lP1.cluster
            let c06 = prefix(c0, 6)
            add(54, c0); add(55, prefix(c0, 4)); add(56, c06); add(57, prefix(c0, 10))
            add(58, c1); add(59, cP1); add(60, prev1, c06); add(61, c06, prefix(c1, 6))
        }
        if let right {
            let next1 = i + 1 < n ? UInt64(right[i + 1]) : noTag + 1
            let next2 = i + 2 < n ? UInt64(right[i + 2]) : noTag + 1
            add(45, next1)
            add(46, next1, next2)
            add(47, prev1, next1)
            add(48, next1, cur.lower)
            add(49, next1, cur.suffix3)
            add(50, UInt64(right[i]), lex0)
            add(51, prev1, UInt64(right[i]), next1)
            if let forward {
                // The left-to-right draft: the word's tag alone, with the other draft's (so that
                // agreement and each disagreement are features), with the word's ambiguity class
                // and the previous tag; the next word's, alone and with the other draft's.
                let own = UInt64(forward[i])
                let forward1 = i + 1 < n ? UInt64(forward[i + 1]) : noTag + 1
                add(62, own)
                add(63, own, UInt64(right[i]))
                add(64, own, lex0)
                add(65, prev1, own)
                add(66, forward1)
                add(67, forward1, next1)
            }
        }
        return k
    }
}

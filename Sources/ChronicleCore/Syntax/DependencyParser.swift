import Foundation

/// An arc-eager dependency parser (greedy, or with a beam when the model says so) with an averaged perceptron over hashed features,
/// producing Universal Dependencies relations (labels are predicted with the transitions).
///
/// Features describe the two top stack words, the first three buffer words, the heads and
/// outermost children of the stack top and the buffer front (words, tags, labels), the
/// distance between them, their valencies and the label sets of their children, in the
/// manner of Zhang and Nivre (2011).
///
/// ```swift
/// let parser = try DependencyParser(contentsOf: url)
/// let (heads, labels) = parser.parse(words: wordHashes, tags: tagHashes)
/// ```
public struct DependencyParser: Sendable {
    /// The dependency relations, indexed by label number.
    public let labels: [String]
    let rootLabel: Int
    let weights: WeightTable
    /// Whether the model also uses UPOS-only tag features (model version 2).
    let usesCoarseTags: Bool
    /// The keys of the label templates for each label (see ``ParserFeatureCache``).
    let labelKeys: [UInt32]
    /// The number of partial parses kept while parsing: 1 parses greedily, more with a beam
    /// (see ``parseWithBeam(words:tags:coarse:width:)``). Models trained with a beam record
    /// their width (model version 3); older files load as greedy.
    public let beamWidth: Int
    /// The word clusters of a model with cluster features (model version 4), nil for others.
    let clusters: WordClusters?

    static let magic = "CHDP"
    /// The newest model version: 3 records the beam width, 4 also whether the model uses word
    /// clusters (a greedy model without clusters is still written as version 2, a beam model
    /// without them as version 3, so that training without clusters keeps giving the same
    /// bytes as before).
    static let version: UInt32 = 4
    static let featureCapacity = 112

    /// The number of transition classes.
    var classCount: Int { 2 + 2 * labels.count }

    init(labels: [String], weights: WeightTable, usesCoarseTags: Bool = true, beamWidth: Int = 1,
         clusters: WordClusters? = nil) {
        self.labels = labels
        self.rootLabel = labels.firstIndex(of: "root") ?? 0
        self.weights = weights
        self.usesCoarseTags = usesCoarseTags
        self.beamWidth = max(1, beamWidth)
        self.clusters = clusters
        labelKeys = ParserFeatureCache.labelKeys(labelCount: labels.count)
    }

    /// Whether the model has word-cluster features (see ``WordClusters``).
    public var usesClusters: Bool { clusters != nil }

    /// Per word, its cluster as a feature value, when the model uses clusters.
    func clusterValues(_ words: [UInt64]) -> [UInt64]? {
        clusters?.values(ofWordKeys: words)
    }

    /// The same model parsing with `width` partial parses (1: greedy), for trying another
    /// width than the recorded one (`chronicle eval syntax --beam K`).
    ///
    /// ```swift
    /// let wide = try DependencyParser(contentsOf: url).withBeamWidth(16)
    /// ```
    public func withBeamWidth(_ width: Int) -> DependencyParser {
        DependencyParser(labels: labels, weights: weights, usesCoarseTags: usesCoarseTags, beamWidth: width,
                         clusters: clusters)
    }

    /// Parses one sentence given per-word hashes of lowercase forms (``wordKey(_:)``) and of
    /// tags (``tagKey(upos:xpos:)``).
    ///
    /// Parses greedily when ``beamWidth`` is 1, with a beam of that width otherwise.
    ///
    /// - Returns: For each word, its head (-1 for the root) and its label number.
    func parse(words: [UInt64], tags: [UInt64], coarse: [UInt64]?) -> (heads: [Int], labels: [Int]) {
        if beamWidth > 1 { return parseWithBeam(words: words, tags: tags, coarse: coarse, width: beamWidth) }
        return parseGreedily(words: words, tags: tags, coarse: coarse)
    }

    /// Parses one sentence taking the best-scoring valid transition at every step.
    ///
    /// Each decision's scores are summed in the fast order of
    /// ``WeightTable/scoreReordered(_:into:)`` and summed again feature by feature (as
    /// ``WeightTable/score(_:into:)`` does) only when the best class's margin is within the
    /// bound on the difference, so the trees are those of the sequential sums (on EWT dev 2
    /// decisions of 42,256 were summed again). `exactSums` always sums feature by feature
    /// (for tests).
    func parseGreedily(words: [UInt64], tags: [UInt64], coarse: [UInt64]?,
                       exactSums: Bool = false) -> (heads: [Int], labels: [Int]) {
        let coarse = usesCoarseTags ? coarse : nil
        let n = words.count
        var state = ArcEagerState(wordCount: n)
        let cache = ParserFeatureCache(words: words, tags: tags, coarse: coarse, clusters: clusterValues(words),
                                       labelKeys: labelKeys)
        let classes = classCount
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.featureCapacity) { features in
            var scores = [Float](repeating: 0, count: classes)
            while !state.isTerminal {
                if let forced = state.onlyValid(rootLabel: rootLabel) {
                    state.apply(forced)
                    continue
                }
                let count = cache.features(state, into: features.baseAddress!)
                let used = UnsafeBufferPointer(rebasing: features[0 ..< count])
                let choice = scores.withUnsafeMutableBufferPointer { s in
                    for c in 0 ..< classes { s[c] = 0 }
                    // Summed in the fast order; the decision stands when its margin exceeds
                    // twice the bound on either sum's distance from the sequential one, so
                    // that the sequential sums would choose the same class.
                    if !exactSums {
                        let bound = weights.scoreReordered(used, into: s.baseAddress!)
                        let (best, runnerUp) = state.bestTwoValid(UnsafeBufferPointer(s), rootLabel: rootLabel)
                        if best >= 0 && Double(s[best]) - Double(runnerUp) > 2 * Double(bound) { return best }
                        for c in 0 ..< classes { s[c] = 0 }
                    }
                    weights.score(used, into: s.baseAddress!)
                    return -1
                }
                state.apply(choice >= 0 ? choice : state.bestValid(scores, classCount: classes, rootLabel: rootLabel))
            }
        }
        let heads = (0 ..< n).map { state.heads[$0] == n ? -1 : state.heads[$0] }
        return (heads, Array(state.labels[0 ..< n]))
    }

    /// Parses words whose tags are given as ``tagKey(upos:xpos:)`` values; the tokens carry
    /// forms, heads and relations only (no tags or lemmas).
    /// `coarse` gives ``coarseKey(upos:)`` values for models that use them.
    public func parse(forms: [String], tags: [UInt64], coarse: [UInt64]? = nil) -> ParsedSentence {
        let (heads, labelNumbers) = parse(words: forms.map(Self.wordKey), tags: tags, coarse: coarse)
        var tokens = forms.indices.map { i in
            SyntaxToken(form: forms[i], head: heads[i], relation: labels[labelNumbers[i]])
        }
        SyntaxParser.keepSingleRoot(&tokens)
        return ParsedSentence(tokens: tokens)
    }

    /// The word value the parser uses: the lowercase form's hash.
    public static func wordKey(_ form: String) -> UInt64 {
        // ASCII words (nearly all) are folded byte by byte, without building the lowercase String.
        guard form.utf8.allSatisfy({ $0 < 0x80 }) else { return FeatureHash.string(form.lowercased()) }
        return FeatureHash.bytes(form.utf8.lazy.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
    }

    /// The coarse tag value the parser uses: a hash of the UPOS tag alone.
    public static func coarseKey(upos: String) -> UInt64 {
        FeatureHash.string("upos:" + upos)
    }

    /// The tag value the parser uses: a hash of the UPOS and XPOS pair.
    public static func tagKey(upos: String, xpos: String) -> UInt64 {
        FeatureHash.string(upos + "\t" + xpos)
    }
}

import Foundation

/// A greedy left-to-right averaged-perceptron tagger that assigns each word a Universal POS tag
/// and a Penn Treebank tag at once (one class per UPOS/XPOS pair seen in training).
///
/// Features follow the classic perceptron tagger: the word, its suffixes and prefixes, its
/// shape, the neighbouring words and suffixes, the two previous tags, and the most frequent
/// tag of the word and of the next two words (from a lexicon learned in training). Frequent
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
    let weights: WeightTable
    /// Exact form hash → class, for frequent unambiguous words.
    let tagDictionary: [UInt64: UInt8]
    /// Lowercase form hash → the word's most frequent class, for words seen a few times.
    let lexicon: [UInt64: UInt8]
    /// Lemmas learned in training where the rules are wrong: `lowercase form \t XPOS` → lemma.
    let learnedLemmas: [String: String]

    static let magic = "CHTG"
    static let version: UInt32 = 1
    /// The most features one decision uses.
    static let featureCapacity = 40

    /// The number of classes.
    public var classCount: Int { upos.count }

    init(upos: [String], xpos: [String], weights: WeightTable, tagDictionary: [UInt64: UInt8],
         lexicon: [UInt64: UInt8], learnedLemmas: [String: String]) {
        self.upos = upos
        self.xpos = xpos
        self.weights = weights
        self.tagDictionary = tagDictionary
        self.lexicon = lexicon
        self.learnedLemmas = learnedLemmas
    }

    /// Tags a sentence and returns one class index per word.
    public func tag(_ words: [String]) -> [Int] {
        tag(shapes: words.map(WordShape.init))
    }

    /// Tags words whose shapes are already computed.
    func tag(shapes: [WordShape]) -> [Int] {
        let n = shapes.count
        var result = [Int](repeating: 0, count: n)
        let lexical = shapes.map { lexiconFeature($0) }
        var features = [UInt32](repeating: 0, count: Self.featureCapacity)
        var scores = [Float](repeating: 0, count: classCount)
        var prev1 = Self.noTag, prev2 = Self.noTag
        for i in 0 ..< n {
            let guess: Int
            if let known = tagDictionary[shapes[i].form] {
                guess = Int(known)
            } else {
                let count = Self.features(shapes, lexical, i, prev1, prev2, into: &features)
                for c in scores.indices { scores[c] = 0 }
                features.withUnsafeBufferPointer { f in
                    scores.withUnsafeMutableBufferPointer { s in
                        weights.score(UnsafeBufferPointer(rebasing: f[0 ..< count]), into: s.baseAddress!)
                    }
                }
                guess = Self.argmax(scores)
            }
            result[i] = guess
            prev2 = prev1
            prev1 = UInt64(guess)
        }
        return result
    }

    /// The value standing for "no tag" (before the sentence).
    static let noTag: UInt64 = 1000

    func lexiconFeature(_ shape: WordShape) -> UInt64 {
        if let c = lexicon[shape.lower] { return UInt64(c) }
        return Self.noTag
    }

    static func argmax(_ scores: [Float]) -> Int {
        var best = 0
        var bestScore = -Float.infinity
        for (c, s) in scores.enumerated() where s > bestScore {
            best = c
            bestScore = s
        }
        return best
    }

    /// Writes the feature keys of position `i` into `out` and returns how many there are.
    static func features(_ w: [WordShape], _ lex: [UInt64], _ i: Int, _ prev1: UInt64, _ prev2: UInt64,
                         into out: inout [UInt32]) -> Int {
        let n = w.count
        let cur = w[i]
        let p1 = i >= 1 ? w[i - 1] : WordShape.before
        let p2 = i >= 2 ? w[i - 2] : WordShape.before
        let n1 = i + 1 < n ? w[i + 1] : WordShape.after
        let n2 = i + 2 < n ? w[i + 2] : WordShape.after
        let lex0 = lex[i]
        let lex1 = i + 1 < n ? lex[i + 1] : noTag + 1
        let lex2 = i + 2 < n ? lex[i + 2] : noTag + 1
        let lexP1 = i >= 1 ? lex[i - 1] : noTag + 1
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
        add(12, cur.flags, i == 0 ? 1 : 0)
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
        return k
    }
}

/// One syntactic word of a parsed sentence: its form, lemma, tags and dependency arc.
///
/// Tokens follow Universal Dependencies conventions: `don't` is two words (`do`, `n't`),
/// `Japan's` is `Japan` and `'s`. The event coder reads lemmas, tags and relations to find who
/// did what to whom.
///
/// ```swift
/// let sentence = try SyntaxParser.shipped().parse(words: ["Seoul", "protested", "."])
/// sentence.tokens[1].relation   // "root"
/// sentence.tokens[0].head       // 1
/// ```
public struct SyntaxToken: Sendable, Hashable, Codable {
    /// The word as written.
    public var form: String
    /// The dictionary form (`released` → `release`, `were` → `be`).
    public var lemma: String
    /// The Universal POS tag (`VERB`, `PROPN`, ...).
    public var upos: String
    /// The Penn Treebank tag (`VBD`, `NNP`, ...).
    public var xpos: String
    /// The 0-based index of the head within the sentence, or -1 for the root.
    public var head: Int
    /// The Universal Dependencies relation to the head (`nsubj:pass`, `obl`, `root`, ...).
    public var relation: String
    /// The Unicode scalar offset of the first character in the document text (0 when the
    /// sentence did not come from a document).
    public var start: Int
    /// The Unicode scalar offset just past the last character (0 when not from a document).
    public var end: Int

    /// Creates a token.
    public init(form: String, lemma: String = "_", upos: String = "X", xpos: String = "_",
                head: Int = -1, relation: String = "dep", start: Int = 0, end: Int = 0) {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.head = head
        self.relation = relation
        self.start = start
        self.end = end
    }

    /// The relation without its subtype (`nsubj:pass` → `nsubj`).
    public var baseRelation: Substring {
        relation.split(separator: ":", maxSplits: 1).first ?? Substring(relation)
    }
}

/// A sentence with tags, lemmas and a dependency tree: what the syntax stage hands the event
/// coder.
///
/// Heads are indices into ``tokens`` (-1 for the root). The helpers walk the tree without
/// building intermediate structures; ``clauses`` summarizes each predicate.
///
/// ```swift
/// let s = try SyntaxParser.shipped().parse(words: ["Japan", "protested", "."])
/// s.root                                  // 1
/// s.dependents(of: 1, relation: "nsubj")  // [0]
/// ```
public struct ParsedSentence: Sendable, Hashable, Codable {
    /// The syntactic words in order.
    public var tokens: [SyntaxToken]
    /// The Unicode scalar offset of the sentence in the document text (0 when not from one).
    public var start: Int
    /// The Unicode scalar offset just past the sentence (0 when not from a document).
    public var end: Int

    /// Creates a sentence from tokens whose heads index into the same array.
    public init(tokens: [SyntaxToken], start: Int = 0, end: Int = 0) {
        self.tokens = tokens
        self.start = start
        self.end = end
    }

    /// The index of the root token (the first token whose head is -1), or nil when empty.
    public var root: Int? {
        tokens.firstIndex { $0.head < 0 }
    }

    /// The indices of the tokens attached directly to `index`, in sentence order.
    public func children(of index: Int) -> [Int] {
        tokens.indices.filter { tokens[$0].head == index }
    }

    /// The children of `index` whose relation is `relation` or one of its subtypes.
    ///
    /// `dependents(of: v, relation: "nsubj")` finds `nsubj` and `nsubj:pass`; a relation with a
    /// subtype (`"obl:agent"`) matches exactly.
    public func dependents(of index: Int, relation: String) -> [Int] {
        let exact = relation.contains(":")
        return tokens.indices.filter { i in
            let token = tokens[i]
            guard token.head == index else { return false }
            return exact ? token.relation == relation : token.baseRelation == relation
        }
    }

    /// The first child of `index` with relation `relation` (or a subtype), if any.
    public func dependent(of index: Int, relation: String) -> Int? {
        dependents(of: index, relation: relation).first
    }

    /// The indices covered by the subtree of `index` (the token and all its descendants), sorted.
    public func subtree(of index: Int) -> [Int] {
        var inside = [Bool](repeating: false, count: tokens.count)
        inside[index] = true
        // Heads may come after dependents, so repeat until nothing changes.
        var changed = true
        while changed {
            changed = false
            for i in tokens.indices where !inside[i] {
                let h = tokens[i].head
                if h >= 0, inside[h] {
                    inside[i] = true
                    changed = true
                }
            }
        }
        return tokens.indices.filter { inside[$0] }
    }

    /// The words of the subtree of `index` joined by spaces (e.g. "North Korea").
    public func phrase(of index: Int) -> String {
        subtree(of: index).map { tokens[$0].form }.joined(separator: " ")
    }

    /// The words of the sentence joined by spaces.
    public var text: String {
        tokens.map(\.form).joined(separator: " ")
    }
}

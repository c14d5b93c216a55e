import Foundation

/// Scores of a tagger, lemmatizer and parser against gold CoNLL-U with gold tokenization.
///
/// Every word counts, punctuation included, as in the CoNLL 2018 shared task scorer; a head
/// is right when it is the same word (or both are the root), LAS also needs the same relation.
///
/// ```swift
/// var score = SyntaxEvaluation()
/// score.add(gold: goldSentence, system: parsed)
/// print(score.summary)
/// ```
public struct SyntaxEvaluation: Sendable {
    /// Words scored.
    public private(set) var words = 0
    /// Words with the right UPOS, XPOS, lemma, head, head and relation.
    public private(set) var upos = 0, xpos = 0, lemma = 0, unlabeled = 0, labeled = 0

    /// Creates an empty score.
    public init() {}

    /// Adds one sentence; `system` must have the same words as `gold`.
    public mutating func add(gold: CoNLLUSentence, system: ParsedSentence) {
        precondition(gold.words.count == system.tokens.count, "system and gold words differ")
        for (g, s) in zip(gold.words, system.tokens) {
            words += 1
            if g.upos == s.upos { upos += 1 }
            if g.xpos == s.xpos { xpos += 1 }
            if g.lemma == s.lemma { lemma += 1 }
            if g.head - 1 == s.head {
                unlabeled += 1
                // Relations are compared with their subtypes (`nsubj:pass`), like the scorer's LAS.
                if g.deprel == s.relation { labeled += 1 }
            }
        }
    }

    private func percent(_ count: Int) -> Double { words == 0 ? 0 : 100 * Double(count) / Double(words) }

    /// UPOS accuracy in percent.
    public var uposAccuracy: Double { percent(upos) }
    /// XPOS accuracy in percent.
    public var xposAccuracy: Double { percent(xpos) }
    /// Lemma accuracy in percent.
    public var lemmaAccuracy: Double { percent(lemma) }
    /// Unlabeled attachment score in percent.
    public var uas: Double { percent(unlabeled) }
    /// Labeled attachment score in percent.
    public var las: Double { percent(labeled) }

    /// A few lines with every figure.
    public var summary: String {
        func f(_ v: Double) -> String { String(format: "%6.2f%%", v) }
        return """
            words  \(words) (all words scored, punctuation included, as the CoNLL 2018 scorer does)
            UPOS   \(f(uposAccuracy))
            XPOS   \(f(xposAccuracy))
            lemma  \(f(lemmaAccuracy))
            UAS    \(f(uas))
            LAS    \(f(las))
            """
    }
}

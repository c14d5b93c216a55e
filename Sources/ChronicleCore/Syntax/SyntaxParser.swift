import Foundation

/// Chronicle's syntax stage: tags, lemmatizes and parses sentences with the shipped models.
///
/// Load once with ``shipped()`` (cached; safe to share across threads) and call
/// ``parse(words:)`` for pre-tokenized words, or the document-level entry points for text.
///
/// ```swift
/// let syntax = try SyntaxParser.shipped()
/// let s = syntax.parse(words: ["North", "Korea", "released", "three", "Americans", "."])
/// s.tokens[2].relation   // "root"
/// ```
public final class SyntaxParser: Sendable {
    /// The part-of-speech tagger.
    public let tagger: PartOfSpeechTagger
    /// The dependency parser.
    public let parser: DependencyParser
    /// The lemmatizer (exception list plus the lemmas learned with the tagger).
    public let lemmatizer: Lemmatizer
    /// The parser's tag value for each tagger class.
    private let tagKeys: [UInt64]
    /// The parser's coarse (UPOS) value for each tagger class.
    private let coarseKeys: [UInt64]

    /// Combines a tagger, a parser and a lemmatizer.
    public init(tagger: PartOfSpeechTagger, parser: DependencyParser, lemmatizer: Lemmatizer) {
        self.tagger = tagger
        self.parser = parser
        self.lemmatizer = lemmatizer.with(learned: tagger.learnedLemmas)
        tagKeys = zip(tagger.upos, tagger.xpos).map { DependencyParser.tagKey(upos: $0, xpos: $1) }
        coarseKeys = tagger.upos.map { DependencyParser.coarseKey(upos: $0) }
    }

    /// Loads models from files (for evaluating models other than the shipped ones).
    public convenience init(taggerModel: URL, parserModel: URL) throws {
        self.init(tagger: try PartOfSpeechTagger(contentsOf: taggerModel),
                  parser: try DependencyParser(contentsOf: parserModel),
                  lemmatizer: try Lemmatizer.shipped())
    }

    private static let cached: Result<SyntaxParser, SyntaxError> = {
        func model(_ name: String) throws -> URL {
            guard let url = Bundle.module.url(forResource: name, withExtension: "bin",
                                              subdirectory: "Resources/syntax") else {
                throw SyntaxError(code: .missingResource, message: "Resources/syntax/\(name).bin is missing")
            }
            return url
        }
        do {
            return .success(try SyntaxParser(taggerModel: model("tagger"), parserModel: model("parser")))
        } catch let error as SyntaxError {
            return .failure(error)
        } catch {
            return .failure(SyntaxError(code: .badModel, message: "cannot load the syntax models", cause: error))
        }
    }()

    /// The shipped models (`Resources/syntax/tagger.bin`, `parser.bin`), loaded once.
    ///
    /// - Throws: ``SyntaxError`` when a model is missing or damaged.
    public static func shipped() throws -> SyntaxParser {
        try cached.get()
    }

    /// Tags and lemmatizes words without parsing (heads -1, relation `dep`).
    public func tag(words: [String]) -> [SyntaxToken] {
        tokens(words, classes: tagger.tag(words))
    }

    private func tokens(_ words: [String], classes: [Int]) -> [SyntaxToken] {
        words.indices.map { i in
            let c = classes[i]
            let upos = tagger.upos[c], xpos = tagger.xpos[c]
            return SyntaxToken(form: words[i], lemma: lemmatizer.lemma(form: words[i], upos: upos, xpos: xpos),
                               upos: upos, xpos: xpos)
        }
    }

    /// Tags, lemmatizes and parses one sentence of words (UD tokenization: `do n't`, `Japan 's`).
    public func parse(words: [String]) -> ParsedSentence {
        if words.isEmpty { return ParsedSentence(tokens: []) }
        let classes = tagger.tag(words)
        var tokens = tokens(words, classes: classes)
        let (heads, labels) = parser.parse(words: words.map(DependencyParser.wordKey),
                                           tags: classes.map { tagKeys[$0] },
                                           coarse: classes.map { coarseKeys[$0] })
        for i in tokens.indices {
            tokens[i].head = heads[i]
            tokens[i].relation = parser.labels[labels[i]]
        }
        Self.keepSingleRoot(&tokens)
        return ParsedSentence(tokens: tokens)
    }

    /// Attaches every root but the first to the first as `parataxis`, so that a sentence has
    /// one root (the greedy parser may leave several words to the root node).
    static func keepSingleRoot(_ tokens: inout [SyntaxToken]) {
        let roots = tokens.indices.filter { tokens[$0].head < 0 }
        guard let main = roots.first(where: { tokens[$0].relation == "root" }) ?? roots.first else { return }
        tokens[main].relation = "root"
        for r in roots where r != main {
            tokens[r].head = main
            if tokens[r].relation == "root" { tokens[r].relation = "parataxis" }
        }
    }
}

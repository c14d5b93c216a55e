import ArgumentParser
import ChronicleCore
import Foundation

/// What the syntax commands share: reading treebanks, writing models, progress lines.
enum SyntaxCommandSupport {
    static func readTreebank(_ path: String) throws -> [CoNLLUSentence] {
        try CoNLLU.read(contentsOf: URL(fileURLWithPath: path))
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            throw SyntaxError(code: .unreadableFile, message: "cannot write \(path)", cause: error)
        }
        note("wrote \(path) (\(bytes.count) bytes)")
    }

    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Tags each fold of `sentences` with a tagger trained on the other folds.
    static func jackknifedTags(_ sentences: [CoNLLUSentence], folds: Int, iterations: Int,
                               seed: UInt64, tagLexicon: TagLexicon) -> (tags: [[UInt64]], coarse: [[UInt64]]) {
        var tags = [[UInt64]](repeating: [], count: sentences.count)
        var coarse = tags
        for fold in 0 ..< folds {
            let trainPart = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            let tagger = PartOfSpeechTagger.train(sentences: trainPart, iterations: iterations, seed: seed,
                                                  twoPass: false, tagLexicon: tagLexicon)
            var right = 0, total = 0
            for i in sentences.indices where i % folds == fold {
                let classes = tagger.tag(sentences[i].forms)
                tags[i] = classes.map { DependencyParser.tagKey(upos: tagger.upos[$0], xpos: tagger.xpos[$0]) }
                coarse[i] = classes.map { DependencyParser.coarseKey(upos: tagger.upos[$0]) }
                for (c, w) in zip(classes, sentences[i].words) where tagger.xpos[c] == w.xpos && tagger.upos[c] == w.upos {
                    right += 1
                }
                total += sentences[i].words.count
            }
            note(String(format: "jackknife fold %d/%d: tags %.2f%% right", fold + 1, folds,
                        100 * Double(right) / Double(max(total, 1))))
        }
        return (tags, coarse)
    }
}

extension SyntaxCommandSupport {
    /// The outside tag lexicon for training: the shipped one when `path` is nil, none for `none`.
    static func loadTagLexicon(_ path: String?) throws -> TagLexicon {
        switch path {
        case nil: return try TagLexicon.shipped()
        case "none": return .empty
        case let path?: return try TagLexicon(contentsOf: URL(fileURLWithPath: path))
        }
    }

    /// The shipped models, or models from files when given; `beam` overrides the parser's
    /// recorded beam width, `taggerBeam` the tagger's.
    static func loadParser(tagger: String?, parser: String?, beam: Int? = nil, taggerBeam: Int? = nil) throws -> SyntaxParser {
        var syntax = try loadModels(tagger: tagger, parser: parser)
        if let taggerBeam {
            syntax = SyntaxParser(tagger: syntax.tagger.withBeamWidth(taggerBeam), parser: syntax.parser,
                                  lemmatizer: syntax.lemmatizer)
        }
        guard let beam else { return syntax }
        guard beam >= 1 else { throw ValidationError("--beam must be at least 1") }
        return SyntaxParser(tagger: syntax.tagger, parser: syntax.parser.withBeamWidth(beam), lemmatizer: syntax.lemmatizer)
    }

    private static func loadModels(tagger: String?, parser: String?) throws -> SyntaxParser {
        switch (tagger, parser) {
        case (nil, nil): return try SyntaxParser.shipped()
        case let (t?, p?): return try SyntaxParser(taggerModel: URL(fileURLWithPath: t), parserModel: URL(fileURLWithPath: p))
        default:
            let shipped = try SyntaxParser.shipped()
            return try SyntaxParser(
                tagger: tagger.map { try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: $0)) } ?? shipped.tagger,
                parser: parser.map { try DependencyParser(contentsOf: URL(fileURLWithPath: $0)) } ?? shipped.parser,
                lemmatizer: try Lemmatizer.shipped())
        }
    }

    /// Writes `text` to `path`, or to standard output when `path` is nil or `-`.
    static func emit(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch {
            throw SyntaxError(code: .unreadableFile, message: "cannot write \(path)", cause: error)
        }
    }
}

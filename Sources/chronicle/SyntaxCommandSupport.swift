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

    /// Tags each fold of `sentences` with a tagger trained on the other folds; words tagged with
    /// a margin below `uncertainMargin` get uncertain tag values (see
    /// ``DependencyParser/tagValues(classes:runnersUp:margins:tagKeys:below:)``).
    static func jackknifedTags(_ sentences: [CoNLLUSentence], folds: Int, iterations: Int,
                               seed: UInt64, tagLexicon: TagLexicon,
                               uncertainMargin: Float = 0,
                               runnersUpApart: Bool = false) -> (tags: [[UInt64]], coarse: [[UInt64]], runnersUp: [[UInt64]]) {
        var tags = [[UInt64]](repeating: [], count: sentences.count)
        var coarse = tags, runnersUp = tags
        for fold in 0 ..< folds {
            let trainPart = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            let tagger = PartOfSpeechTagger.train(sentences: trainPart, iterations: iterations, seed: seed,
                                                  twoPass: false, tagLexicon: tagLexicon)
            let tagKeys = zip(tagger.upos, tagger.xpos).map { DependencyParser.tagKey(upos: $0, xpos: $1) }
            var right = 0, total = 0, unsure = 0, unsureRight = 0
            for i in sentences.indices where i % folds == fold {
                let tagged = tagger.tagWithRunnersUp(sentences[i].forms)
                let classes = tagged.tags
                tags[i] = DependencyParser.tagValues(classes: classes, runnersUp: tagged.runnersUp, margins: tagged.margins,
                                                     tagKeys: tagKeys, below: runnersUpApart ? 0 : uncertainMargin)
                runnersUp[i] = DependencyParser.runnerUpValues(runnersUp: tagged.runnersUp, margins: tagged.margins,
                                                               tagKeys: tagKeys, below: uncertainMargin)
                coarse[i] = classes.map { DependencyParser.coarseKey(upos: tagger.upos[$0]) }
                for (j, w) in sentences[i].words.enumerated() {
                    let c = classes[j], ok = tagger.xpos[c] == w.xpos && tagger.upos[c] == w.upos
                    if ok { right += 1 }
                    if tagged.margins[j] < uncertainMargin { unsure += 1; if ok { unsureRight += 1 } }
                }
                total += sentences[i].words.count
            }
            note(String(format: "jackknife fold %d/%d: tags %.2f%% right; %.1f%% of words unsure, %.1f%% of those right",
                        fold + 1, folds, 100 * Double(right) / Double(max(total, 1)),
                        100 * Double(unsure) / Double(max(total, 1)), 100 * Double(unsureRight) / Double(max(unsure, 1))))
        }
        return (tags, coarse, runnersUp)
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
    /// recorded beam width.
    static func loadParser(tagger: String?, parser: String?, beam: Int? = nil) throws -> SyntaxParser {
        let syntax = try loadModels(tagger: tagger, parser: parser)
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
